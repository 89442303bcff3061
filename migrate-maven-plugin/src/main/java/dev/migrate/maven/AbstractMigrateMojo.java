package dev.migrate.maven;

import dev.migrate.connect.ConnectionException;
import dev.migrate.connect.ConnectionLayer;
import dev.migrate.connect.ConnectionSettings;
import dev.migrate.api.FleetRequest;
import dev.migrate.api.Location;
import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.connect.Secrets;
import dev.migrate.report.FleetReport;
import dev.migrate.report.MigrationResult;
import dev.migrate.report.StatusReport;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.RepositorySystem;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What every goal shares: the connection, the migrations directory, skipping, and turning migrate's errors into
 * build failures. Goals implement {@link #run(Migrator)} and stay short.
 */
public abstract class AbstractMigrateMojo extends AbstractMojo {

    /**
     * Skips the goal.
     * Also configurable with the property {@code migrate.skip}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.skip", defaultValue = "false")
    protected boolean skip;

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
     * The dialect to use instead of the one detected from the URL: {@code postgresql} or {@code h2}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.dialect")
    protected String dialect;

    /**
     * The directory of revision files. Under {@code src/main/resources} by default, so the migrations are packaged
     * with the application too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.migrationsDirectory", defaultValue = "${project.basedir}/src/main/resources/db/migrations")
    protected File migrationsDirectory;

    /**
     * Where revisions come from, instead of {@code migrationsDirectory} (Flyway's {@code locations}, Liquibase's
     * classpath changelogs): {@code classpath:db/migrations} reads revision files and Java migrations of package
     * {@code db.migrations} from the project's classes and its runtime dependencies (a shared-schema jar), and
     * {@code filesystem:<directory>} a directory, relative to the project. Several locations form one graph;
     * {@code generate} and {@code merge} write into the first {@code filesystem:} one. Comma-separated with
     * {@code -Dmigrate.locations}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.locations")
    protected List<String> locations;

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
     * Comma-separated packages (with their subpackages) scanned for JPA entities; default: all of the compiled
     * classes.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.entityPackages")
    protected String entityPackages;

    /**
     * Comma-separated {@code groupId:artifactId} of the project's dependencies whose jars are scanned for JPA entities
     * as well as the compiled classes (a shared model jar, say). Opt-in: by default no jar is scanned. A name that is
     * not among the project's runtime dependencies fails the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.entityJars")
    protected String entityJars;

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
     * How many seconds a goal that writes (upgrade, downgrade, repair) waits for the migration lock while another
     * migrate holds it, logging the holder every few seconds; then it fails. {@code 0} tries once.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.lockTimeout", defaultValue = "60")
    protected int lockTimeout;

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
     * Seconds to wait before the first connection retry; each later wait doubles, up to 30 seconds.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.connectRetryInterval", defaultValue = "1")
    protected int connectRetryInterval;

    /**
     * Seconds one attempt to connect and log in may take before it counts as failed, so that a server which accepts
     * the connection and never answers cannot hang the build; with {@code connectRetries}, every attempt is bounded,
     * so the whole wait is too. {@code 0} waits without limit.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.connectTimeout", defaultValue = "10")
    protected int connectTimeout;

    /**
     * Seconds one statement may run before the database cancels it. Unset (the default), migrate never cuts a
     * statement off: a long index build is not a hang.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.statementTimeout")
    protected Integer statementTimeout;

    /**
     * Where the goals write their JSON reports.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.reportsDirectory", defaultValue = "${project.build.directory}/migrate")
    protected File reportsDirectory;

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
     * Comma-separated names of placeholders whose values are masked ({@code ****}) in logs, errors, offline SQL
     * and reports. Names containing {@code password}, {@code secret} or {@code token} are masked without this.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.secretPlaceholders")
    protected String secretPlaceholders;

    /**
     * Whether {@code ${...}} in revision and callback SQL is replaced; {@code false} runs the SQL exactly as written.
     * A section can opt out on its own line: {@code -- migrate:upgrade placeholders:false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.placeholderReplacement", defaultValue = "true")
    protected boolean placeholderReplacement;

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

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    protected File buildDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${settings}", readonly = true)
    protected Settings settings;

    /** The project, for its compiled classes and runtime class path (Java migrations and what they use). */
    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    @Component
    protected SettingsDecrypter settingsDecrypter;

    /** Maven's resolver, for the Hibernate migrate brings to a project with entities but none of its own. */
    @Component
    protected RepositorySystem repositorySystem;

    /** The process environment; replaced in tests. */
    Map<String, String> environment = System.getenv();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping migrate:" + goal() + " (migrate.skip=true).");
            return;
        }
        ConnectionSettings connection = resolveConnection();
        try (ProjectClasses classes = ProjectClasses.of(project, getClass().getClassLoader())) {
            List<Location> where = new ArrayList<>();
            if (locations == null || locations.isEmpty()) {
                where.add(Location.directory(migrationsDirectory.toPath(), shown(migrationsDirectory)));
            } else {
                locations.forEach(text -> where.add(Location.parse(text, basedir == null ? null : basedir.toPath())));
            }
            classes.outputDirectory().ifPresent(dir -> where.add(Location.compiledClasses(dir.toPath(), shown(dir))));
            Migrator.Builder builder = Migrator.configure()
                    .locations(where)
                    .schema(schema)
                    .versionTable(versionTable)
                    .historyTable(historyTable)
                    .dialect(dialect)
                    .listener(new MavenListener(getLog()))
                    .classLoader(classes.loader())
                    .schemaFiles(schemaFiles == null ? List.of() : schemaFiles.stream().map(File::toPath).toList())
                    .models(models, commaSeparated(entityPackages))
                    .entityJars(ProjectClasses.dependencyJars(project, commaSeparated(entityJars)))
                    .modelSetting("physicalNamingStrategy", physicalNamingStrategy)
                    .modelSetting("implicitNamingStrategy", implicitNamingStrategy)
                    .modelLibraries(RepositoryLibraries.of(repositorySystem, session, project, getLog()))
                    .baseDirectory(basedir == null ? null : basedir.toPath())
                    .shadowUrl(MaskedUrl.valueOf(shadowUrl))
                    .lockTimeout(Duration.ofSeconds(lockTimeout))
                    .validateChecksums(validateChecksums)
                    .connectRetries(connectRetries, Duration.ofSeconds(connectRetryInterval))
                    .connectTimeout(Duration.ofSeconds(connectTimeout))
                    .statementTimeout(statementTimeout == null ? null : Duration.ofSeconds(statementTimeout))
                    .placeholdersFrom(placeholders, List.of(
                            project == null ? new Properties() : project.getProperties(), commandLine()), environment)
                    .secretPlaceholders(commaSeparated(secretPlaceholders))
                    .placeholderReplacement(placeholderReplacement)
                    .connection(connection);
            configure(builder);
            FleetRequest fleet = fleet();
            if (fleet != null && !runsOverFleets()) {
                throw new MojoFailureException("migrate:" + goal() + " does not run over a fleet, and a fleet is "
                        + "configured (migrate.targets, migrate.targetSchemas, migrate.targetsQuery or "
                        + "migrate.targetsFile); run migrate:upgrade or migrate:status over the fleet, or unset them");
            }
            if (announcesDatabase() && (fleet == null || fleet.targetSchemas() != null
                    || fleet.targetsQuery() != null)) {
                announce(connection);
            }
            run(builder.build());
        } catch (MigrateException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the project's class path: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("migrate:" + goal() + " failed unexpectedly: "
                    + Secrets.scrub(String.valueOf(e.getMessage()), connection.password()) + " ("
                    + e.getClass().getName() + ")");
        }
    }

    /** The goal's name, for messages. */
    protected abstract String goal();

    /**
     * Whether to log the database before running: goals whose report shows it anyway, and generate (which only reads
     * the setting to pick the dialect), do not.
     */
    protected boolean announcesDatabase() {
        return true;
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

    /** Adds the goal's own settings to the configuration; most goals have none. */
    protected void configure(Migrator.Builder builder) {
    }

    /** Does the goal's work. */
    protected abstract void run(Migrator migrator) throws MojoFailureException, MojoExecutionException;

    private void announce(ConnectionSettings connection) {
        if (connection.embedded()) {
            getLog().info("Database: " + connection.maskedUrl() + " (" + connection.describeSources()
                    + "; set migrate.url to use your own database)");
        } else {
            getLog().info("Database: " + connection.maskedUrl() + " (" + connection.describeSources() + ")");
        }
    }

    /** The {@code -D} properties of the build. */
    private Properties commandLine() {
        return session == null || session.getUserProperties() == null ? new Properties() : session.getUserProperties();
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

    /** A path relative to the project when it is inside it, for shorter messages. */
    protected String shown(File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        Path base = basedir == null ? null : basedir.toPath().toAbsolutePath().normalize();
        if (base != null && path.startsWith(base)) {
            String relative = base.relativize(path).toString().replace('\\', '/');
            return relative.isEmpty() ? "." : relative;
        }
        return path.toString();
    }

    /** The one-line summary of an upgrade or a downgrade; nothing when there was nothing to do (already said). */
    protected void logOutcome(String verb, MigrationResult result) {
        if (!result.nothingToDo()) {
            getLog().info(verb + " to " + (result.headsAfter().isEmpty() ? "base" : String.join(", ", result.headsAfter()))
                    + ": " + result.migrations().size() + " revision(s) in " + result.durationMillis() + " ms.");
        }
    }

    /** The items of a comma-separated parameter, trimmed; empty for null or blank. */
    protected static List<String> commaSeparated(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
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

    /** Writes a report file and logs where it went. */
    protected void writeReport(String name, String content) throws MojoExecutionException {
        Path target = reportsDirectory.toPath().resolve(name);
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + target + ": " + e.getMessage(), e);
        }
        getLog().info("Report: " + shown(target.toFile()));
    }
}
