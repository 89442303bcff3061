package dev.migrate.api;

import dev.migrate.MigrationCallback;
import dev.migrate.autogenerate.ModelClasses;
import dev.migrate.autogenerate.ModelSelection;
import dev.migrate.connect.ConnectionException;
import dev.migrate.connect.ConnectionLayer;
import dev.migrate.connect.ConnectionSettings;
import dev.migrate.connect.Connections;
import dev.migrate.apply.VersionTables;
import dev.migrate.graph.Direction;
import dev.migrate.placeholder.PlaceholderException;
import dev.migrate.placeholder.PlaceholderSources;
import dev.migrate.placeholder.Placeholders;
import dev.migrate.graph.Target;
import dev.migrate.report.BranchesReport;
import dev.migrate.report.DowngradeResult;
import dev.migrate.report.HeadsReport;
import dev.migrate.report.HistoryReport;
import dev.migrate.report.JournalReport;
import dev.migrate.report.MigrationListener;
import dev.migrate.report.OfflineSql;
import dev.migrate.report.RepairResult;
import dev.migrate.report.ShowReport;
import dev.migrate.report.StampResult;
import dev.migrate.report.StatusReport;
import dev.migrate.report.UpgradeResult;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The facade over migrate: the Maven goals and applications call the same methods.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.configure()
 *         .url("jdbc:postgresql://localhost/app").user("app").password(secret)
 *         .migrationsDirectory(Path.of("src/main/resources/db/migrations"))
 *         .build();
 * UpgradeResult result = migrator.upgrade();
 * boolean ready = migrator.status().isUpToDate();
 * }</pre>
 *
 * <p>Every method validates its input (files, graph, target) before it touches the database, and throws
 * {@link MigrateException} with a message meant for users.
 */
public final class Migrator {

    private final MigrateConfig config;
    private final Connections connections;

    public Migrator(MigrateConfig config) {
        this.config = config;
        this.connections = config.newConnections();
    }

    public static Builder configure() {
        return new Builder();
    }

    public MigrateConfig config() {
        return config;
    }

    // ------------------------------------------------------------------------------------------------- goals

    /** Upgrades to {@code head}. */
    public UpgradeResult upgrade() {
        return upgrade(Target.Anchor.HEAD);
    }

    /** Applies pending revisions up to {@code target} (head, heads, a revision id or prefix, +N, ...). */
    public UpgradeResult upgrade(String target) {
        return Failures.translate(config, connections, () -> new UpgradeCommand(config, connections).run(target));
    }

    /**
     * Upgrades every target of a fleet (schemas or databases, see {@link FleetRequest}) to {@code target}: the
     * revision files read once, each target with its own version tables and lock, in parallel, canary first, stopping
     * past {@code maxFailures}. Never throws for a target's failure: the report has one result per target.
     */
    public dev.migrate.report.FleetReport fleetUpgrade(FleetRequest request, String target) {
        return Failures.translate(config, connections, () -> new FleetCommand(config, connections).upgrade(request,
                target));
    }

    /** Where each target of a fleet stands: a histogram of targets per revision. Changes nothing. */
    public dev.migrate.report.FleetStatusReport fleetStatus(FleetRequest request) {
        return Failures.translate(config, connections, () -> new FleetCommand(config, connections).status(request));
    }

    /** Runs downgrade sections down to {@code target} (-1, -N, a revision, base, ...). */
    public DowngradeResult downgrade(String target) {
        return Failures.translate(config, connections, () -> new DowngradeCommand(config, connections).run(target));
    }

    /**
     * The script an upgrade to {@code target} would run (offline SQL), for someone else to run later; changes nothing.
     *
     * @param from where the database is ({@code base}, revisions or labels, comma-separated) to write the script
     *             without connecting; null reads it from the database
     */
    public OfflineSql upgradeSql(String target, String from) {
        return Failures.translate(config, connections, () -> new OfflineCommand(config, connections).run(Direction.UPGRADE, target, from));
    }

    /** The script a downgrade to {@code target} would run; changes nothing. {@code from} as for {@link #upgradeSql}. */
    public OfflineSql downgradeSql(String target, String from) {
        return Failures.translate(config, connections, () -> new OfflineCommand(config, connections).run(Direction.DOWNGRADE, target, from));
    }

    /**
     * Accepts the current files' checksums for applied revisions whose files changed, and clears failed states, each
     * journalled with who and when. Runs no revision's SQL.
     */
    public RepairResult repair() {
        return Failures.translate(config, connections, () -> new RepairCommand(config, connections).run());
    }

