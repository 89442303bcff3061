package dev.migrate.maven;

import dev.migrate.api.FleetRequest;
import dev.migrate.api.Migrator;
import dev.migrate.connect.ConnectionException;
import dev.migrate.connect.ConnectionLayer;
import dev.migrate.connect.ConnectionSettings;
import dev.migrate.connect.Secrets;
import dev.migrate.maven.embedded.EmbeddedKind;
import dev.migrate.maven.embedded.EmbeddedServer;
import dev.migrate.report.FleetReport;
import dev.migrate.report.MigrationResult;
import dev.migrate.report.StatusReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.eclipse.aether.RepositorySystem;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What the goals that use a database share: the connection (with its precedence: {@code -D}, environment, POM,
 * {@code settings.xml} server, embedded default), the tables migrate keeps there, the model, timeouts and
 * placeholders.
 */
public abstract class AbstractDatabaseMojo extends AbstractMigrateMojo {

    /**
     * The database: a JDBC URL ({@code jdbc:postgresql://host/db}, {@code jdbc:h2:file:./db}) or a
     * {@code postgres://user:password@host:port/db} URI. When no URL is set anywhere (here, {@code -Dmigrate.url},
     * {@code MIGRATE_URL} or {@code DATABASE_URL}), migrate uses an embedded H2 database under
     * {@code ${project.build.directory}/migrate/}.
     *
     * @since 0.1.0
     */
    @Parameter(property = ConnectionLayers.URL)
    protected MaskedUrl url;

    /**
     * The database user.
     *
     * @since 0.1.0
     */
    @Parameter(property = ConnectionLayers.USER)
    protected String user;

    /**
     * The database password. Prefer {@code serverId} or the {@code MIGRATE_PASSWORD} environment variable to
     * keep it out of the POM; it is masked in all output, Maven's {@code -X} parameter listing included (a password
     * written literally in the POM is part of the build plan {@code -X} prints, as the POM has it).
     *
     * @since 0.1.0
     */
    @Parameter(property = ConnectionLayers.PASSWORD)
    protected MaskedPassword password;