    /**
     * Where the database stands: current revisions, heads, pending revisions, and problems (revisions in a failed
     * state, applied files that changed). Changes nothing.
     */
    public StatusReport status() {
        return Failures.translate(config, connections, () -> new StatusCommand(config, connections).run());
    }

    /**
     * The latest {@code limit} rows of the journal, newest first: what ran, when, by whom, and how it ended. Reads no
     * revision file and changes nothing.
     */
    public JournalReport journal(int limit) {
        return Failures.translate(config, connections, () -> new JournalCommand(config, connections).run(limit));
    }

    /** Every revision, newest first, with whether the database has it applied. Changes nothing. */
    public HistoryReport history() {
        return history(null);
    }

    /**
     * The revisions of {@code range} ({@code base:head}, {@code -3:current}, {@code current:heads},
     * {@code rev1:rev2}; null for all), newest first, drawn as a graph. Changes nothing.
     */
    public HistoryReport history(String range) {
        return Failures.translate(config, connections, () -> new HistoryCommand(config, connections).run(range));
    }

    /** The heads of the revision files. Reads no database. */
    public HeadsReport heads() {
        return Failures.translate(config, connections, () -> new HeadsCommand(config, connections).run());
    }

    /** The branch points of the revision files and the revisions that start each branch. Reads no database. */
    public BranchesReport branches() {
        return Failures.translate(config, connections, () -> new BranchesCommand(config, connections).run());
    }

    /** Writes a merge revision that revises the heads (or the revisions asked for), with empty sections. */
    public GeneratedRevision merge(MergeRequest request) {
        return Failures.translate(config, connections, () -> new MergeCommand(config, connections).run(request));
    }

    /**
     * Records the database as being at {@code target} without running any SQL, and journals it; {@code purge} first
     * removes every version row, known to the files or not.
     */
    public StampResult stamp(String target, boolean purge) {
        return Failures.translate(config, connections, () -> new StampCommand(config, connections).run(target, purge));
    }

    /** One revision ({@code head}, {@code current}, an id, prefix or label) in full. Changes nothing. */
    public ShowReport show(String revision) {
        return Failures.translate(config, connections, () -> new ShowCommand(config, connections).run(revision));
    }

    /**
     * Runs the checks a build runs before it may release (graph, model, roundtrip, drift, pending, lint); changes
     * nothing but shadow databases, which it drops.
     */
    public dev.migrate.report.CheckReport check(CheckRequest request) {
        return Failures.translate(config, connections, () -> new CheckCommand(config, connections).run(request));
    }

    /**
     * Writes a new revision file on top of the current head of the files (not of the database): empty, or with
     * {@link GenerateRequest#autogenerate()} the difference between the migrations and the schema files.
     */
    public GeneratedRevision generate(GenerateRequest request) {
        return Failures.translate(config, connections, () -> new GenerateCommand(config, connections).run(request));
    }

    /**
     * Adopts a database that predates migrations: writes a baseline revision that creates its live schema from
     * nothing (checked on a shadow database: replayed there, it must give the live schema, and its downgrade an empty
     * one) and stamps the database at it, running none of its SQL there. The migrations must have no revision yet.
     *
     * @param message    the revision's message; null for {@code Baseline}
     * @param revisionId the revision id; null for a random one
     */
    public GeneratedRevision baseline(String message, String revisionId) {
        return Failures.translate(config, connections, () -> new BaselineCommand(config, connections).run(message, revisionId));
    }

    // ------------------------------------------------------------------------------------------------ builder