    /**
     * The id of a {@code <server>} in {@code settings.xml} whose username and password (encrypted or not) are
     * used, below the POM's own user and password in precedence.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.serverId")
    protected String serverId;

    /**
     * The schema for migrate's tables, and the default schema the migrations run in (created if missing). Default:
     * the connection's own.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.schema")
    protected String schema;

    /**
     * The name of the version table, one row per applied head (Flyway's {@code table}, Liquibase's
     * {@code databaseChangeLogTableName}): a plain identifier, in {@code schema}. To change it for a database migrate
     * already manages, rename the table first (see the README).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.versionTable", defaultValue = "migrate_version")
    protected String versionTable;

    /**
     * The name of the journal, one row per step: a plain identifier, in {@code schema}. To change it for a database
     * migrate already manages, rename the table first (see the README).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.historyTable", defaultValue = "migrate_history")
    protected String historyTable;

    /**
     * The dialect to use instead of the one detected from the URL: {@code postgresql}, {@code h2} or
     * {@code mariadb}. A name, not an enum: dialects are found at run time, and an unknown name fails naming the
     * known ones.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.dialect")
    protected String dialect;

    /**
     * The desired schema ("the model") as plain DDL, one or more files, for autogenerate: the whole schema as it
     * should be, not a delta. A {@code -- migrate:renamed-from old_name} comment on a table's or column's line turns
     * a drop and an add into a rename.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.schemaFiles", defaultValue = "${project.basedir}/src/main/resources/db/schema.sql")
    protected List<File> schemaFiles;

    /**
     * Which model autogenerate and the model check of {@code migrate:check} compare the migrations with:
     * {@code auto} (the schema files when they exist, else the JPA {@code @Entity} classes of the compiled classes;
     * the log says which), {@code schema-files}, or {@code jpa}. With entities, Hibernate ORM from the project's
     * runtime class path builds the schema for the target database.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.models", defaultValue = "auto")
    protected String models;

    /**
     * The packages (with their subpackages) scanned for JPA entities, as a list ({@code <entityPackages>
     * <entityPackage>..</entityPackage></entityPackages>}) or comma-separated; default: all of the compiled classes.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.entityPackages")
    protected List<String> entityPackages;

    /**
     * The {@code groupId:artifactId} (a list, or comma-separated) of the project's dependencies whose jars are scanned for JPA entities
     * as well as the compiled classes (a shared model jar, say). Opt-in: by default no jar is scanned. A name that is
     * not among the project's runtime dependencies fails the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.entityJars")
    protected List<String> entityJars;

    /**
     * The Hibernate physical naming strategy the JPA entities are mapped with: a class name on the project's runtime
     * class path. Default: the application's (Spring Boot's {@code CamelCaseToUnderscoresNamingStrategy}, or
     * {@code spring.jpa.hibernate.naming.physical-strategy}, in a Spring Boot application; Hibernate's otherwise).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.physicalNamingStrategy")
    protected String physicalNamingStrategy;

    /**
     * The Hibernate implicit naming strategy the JPA entities are mapped with: a class name on the project's runtime
     * class path, or one of Hibernate's short names ({@code jpa}, {@code legacy-jpa}, {@code legacy-hbm},
     * {@code component-path}). Default: the application's (Spring Boot's {@code SpringImplicitNamingStrategy}, or
     * {@code spring.jpa.hibernate.naming.implicit-strategy}, in a Spring Boot application; Hibernate's otherwise).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.implicitNamingStrategy")
    protected String implicitNamingStrategy;

    /**
     * An existing, empty database autogenerate may use as its shadow (and empties again afterwards), for users who
     * may not create databases. By default migrate creates a temporary database on the configured server
     * (PostgreSQL) or in memory (H2) and drops it afterwards.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.shadowUrl")
    protected MaskedUrl shadowUrl;

    /**
     * How long a goal that writes (upgrade, downgrade, repair) waits for the migration lock while another migrate
     * holds it, logging the holder every few seconds; then it fails. {@code 0} tries once. A duration: whole seconds
     * ({@code 60}), a number with a unit ({@code 500ms}, {@code 90s}, {@code 2m}, {@code 1h}) or ISO-8601
     * ({@code PT2M}); the same for every duration parameter.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.lockTimeout", defaultValue = "60")
    protected Duration lockTimeout;

    /**
     * Whether upgrade and downgrade stop when the file of an applied revision changed after it ran (its checksum
     * differs). {@code false} is the explicit escape hatch: the change is logged as a warning and the goal goes on.
     * To accept an intended edit for good, run {@code migrate:repair} instead.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.validateChecksums", defaultValue = "true")
    protected boolean validateChecksums;

    /**
     * How many more times to try connecting when the database cannot be reached (containers often start before
     * their database). Rejected credentials are never retried. {@code 0}, the default, tries once.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.connectRetries", defaultValue = "0")
    protected int connectRetries;

    /**
     * How long (whole seconds, or {@code 90s}, {@code 2m}, ...) to wait for a database that cannot be reached yet,
     * trying every second or two until it accepts a connection (a container that starts before its database);
     * {@code 0}, the default, leaves it to {@code connectRetries}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.waitForDatabase", defaultValue = "0")
    protected Duration waitForDatabase;

    /**
     * How long to wait before the first connection retry (whole seconds, or {@code 500ms}, {@code 2s}, ...); each
     * later wait doubles, up to 30 seconds.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.connectRetryInterval", defaultValue = "1")
    protected Duration connectRetryInterval;

    /**
     * How long (whole seconds, or {@code 30s}, {@code 1m}, ...) one attempt to connect and log in may take before it
     * counts as failed, so that a server which accepts
     * the connection and never answers cannot hang the build; with {@code connectRetries}, every attempt is bounded,
     * so the whole wait is too. {@code 0} waits without limit.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.connectTimeout", defaultValue = "10")
    protected Duration connectTimeout;

    /**
     * How long (whole seconds, or {@code 90s}, {@code 15m}, ...) one statement may run before the database cancels
     * it. Unset (the default), migrate never cuts a statement off: a long index build is not a hang.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.statementTimeout")
    protected Duration statementTimeout;

    /**
     * Values for {@code ${name}} in revision and callback SQL (Flyway's placeholders, Liquibase's changelog
     * parameters), e.g. {@code <placeholders><owner>app</owner></placeholders>}. Also from properties
     * {@code migrate.placeholders.<name>} (project properties, or {@code -Dmigrate.placeholders.owner=app}) and
     * environment variables {@code MIGRATE_PLACEHOLDERS_<NAME>}; the command line beats the environment, which beats
     * the POM. Names are matched without regard to case. The built-ins {@code ${migrate:schema}},
     * {@code ${migrate:user}} and {@code ${migrate:revision}} need no definition; an unknown placeholder fails the
     * build naming file and line. Checksums are of the file as written: a new value is not an edit.
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> placeholders;

    /**
     * The names of placeholders (a list, or comma-separated) whose values are masked ({@code ****}) in logs, errors, offline SQL
     * and reports. Names containing {@code password}, {@code secret} or {@code token} are masked without this.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.secretPlaceholders")
    protected List<String> secretPlaceholders;

    /**
     * Whether {@code ${...}} in revision and callback SQL is replaced; {@code false} runs the SQL exactly as written.
     * A section can opt out on its own line: {@code -- migrate:upgrade placeholders:false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.placeholderReplacement", defaultValue = "true")
    protected boolean placeholderReplacement;

    @Parameter(defaultValue = "${settings}", readonly = true)
    protected Settings settings;

    @Component
    protected SettingsDecrypter settingsDecrypter;

    /** The process environment; replaced in tests. */
    Map<String, String> environment = System.getenv();