    /** Builds a validated, immutable {@link MigrateConfig} and the {@link Migrator} over it. */
    public static final class Builder {
        private String url;
        private String user;
        private String password;
        private ConnectionSettings connection;
        private DataSource dataSource;
        private Path migrationsDirectory = Path.of("src/main/resources/db/migrations");
        private String migrationsShownAs;
        private List<Location> locations;
        private List<MigrationCallback> callbacks = List.of();
        private String schema;
        private String dialect;
        private MigrationListener listener;
        private Clock clock = Clock.systemDefaultZone();
        private ClassLoader classLoader;
        private List<Path> schemaFiles = List.of(Path.of("src/main/resources/db/schema.sql"));
        private String shadowUrl;
        private ModelSelection models = ModelSelection.DEFAULT;
        private Duration lockTimeout = RunOptions.DEFAULTS.lockTimeout();
        private boolean validateChecksums = true;
        private TransactionMode transactionMode = TransactionMode.PER_MIGRATION;
        private ResumeMode resume = ResumeMode.OFF;
        private int connectRetries;
        private Duration connectRetryInterval = RunOptions.DEFAULTS.connectRetryInterval();
        private boolean allowDestructive = true;
        private Duration connectTimeout = RunOptions.DEFAULT_CONNECT_TIMEOUT;
        private Duration statementTimeout = Duration.ZERO;
        private final Map<String, String> placeholders = new LinkedHashMap<>();
        private final Set<String> secretPlaceholders = new LinkedHashSet<>();
        private boolean placeholderReplacement = true;
        private String versionTable;
        private Path baseDirectory;
        private String historyTable;

        private Builder() {
        }

        /** A JDBC URL or {@code postgres://} URI. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** Settings already resolved from several sources (what the Maven plugin does). */
        public Builder connection(ConnectionSettings connection) {
            this.connection = connection;
            return this;
        }

        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        /**
         * The directory of revision files; default {@code src/main/resources/db/migrations}. The same as
         * {@code locations("filesystem:" + directory)}.
         */
        public Builder migrationsDirectory(Path directory) {
            this.migrationsDirectory = directory;
            return this;
        }

        /** How to show the migrations directory in messages (e.g. relative to the project). */
        public Builder migrationsShownAs(String shownAs) {
            this.migrationsShownAs = shownAs;
            return this;
        }

        /**
         * Where revisions come from, instead of {@link #migrationsDirectory}: {@code classpath:db/migrations} (files
         * and Java migrations in directories and jars on the class path, what an application reads at start) or
         * {@code filesystem:<directory>}; several locations form one graph.
         */
        public Builder locations(String... locations) {
            this.locations = Arrays.stream(locations).map(Location::parse).toList();
            return this;
        }

        /** Where revisions come from, as {@link Location}s (the Maven plugin adds its compiled classes this way). */
        public Builder locations(List<Location> locations) {
            this.locations = List.copyOf(locations);
            return this;
        }

        /** Java code to run before and after migrations, after the callback files (see {@link MigrationCallback}). */
        public Builder callbacks(MigrationCallback... callbacks) {
            this.callbacks = List.of(callbacks);
            return this;
        }

        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        /** Overrides the dialect detected from the URL. */
        public Builder dialect(String dialect) {
            this.dialect = dialect;
            return this;
        }

        public Builder listener(MigrationListener listener) {
            this.listener = listener;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        /** The desired schema as DDL files, for autogenerate; default {@code src/main/resources/db/schema.sql}. */
        public Builder schemaFiles(List<Path> files) {
            this.schemaFiles = files;
            return this;
        }

        /**
         * Which model autogenerate and the model check use: {@code auto} (the default: the schema files when they
         * exist, else the JPA entities of the compiled classes), {@code schema-files} or {@code jpa} (needs the
         * {@code migrate-jpa} module); and the packages scanned for entities (with their subpackages; none: all).
         */
        public Builder models(String models, List<String> entityPackages) {
            this.models = new ModelSelection(models, entityPackages, this.models.jars(), this.models.settings(),
                    this.models.libraries());
            return this;
        }

        /**
         * Dependency jars scanned for JPA entities as well as the compiled classes (opt-in; {@code migrate.entityJars}),
         * each with how messages show it ({@code groupId:artifactId}). The jars must be on the
         * {@link #classLoader(ClassLoader) class loader}'s class path.
         */
        public Builder entityJars(Map<Path, String> jars) {
            this.models = new ModelSelection(models.models(), models.packages(), jars, models.settings(),
                    models.libraries());
            return this;
        }

        /**
         * A setting of the kind of model, by its parameter name without {@code migrate.}: for JPA entities
         * {@code physicalNamingStrategy} and {@code implicitNamingStrategy} (class names on the project's class path).
         * A blank value removes the setting.
         */
        public Builder modelSetting(String name, String value) {
            Map<String, String> settings = new LinkedHashMap<>(models.settings());
            settings.put(name, value);
            this.models = new ModelSelection(models.models(), models.packages(), models.jars(), settings,
                    models.libraries());
            return this;
        }

        /**
         * How a library the project lacks (a Hibernate for JPA entities) is fetched: from its coordinates
         * ({@code groupId:artifactId:version}) to the files of it and its runtime dependencies, or empty when it cannot
         * be fetched; a failure is an exception whose message says why. The Maven plugin fetches from the project's
         * repositories; by default nothing is fetched, and the user is told what to add.
         */
        public Builder modelLibraries(Function<String, Optional<List<Path>>> fetch) {
            ModelClasses.Libraries libraries = fetch == null ? ModelClasses.Libraries.NONE : fetch::apply;
            this.models = new ModelSelection(models.models(), models.packages(), models.jars(), models.settings(),
                    libraries);
            return this;
        }

        /** An existing, empty database autogenerate may use (and empty again) instead of creating one. */
        public Builder shadowUrl(String url) {
            this.shadowUrl = url;
            return this;
        }

        /** How long a writing goal waits for the migration lock; default 60 s, zero tries once. */
        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = timeout;
            return this;
        }