    /**
     * Runs the goal over a fleet: comma-separated database URLs (or schema names of the configured database), each a
     * target with its own version tables and lock. Either every URL carries its credentials or none does (then
     * {@code migrate.user} and {@code migrate.password} apply to all). Only {@code upgrade} and {@code status} run
     * over fleets; the other goals refuse the fleet settings. See the README's "Fleets".
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.targets")
    protected MaskedUrl targets;

    /**
     * Runs the goal over every schema of the configured database whose name matches this SQL {@code LIKE} pattern
     * ({@code tenant_%}); on MariaDB, over the matching databases. Each schema keeps its version tables and its lock
     * inside it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.targetSchemas")
    protected String targetSchemas;

    /**
     * Runs the goal over the schema names or URLs in the first column of this query, run on the configured database
     * ({@code SELECT schema_name FROM tenants WHERE active}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.targetsQuery")
    protected String targetsQuery;

    /**
     * Runs the goal over the targets listed in this file: one URL or schema name per line, blank lines and
     * {@code #} comments skipped.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.targetsFile")
    protected File targetsFile;

    /**
     * How many fleet targets run at once; default: the number of cores times 2, within {@code migrate.maxConnections}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.parallelism", defaultValue = "0")
    protected int parallelism;

    /**
     * The most connections a fleet run opens at once (each running target holds two: its work and its lock);
     * default 40.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.maxConnections", defaultValue = "0")
    protected int maxConnections;

    /**
     * Upgrades this many fleet targets first, and stops the fleet if any of them fails.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.canary", defaultValue = "0")
    protected int canary;

    /**
     * How many fleet targets may fail before no new target starts: a count ({@code 3}) or a share of the fleet
     * ({@code 5%}); default 0. Targets already running finish or roll back; none is cut off mid-statement.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.maxFailures")
    protected String maxFailures;

    /**
     * This runner's slice of the fleet, {@code i/n} ({@code 2/3}): a stable hash of each target decides, so
     * {@code n} runners with {@code 1/n} to {@code n/n} (a CI matrix, Kubernetes indexed jobs) cover the fleet
     * exactly once.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.shard")
    protected String shard;

    /** Maven's resolver, for the Hibernate migrate brings to a project with entities but none of its own. */
    @Component
    protected RepositorySystem repositorySystem;

    /**
     * The database to use when no URL is set anywhere: {@code h2} (an H2 file database under
     * {@code ${project.build.directory}/migrate/}) or {@code postgresql} (a private PostgreSQL server, started for
     * the goal and stopped after it, its data under {@code ${project.build.directory}/migrate/postgresql}, so that
     * PostgreSQL-only DDL runs without a server of your own). Default: {@code postgresql} when {@code dialect} names
     * PostgreSQL, else {@code h2}. Ignored when a URL is set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.embedded")
    protected EmbeddedKind embedded;

    /** The connection this run resolved, for masking its password in unexpected failures. */
    private ConnectionSettings resolved;

    @Override
    final AutoCloseable open(Migrator.Builder builder) throws MojoFailureException, MojoExecutionException {
        ConnectionSettings connection = resolveConnection();
        EmbeddedKind kind = embeddedKind();
        if (!connection.embedded() && embedded != null) {
            getLog().info("migrate.embedded = " + embedded.word() + " is not used: a URL is set (" + connection
                    .describeSources() + ").");
        }
        builder.schema(schema)
                .versionTable(versionTable)
                .historyTable(historyTable)
                .dialect(dialect)
                .schemaFiles(schemaFiles == null ? List.of() : schemaFiles.stream().map(File::toPath).toList())
                .models(models, items(entityPackages))
                .entityJars(ProjectClasses.dependencyJars(project, items(entityJars)))
                .modelSetting("physicalNamingStrategy", physicalNamingStrategy)
                .modelSetting("implicitNamingStrategy", implicitNamingStrategy)
                .modelLibraries(RepositoryLibraries.of(repositorySystem, session, project, getLog()))
                .shadowUrl(MaskedUrl.valueOf(shadowUrl))
                .lockTimeout(lockTimeout == null ? Duration.ofSeconds(60) : lockTimeout)
                .validateChecksums(validateChecksums)
                .connectRetries(connectRetries, connectRetryInterval == null ? Duration.ofSeconds(1)
                        : connectRetryInterval)
                .connectTimeout(connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout)
                .waitForDatabase(waitForDatabase == null ? Duration.ZERO : waitForDatabase)
                .statementTimeout(statementTimeout)
                .placeholdersFrom(placeholders, List.of(
                        project == null ? new Properties() : project.getProperties(), commandLine()), environment)
                .secretPlaceholders(items(secretPlaceholders))
                .placeholderReplacement(placeholderReplacement);
        FleetRequest fleet = fleet();
        if (fleet != null && !runsOverFleets()) {
            throw new MojoFailureException("migrate:" + goal() + " does not run over a fleet, and a fleet is "
                    + "configured (migrate.targets, migrate.targetSchemas, migrate.targetsQuery or "
                    + "migrate.targetsFile); run migrate:upgrade or migrate:status over the fleet, or unset them");
        }
        EmbeddedServer server = connection.embedded() && kind.isServer() && connects() ? startServer() : null;
        if (server != null) {
            connection = server.connection();
        }
        resolved = connection;
        builder.connection(connection);
        if (announcesDatabase() && (fleet == null || fleet.targetSchemas() != null || fleet.targetsQuery() != null)) {
            announce(connection);
        }
        return server != null ? server : () -> { };
    }

    /** The embedded database to use without a URL, refusing one that contradicts the dialect. */
    private EmbeddedKind embeddedKind() throws MojoFailureException {
        EmbeddedKind byDialect = EmbeddedKind.forDialect(dialect);
        if (embedded == null) {
            return byDialect;
        }
        if (dialect != null && !dialect.isBlank() && (embedded.isServer() || byDialect.isServer()) && byDialect != embedded) {
            throw new MojoFailureException("migrate.embedded = " + embedded.word() + " does not go with migrate.dialect"
                    + " = " + dialect + "; remove one of them");
        }
        return embedded;
    }