        /**
         * Whether upgrade and downgrade stop when an applied revision's file changed (default true); status and
         * repair see the changes either way.
         */
        public Builder validateChecksums(boolean validate) {
            this.validateChecksums = validate;
            return this;
        }

        /** One transaction per revision (the default) or one for the whole run. */
        public Builder transactionMode(TransactionMode mode) {
            this.transactionMode = mode;
            return this;
        }

        /**
         * Continues a failed revision after its completed statements instead of refusing to run
         * ({@link ResumeMode#ON}); refused while the statement where the run stopped is in doubt.
         */
        public Builder resume(boolean resume) {
            this.resume = resume ? ResumeMode.ON : ResumeMode.OFF;
            return this;
        }

        /**
         * Continues a failed or interrupted revision, with the user's decision about the statement where its run
         * stopped: {@link ResumeMode#RERUN} (it did not take effect) or {@link ResumeMode#SKIP} (it did).
         */
        public Builder resume(ResumeMode mode) {
            this.resume = mode;
            return this;
        }

        /**
         * Retries a connection that fails because the database cannot be reached (not for rejected credentials):
         * {@code retries} more attempts, the first after {@code interval}, each later one after twice the pause
         * before it (at most {@link RunOptions#MAX_RETRY_PAUSE}). Default: no retries.
         */
        public Builder connectRetries(int retries, Duration interval) {
            this.connectRetries = retries;
            this.connectRetryInterval = interval;
            return this;
        }

        /**
         * Retries a connection that fails because the database cannot be reached, {@code retries} more times, after
         * 1 s, 2 s, 4 s, ... (at most {@link RunOptions#MAX_RETRY_PAUSE} apart): {@code connectRetries(30)} waits
         * for a database that starts with its application. Once the database has answered, later calls of the same
         * Migrator (a health check's {@code status()}) do not retry: they say at once that it is gone.
         */
        public Builder connectRetries(int retries) {
            return connectRetries(retries, RunOptions.DEFAULTS.connectRetryInterval());
        }

        /**
         * Whether upgrade and downgrade may run sections whose lint finds data loss (dropped tables or columns,
         * narrowed types, deleted rows) or cannot see what they do ({@code DO}, {@code EXECUTE}, {@code CALL}, Java
         * migrations); default true. A release pipeline sets it to false: such revisions are then refused, listed
         * with file and line, before anything is changed.
         */
        public Builder allowDestructive(boolean allow) {
            this.allowDestructive = allow;
            return this;
        }

        /**
         * How long one attempt to connect and log in may take (default 10 s; zero waits without limit): a server
         * that accepts the connection and never answers then fails the attempt instead of hanging. With
         * {@link #connectRetries}, every attempt is bounded this way, so the wait as a whole is too.
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * How long one statement may run before the database cancels it; default: never. migrate never cuts a
         * statement off otherwise (a long index build is not a hang).
         */
        public Builder statementTimeout(Duration timeout) {
            this.statementTimeout = timeout;
            return this;
        }

        /**
         * Replaces {@code ${name}} in revision and callback SQL with {@code value} (Flyway's placeholders, Liquibase's
         * changelog parameters); names are matched without regard to case. The built-ins {@code ${migrate:schema}},
         * {@code ${migrate:user}} and {@code ${migrate:revision}} need no definition. Checksums are of the file as
         * written, so a changed value is not an edit.
         */
        public Builder placeholder(String name, String value) {
            this.placeholders.put(name, value);
            return this;
        }