    private EmbeddedServer startServer() throws MojoExecutionException {
        File directory = new File(buildDirectory, "migrate");
        try {
            return EmbeddedServer.start(directory.toPath(), shown(directory), getLog()::info);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    @Override
    final String scrub(String message) {
        return resolved == null ? message : Secrets.scrub(message, resolved.password());
    }

    /** Whether the goal runs over a fleet when one is configured; the others refuse the fleet settings. */
    protected boolean runsOverFleets() {
        return false;
    }

    /** The fleet the settings give, or null when none is configured. */
    protected FleetRequest fleet() {
        String list = MaskedUrl.valueOf(targets);
        Path file = targetsFile == null ? null : targetsFile.toPath();
        if (!FleetRequest.isFleet(list, targetSchemas, targetsQuery, file)) {
            return null;
        }
        return new FleetRequest(list, targetSchemas, targetsQuery, file, parallelism, maxConnections, canary,
                maxFailures, shard);
    }

    /** Logs a fleet run's summary and writes {@code fleet.json} and its JUnit XML; fails the build unless it passed. */
    protected void reportFleet(FleetReport report) throws MojoFailureException, MojoExecutionException {
        report.toText().forEach(line -> {
            if (line.startsWith("  FAILED") || line.startsWith("  Stopped")) {
                getLog().error(line);
            } else {
                getLog().info(line);
            }
        });
        writeReport("fleet.json", report.toJson());
        writeReport("TEST-migrate-fleet.xml", report.toJUnitXml());
        if (!report.passed()) {
            throw new MojoFailureException("migrate:" + goal() + " failed on " + report.failures().size()
                    + " of " + report.results().size() + " fleet target(s)" + (report.stoppedBecause() == null ? ""
                    : "; stopped: " + report.stoppedBecause()) + ". Fix them (see the log and "
                    + "fleet.json) and run again: targets already done are skipped.");
        }
    }

    /**
     * Whether this run opens the database at all; an embedded server is started only for runs that do. Offline SQL
     * from a given start and generate without autogenerate do not.
     */
    protected boolean connects() {
        return true;
    }

    /**
     * Whether to log the database before running: goals whose report shows it anyway, and generate (which only reads
     * the setting to pick the dialect), do not.
     */
    protected boolean announcesDatabase() {
        return true;
    }

    private void announce(ConnectionSettings connection) {
        if (connection.embedded()) {
            getLog().info("Database: " + connection.maskedUrl() + " (" + connection.describeSources()
                    + "; set migrate.url to use your own database)");
        } else {
            getLog().info("Database: " + connection.maskedUrl() + " (" + connection.describeSources() + ")");
        }
    }

    ConnectionSettings resolveConnection() throws MojoFailureException {
        Properties commandLine = commandLine();
        ConnectionLayer pom = new ConnectionLayer("POM configuration", MaskedUrl.valueOf(url), user,
                MaskedPassword.valueOf(password));
        try {
            return ConnectionSettings.resolve(ConnectionLayers.of(commandLine, environment, pom, serverLayer()),
                    ConnectionLayers.embeddedDefault(buildDirectory));
        } catch (ConnectionException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private ConnectionLayer serverLayer() throws MojoFailureException {
        if (serverId == null || serverId.isBlank()) {
            return null;
        }
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new MojoFailureException("migrate.serverId = '" + serverId + "', but settings.xml has no <server> "
                    + "with that id; add one with <username> and <password>, or remove serverId");
        }
        SettingsDecryptionResult result = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException("cannot decrypt the password of settings.xml server '" + serverId
                        + "': " + problem.getMessage() + "; check settings-security.xml");
            }
        }
        Server decrypted = result.getServer();
        return new ConnectionLayer("settings.xml server '" + serverId + "'", null, decrypted.getUsername(),
                decrypted.getPassword());
    }

    /** The one-line summary of an upgrade or a downgrade; nothing when there was nothing to do (already said). */
    protected void logOutcome(String verb, MigrationResult result) {
        if (!result.nothingToDo()) {
            getLog().info(verb + " to " + (result.headsAfter().isEmpty() ? "base" : String.join(", ", result.headsAfter()))
                    + ": " + result.migrations().size() + " revision(s) in " + result.durationMillis() + " ms.");
        }
    }

    /**
     * Sets the database's state on the project ({@code migrate.current}, {@code migrate.pending},
     * {@code migrate.pendingRevisions}, {@code migrate.upToDate}), so that later plugins of the build can read it.
     */
    protected void exposeState(StatusReport report) {
        if (project != null) {
            report.properties().forEach((name, value) -> {
                project.getProperties().setProperty(name, value);
                getLog().debug("Project property " + name + " = " + value);
            });
        }
    }
}