        /** Adds every entry of {@code values} as a placeholder (see {@link #placeholder}). */
        public Builder placeholders(Map<String, String> values) {
            this.placeholders.putAll(values);
            return this;
        }

        /**
         * Adds placeholders from where build tools keep settings, each layer beating the one before it name by name:
         * {@code configured} (a POM's map), properties {@code migrate.placeholders.<name>} ({@code properties}, lowest
         * precedence first), and environment variables {@code MIGRATE_PLACEHOLDERS_<NAME>}, which rank just below
         * the last property set (the command line's).
         */
        public Builder placeholdersFrom(Map<String, String> configured, List<java.util.Properties> properties,
                                        Map<String, String> environment) {
            this.placeholders.putAll(PlaceholderSources.collect(configured, properties, environment));
            return this;
        }

        /**
         * A placeholder whose value is masked ({@code ****}) wherever migrate prints or writes SQL: logs, errors,
         * offline scripts and reports. Names containing {@code password}, {@code secret} or {@code token} are
         * secret without this.
         */
        public Builder secretPlaceholder(String name, String value) {
            this.placeholders.put(name, value);
            this.secretPlaceholders.add(name);
            return this;
        }

        /** Marks the placeholders {@code names} secret (see {@link #secretPlaceholder}). */
        public Builder secretPlaceholders(java.util.Collection<String> names) {
            this.secretPlaceholders.addAll(names);
            return this;
        }

        /** Whether {@code ${...}} is replaced at all (default true); false runs SQL exactly as written. */
        public Builder placeholderReplacement(boolean replace) {
            this.placeholderReplacement = replace;
            return this;
        }

        /**
         * The name of the version table (Flyway's {@code table}); default {@code migrate_version}. A plain identifier;
         * the schema is {@link #schema}'s.
         */
        public Builder versionTable(String name) {
            this.versionTable = name;
            return this;
        }

        /**
         * The project's directory: schema files inside it are shown relative to it, in messages and in the header of
         * autogenerated revisions. Default: none (paths are shown as given).
         */
        public Builder baseDirectory(Path directory) {
            this.baseDirectory = directory;
            return this;
        }

        /** The name of the journal; default {@code migrate_history}. A plain identifier. */
        public Builder historyTable(String name) {
            this.historyTable = name;
            return this;
        }

        public MigrateConfig buildConfig() {
            ConnectionSettings settings = connection;
            if (url != null) {
                if (connection != null) {
                    throw new MigrateException(ErrorKind.CONFIGURATION, "both url and connection settings are set; set one");
                }
                try {
                    settings = ConnectionSettings.resolve(List.of(new ConnectionLayer("the Java API", url, user,
                            password)), null);
                } catch (ConnectionException e) {
                    throw Problems.connection(e);
                }
            } else if (connection == null && dataSource == null && (user != null || password != null)) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "user or password is set but url is not");
            }
            if (locations != null && migrationsShownAs != null) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "both locations and migrationsShownAs are set; "
                        + "migrationsShownAs goes with migrationsDirectory");
            }
            List<Location> where = locations != null ? locations : migrationsDirectory == null ? List.of()
                    : List.of(Location.directory(migrationsDirectory, migrationsShownAs));
            return new MigrateConfig(settings, dataSource, where, schema, dialect,
                    listener == null ? new SystemLoggerListener() : listener, clock, classLoader, schemaFiles, shadowUrl,
                    new RunOptions(lockTimeout, validateChecksums, transactionMode, resume, connectRetries,
                            connectRetryInterval, allowDestructive, connectTimeout, statementTimeout), callbacks,
                    models, placeholders(), tables(), baseDirectory);

        }

        private VersionTables tables() {
            try {
                return new VersionTables(versionTable, historyTable);
            } catch (IllegalArgumentException e) {
                throw new MigrateException(ErrorKind.CONFIGURATION, e.getMessage());
            }
        }

        private Placeholders placeholders() {
            for (String name : secretPlaceholders) {
                if (!placeholders.containsKey(name) && placeholders.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
                    throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.secretPlaceholders names '" + name
                            + "', which is not a placeholder; define it with migrate.placeholders, or remove it");
                }
            }
            try {
                return Placeholders.of(placeholderReplacement, placeholders, secretPlaceholders);
            } catch (PlaceholderException e) {
                throw new MigrateException(ErrorKind.CONFIGURATION, e.getMessage());
            }
        }

        public Migrator build() {
            return new Migrator(buildConfig());
        }
    }
}
