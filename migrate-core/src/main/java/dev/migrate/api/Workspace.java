package dev.migrate.api;

import dev.migrate.apply.Callbacks;
import dev.migrate.apply.DatabaseStateException;
import dev.migrate.apply.MigrationExecutor;
import dev.migrate.apply.MigrationFailedException;
import dev.migrate.apply.VersionStore;
import dev.migrate.apply.VersionTables;
import dev.migrate.autogenerate.ModelException;
import dev.migrate.autogenerate.SchemaReader;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.DialectRegistry;
import dev.migrate.dialect.SchemaSupport;
import dev.migrate.graph.GraphException;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationPlanner;
import dev.migrate.graph.MigrationStep;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.Target;
import dev.migrate.graph.TargetResolver;
import dev.migrate.lock.LockTimeoutException;
import dev.migrate.placeholder.Placeholders;
import dev.migrate.report.RevisionDetail;
import dev.migrate.report.RevisionSummary;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.ScriptException;
import dev.migrate.script.ScriptHeader;
import dev.migrate.script.ScriptSource;
import dev.migrate.script.Section;
import dev.migrate.script.SplitOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every operation of the facade needs: the configuration, the dialect, the revision files, a connection, the
 * version store, and the translation of every expected failure into a {@link MigrateException}. The operations
 * themselves are one class each ({@code UpgradeCommand}, {@code StatusCommand}, ...).
 */
final class Workspace {

    private static final SecureRandom RANDOM = new SecureRandom();

    final MigrateConfig config;
    private final DialectRegistry dialects;
    /** Whether a connection of this workspace (one per Migrator) ever succeeded. */
    private volatile boolean reachedOnce;
    /** Whether the configured schema's case was already warned about. */
    private volatile boolean warnedAboutCase;
    /** The schema and user the built-in placeholders name, read from the database when the configuration lacks them. */
    private String connectedSchema;
    private String connectedUser;

    Workspace(MigrateConfig config) {
        this.config = config;
        this.dialects = DialectRegistry.load(config.classLoader());
    }

    Dialect dialect() {
        if (config.dialect() != null) {
            return dialects.byName(config.dialect()).orElseThrow(() -> new MigrateException(ErrorKind.CONFIGURATION,
                    "migrate.dialect = '" + config.dialect() + "' is not a known dialect; known: "
                            + String.join(", ", dialects.all().stream().map(Dialect::name).toList())));
        }
        String url = jdbcUrl();
        return dialects.forUrl(url).orElseThrow(() -> new MigrateException(ErrorKind.UNSUPPORTED_DATABASE,
                "migrate has no dialect for " + Secrets.maskUrl(url) + "; supported: " + dialects.supportedPrefixes()
                        + " (set migrate.dialect to use one of them for a compatible database)"));
    }

    /** For goals that do not connect: the configured dialect, or PostgreSQL's splitting rules (the strictest). */
    Dialect dialectOrDefault() {
        try {
            return dialect();
        } catch (MigrateException e) {
            return dialects.byName("postgresql").orElseThrow(() -> e);
        }
    }

    String jdbcUrl() {
        if (config.connection() != null) {
            return config.connection().jdbcUrl();
        }
        // The first connection of a run: it waits for the database as migrate.connectRetries says.
        try (Connection connection = openWithRetries(null)) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw Connector.classify(e, "the DataSource", null, null);
        }
    }

    String database() {
        return config.connection() != null ? config.connection().maskedUrl() : "DataSource";
    }

    String databaseSource() {
        return config.connection() != null ? config.connection().describeSources() : "supplied by the application";
    }

    /**
     * Opens the connection a goal works on: retried as {@code migrate.connectRetries} says while the database cannot
     * be reached, prepared by the dialect, in the configured schema when it exists.
     */
    Connection connect(Dialect dialect) throws SQLException {
        Connection connection = openWithRetries(dialect);
        try {
            connection.setAutoCommit(true);
            dialect.prepareSession(connection);
            Duration statementTimeout = config.options().statementTimeout();
            if (!statementTimeout.isZero()) {
                try {
                    dialect.limitStatements(connection, statementTimeout);
                } catch (java.sql.SQLFeatureNotSupportedException e) {
                    throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.statementTimeout = "
                            + describe(statementTimeout) + ": " + e.getMessage() + "; leave it unset");
                }
            }
            if (config.schema() != null) {
                String schema = dialect.foldIdentifier(config.schema());
                try {
                    if (!dialect.schemaExists(connection, schema)) {
                        warnAboutCase(dialect, connection, schema);
                        throw new SQLException("no schema " + schema);
                    }
                    dialect.useSchema(connection, schema);
                } catch (SQLException e) {
                    // The schema may not exist yet; upgrade creates it before the first migration.
                    config.listener().info("Schema " + config.schema() + " does not exist yet.");
                }
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * A configured schema that does not exist, while one whose name differs only by case does, is almost always the
     * one meant ({@code PUBLIC} on a database that folds to lower case, a schema once created as {@code "App"}):
     * without a word, upgrade would create a second schema and apply every revision there again. Said once per
     * workspace.
     */
    private void warnAboutCase(Dialect dialect, Connection connection, String schema) throws SQLException {
        if (warnedAboutCase) {
            return;
        }
        List<String> similar = new ArrayList<>();
        try (java.sql.ResultSet rs = connection.getMetaData().getSchemas()) {
            while (rs.next()) {
                String existing = rs.getString("TABLE_SCHEM");
                if (existing != null && existing.equalsIgnoreCase(schema) && !existing.equals(schema)) {
                    similar.add(existing);
                }
            }
        }
        if (!similar.isEmpty()) {
            warnedAboutCase = true;
            config.listener().warn("migrate.schema = " + config.schema() + " names schema " + dialect.quoteIdentifier(schema)
                    + ", which does not exist, but " + String.join(" and ", similar.stream().map(dialect::quoteIdentifier)
                    .toList()) + " does: the names differ only by case, and " + dialect.displayName() + " treats them as "
                    + "different schemas. Writing goals would create " + dialect.quoteIdentifier(schema) + " and apply "
                    + "every revision there again. migrate.schema is folded as " + dialect.displayName() + " folds "
                    + "unquoted names, so it cannot name the existing one: if that is the schema you mean, leave "
                    + "migrate.schema unset when it is the connection's default, or rename it to "
                    + dialect.quoteIdentifier(schema) + ".");
        }
    }

    /** A further connection to the same database, e.g. the migration lock's own. */
    Connection connectAgain(Dialect dialect) {
        return Connector.open(config, dialect);
    }

    /**
     * Retries only until the database has answered once: the retries wait for a database that starts with the
     * application, and a health check asking later must learn at once that it is gone.
     */
    private Connection openWithRetries(Dialect dialect) {
        RunOptions options = config.options();
        int attempts = reachedOnce ? 1 : options.connectRetries() + 1;
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                Connection connection = Connector.open(config, dialect);
                reachedOnce = true;
                return connection;
            } catch (MigrateException e) {
                if (e.kind() != ErrorKind.CONNECTION || attempt == attempts) {
                    if (attempt == 1) {
                        throw e;
                    }
                    throw new MigrateException(e.kind(), e.getMessage() + " (gave up after " + attempt
                            + " attempts in " + describe(Duration.ofMillis(millisSince(start) / 100 * 100))
                            + ", migrate.connectRetries = " + options.connectRetries() + ")", e.getCause());
                }
                Duration pause = options.retryPause(attempt);
                Duration budget = options.connectBudget();
                config.listener().warn("Cannot connect yet (attempt " + attempt + " of " + attempts + "): "
                        + e.getMessage() + " Trying again in " + describe(pause)
                        + (budget == null || attempt > 1 ? "" : "; all " + attempts + " attempts end within "
                        + describe(budget) + " (migrate.connectTimeout, migrate.connectRetries)") + ".");
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new MigrateException(ErrorKind.CONNECTION, "interrupted while waiting to connect again to "
                            + database(), interrupted);
                }
            }
        }
    }

    /** {@code 60 s}, {@code 2.5 s}, {@code 300 ms}. */
    static String describe(java.time.Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s"
                : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /**
     * Checks a target before anything is opened: its syntax, and, when it does not depend on the database (an id,
     * prefix, label, {@code head}, ...), that the files' graph resolves it. Targets relative to the database's state
     * are checked once its version rows are read. Errors name {@code migrate.target}.
     */
    static void checkTarget(ScriptDirectory scripts, String text) {
        Target target = parseTarget(text);
        boolean relativeToDatabase = Target.Anchor.CURRENT.equals(target.anchor())
                || (target.anchor() == null && target.relative() != 0) || (target.label() != null
                && target.anchor() == null);
        if (!relativeToDatabase) {
            try {
                resolving(scripts, () -> new TargetResolver(scripts.graph()).resolve(target, List.of()));
            } catch (MigrateException e) {
                throw e.kind() == ErrorKind.TARGET ? targetError(e) : e;
            }
        }
    }

    /**
     * Reads every location, in order, into one graph, every statement split: for goals that run or record
     * revisions, which refuse a bad file before they touch the database. A directory or class path location that
     * does not exist is an error; compiled classes that do not exist yet (a project not compiled) hold no Java
     * migrations.
     */
    ScriptDirectory loadScripts(SplitOptions options) {
        return loadScripts(options, ScriptDirectory.Detail.FULL);
    }

    /**
     * Like {@link #loadScripts(SplitOptions)}, but the statements of a SQL file are split only if asked for: for
     * goals that report on the graph and the checksums. A file whose statements cannot be split still stops
     * {@code upgrade}; its header and checksum are all that {@code status} needs, and a pending revision shows as
     * pending.
     */
    ScriptDirectory loadHeaders(SplitOptions options) {
        return loadScripts(options, ScriptDirectory.Detail.HEADERS);
    }

    private ScriptDirectory loadScripts(SplitOptions options, ScriptDirectory.Detail detail) {
        List<ScriptSource> sources = new ArrayList<>();
        for (Location location : config.locations()) {
            ScriptSource source = location.source(config.classLoader());
            if (source.exists()) {
                sources.add(source);
            } else if (location.kind() == Location.Kind.FILESYSTEM) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "the migrations directory " + location.shownAs()
                        + " does not exist; create the first revision with migrate:generate "
                        + "-Dmigrate.message=\"...\", or point migrate.migrationsDirectory at your migrations");
            } else if (location.kind() == Location.Kind.CLASSPATH) {
                throw new MigrateException(ErrorKind.CONFIGURATION, location.shownAs() + " is not on the class path: no "
                        + "directory or jar there has " + location.path() + "/. Check the location, and that the "
                        + "migrations are packaged with the application (src/main/resources/" + location.path() + ")");
            }
        }
        ScriptDirectory scripts = ScriptDirectory.load(sources, options, config.classLoader(), detail,
                config.placeholders(), builtIns());
        scripts.warnings().forEach(config.listener()::warn);
        return scripts;
    }

    /**
     * The run's built-in placeholders: {@code ${migrate:schema}} is the configured schema (as the database folds
     * it), {@code ${migrate:user}} the configured user; without them, the connection's own, read once when a file
     * first uses them.
     */
    Placeholders.BuiltIns builtIns() {
        return new Placeholders.BuiltIns() {
            @Override
            public Optional<String> value(String name) {
                return switch (name) {
                    case "schema" -> Optional.ofNullable(config.schema() != null
                            ? dialectOrDefault().foldIdentifier(config.schema()) : connectedFacts()[0]);
                    case "user" -> Optional.ofNullable(config.connection() != null && config.connection().user() != null
                            ? config.connection().user() : connectedFacts()[1]);
                    default -> Optional.empty();
                };
            }

            @Override
            public String whyMissing(String name) {
                return name.equals("revision") ? "a callback file runs for no single revision; use it in revision "
                        + "files only" : "the database does not say; set migrate." + name;
            }
        };
    }

    /** The connection's schema and user, asked once. */
    private synchronized String[] connectedFacts() {
        if (connectedSchema == null && connectedUser == null) {
            try (Connection connection = openWithRetries(null)) {
                connectedSchema = connection.getSchema();
                connectedUser = connection.getMetaData().getUserName();
            } catch (SQLException e) {
                throw new MigrateException(ErrorKind.CONNECTION, "cannot read the schema and user for the built-in "
                        + "placeholders from " + database() + ": " + scrub(e.getMessage()));
            }
        }
        return new String[] {connectedSchema, connectedUser};
    }

    /** {@code text} without the password and the values of secret placeholders, for anything printed. */
    String scrub(String text) {
        String password = config.connection() == null ? null : config.connection().password();
        return config.placeholders().mask(Secrets.scrub(text, password));
    }

    /** The directory generate and merge write to: the first filesystem location. */
    Path writableDirectory(String goal) {
        return config.writableLocation().map(Location::directory).orElseThrow(() -> new MigrateException(
                ErrorKind.CONFIGURATION, goal + " writes revision files into a directory, and every location is on the "
                + "class path (" + String.join(", ", config.locations().stream().map(Location::shownAs).toList())
                + "); add filesystem:<directory>, e.g. "
                + "filesystem:src/main/resources/db/migrations"));
    }

    /** A database's schema as autogenerate and the checks read it: the configured schema, without migrate's tables. */
    static DatabaseSchema readSchema(MigrateConfig config, Dialect dialect, SchemaSupport support, Connection connection)
            throws SQLException {
        return new SchemaReader(dialect, support, config.schema(), config.tables()).read(connection);
    }

    VersionStore versionStore(Dialect dialect) {
        return new VersionStore(dialect, config.schema() == null ? null : dialect.foldIdentifier(config.schema()),
                config.tables());
    }

    /** Reads the version rows and checks that the files know every one of them. */
    Optional<List<String>> readHeads(VersionStore store, Connection connection, ScriptDirectory scripts)
            throws SQLException {
        Optional<List<String>> rows = store.readHeads(connection);
        if (rows.isEmpty() && !store.tables().areDefaults()) {
            warnAboutDefaultTables(store, connection);
        }
        for (String row : rows.orElse(List.of())) {
            if (!scripts.contains(row)) {
                throw new MigrateException(ErrorKind.DATABASE_STATE, "the database is at " + row + ", which is not in "
                        + scripts.description() + "; are you on the right branch? (" + store.versionTable()
                        + " lists " + String.join(", ", rows.get()) + ")");
            }
        }
        return rows;
    }

    /**
     * A configured version table that does not exist yet, next to migrate's default one that does, is most often a
     * renamed setting whose tables were not renamed: every revision would look pending. Two applications that share
     * a schema, each with its own tables, look the same, so this is a warning, not a refusal.
     */
    private void warnAboutDefaultTables(VersionStore store, Connection connection) throws SQLException {
        VersionStore defaults = new VersionStore(store.dialect(), store.schema());
        if (dialectTableExists(store.dialect(), connection, store.schema(), VersionTables.DEFAULT_VERSION)) {
            config.listener().warn("migrate.versionTable = " + store.tables().version() + " does not exist yet, but "
                    + defaults.versionTable() + " does. If you changed migrate.versionTable or migrate.historyTable "
                    + "for a database migrate already manages, rename the tables first (ALTER TABLE "
                    + defaults.versionTable() + " RENAME TO " + store.tables().version() + ", and the same for "
                    + defaults.historyTable() + "), or every revision counts as pending.");
        }
    }

    private static boolean dialectTableExists(Dialect dialect, Connection connection, String schema, String table)
            throws SQLException {
        return dialect.tableExists(connection, schema, dialect.foldIdentifier(table));
    }

    /** The version rows, on a connection opened for reading them only, checked against the files. */
    List<String> currentRows(Dialect dialect, ScriptDirectory scripts) throws SQLException {
        try (Connection connection = connect(dialect)) {
            return readHeads(versionStore(dialect), connection, scripts).orElse(List.of());
        }
    }

    /** Plans against the files' graph; target problems are reported with the files they concern. */
    static MigrationPlan plan(ScriptDirectory scripts, Function<MigrationPlanner, MigrationPlan> how) {
        return resolving(scripts, () -> how.apply(new MigrationPlanner(scripts.graph())));
    }

    /** Asks the files' graph something; target problems are reported with the files they concern. */
    static <T> T resolving(ScriptDirectory scripts, Supplier<T> question) {
        try {
            return question.get();
        } catch (GraphException e) {
            throw Problems.graph(e, scripts);
        }
    }

    MigrationExecutor executor(Dialect dialect, VersionStore store) {
        return new MigrationExecutor(dialect, store, config.listener(), config.clock(), appliedBy(), this::scrub);
    }

    /** Who runs migrate, for the journal: the operating-system user. */
    static String appliedBy() {
        return System.getProperty("user.name", "unknown");
    }

    /** Checks the target's syntax before anything connects; errors name {@code migrate.target}. */
    static Target parseTarget(String target) {
        try {
            return Target.parse(target);
        } catch (GraphException e) {
            throw targetError(Problems.graph(e, null));
        }
    }

    /** Plans towards a target the user gave; target problems name {@code migrate.target} and the files. */
    static MigrationPlan planTo(ScriptDirectory scripts, Function<MigrationPlanner, MigrationPlan> how) {
        try {
            return plan(scripts, how);
        } catch (MigrateException e) {
            throw e.kind() == ErrorKind.TARGET ? targetError(e) : e;
        }
    }

    private static MigrateException targetError(MigrateException e) {
        return new MigrateException(e.kind(), "migrate.target: " + e.getMessage(), e.getCause());
    }

    /**
     * {@code migrate.transactionMode=all} needs transactional DDL; checked before connecting, so a wrong setting
     * never touches the database.
     */
    void checkTransactionMode(Dialect dialect) {
        if (config.options().transactionMode() == TransactionMode.ALL && !dialect.features().transactionalDdl()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.transactionMode = all needs a database "
                    + "whose DDL is transactional, and " + dialect.displayName() + " commits DDL on its own: one "
                    + "transaction could not undo a failed run. Use migrate.transactionMode = per-migration (the "
                    + "default); nothing was changed.");
        }
    }

    /** {@code migrate.transactionMode=all} cannot run a {@code transaction:false} section. */
    void checkTransactionMode(MigrationPlan plan, ScriptDirectory scripts) {
        if (config.options().transactionMode() != TransactionMode.ALL) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (MigrationStep step : plan.steps()) {
            RevisionScript script = scripts.script(step.id());
            Section section = script.section(step.direction());
            if (section != null && !section.transactional()) {
                problems.add(script.location() + ":" + section.line());
            }
        }
        if (!problems.isEmpty()) {
            throw new MigrateException(ErrorKind.REFUSED, "migrate.transactionMode = all cannot run "
                    + String.join(", ", problems) + ": " + (problems.size() == 1 ? "that section is" : "those sections are")
                    + " marked transaction:false and must run outside a transaction. Run with migrate.transactionMode = "
                    + "per-migration (the default); nothing was changed.");
        }
    }

    MigrationExecutor.Options executorOptions(MigrationExecutor.Resume resume, ScriptDirectory scripts) {
        return new MigrationExecutor.Options(config.options().transactionMode() == TransactionMode.ALL, resume,
                callbacks(scripts));
    }

    /** The callback files of the locations, then the Java callbacks of the configuration. */
    Callbacks callbacks(ScriptDirectory scripts) {
        return new Callbacks(scripts.callbacks(), config.callbacks());
    }

    void refuseIrreversible(MigrationPlan plan, ScriptDirectory scripts) {
        List<String> problems = new ArrayList<>();
        for (MigrationStep step : plan.steps()) {
            RevisionScript script = scripts.script(step.id());
            script.whyIrreversible().ifPresent(why -> problems.add(step.id() + " (" + script.location() + "): " + why));
        }
        if (!problems.isEmpty()) {
            throw new MigrateException(ErrorKind.REFUSED, "cannot downgrade to " + plan.target()
                    + ", nothing was changed: " + String.join("; ", problems)
                    + ". Downgrade to a revision above it, or add a downgrade section.");
        }
    }

    String nothingToDo(String what, String target, List<String> heads, ScriptDirectory scripts) {
        if (scripts.graph().size() == 0) {
            return "Nothing to " + what + ": " + scripts.description() + " has no revisions yet.";
        }
        return "Nothing to " + what + ": the database is already at " + describe(heads) + " (target " + target + ").";
    }

    static String describe(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    static String describeWithFiles(List<String> ids, ScriptDirectory scripts) {
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            parts.add(scripts == null ? id : id + " (" + scripts.script(id).location() + ")");
        }
        return String.join(" and ", parts);
    }

    static RevisionSummary summary(RevisionScript script) {
        return new RevisionSummary(script.revision(), script.message(), script.location());
    }

    static List<RevisionSummary> summaries(ScriptDirectory scripts, List<String> ids) {
        return ids.stream().map(id -> summary(scripts.script(id))).toList();
    }

    /** A revision with its header fields, for the heads, branches and show reports. */
    static RevisionDetail detail(ScriptDirectory scripts, String id) {
        RevisionScript script = scripts.script(id);
        return new RevisionDetail(summary(script), script.header().revises(), script.header().createDate(),
                List.copyOf(script.header().branchLabels()), script.header().dependsOn());
    }

    static String newRevisionId(RevisionGraph graph) {
        String id;
        do {
            byte[] bytes = new byte[6];
            RANDOM.nextBytes(bytes);
            id = HexFormat.of().formatHex(bytes);
        } while (graph.contains(id) || graph.labelOwner(id).isPresent());
        return id;
    }

    static String checkRevisionId(String id, ScriptDirectory scripts) {
        if (!RevisionGraph.ID_PATTERN.matcher(id).matches() || RevisionGraph.RESERVED.contains(id)) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.revisionId = '" + id
                    + "' is not a valid revision id; use letters, digits and '_' (and not head, heads, base, current)");
        }
        if (id.length() > ScriptHeader.MAX_ID_LENGTH) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.revisionId is " + id.length() + " characters "
                    + "long; the version table holds ids of at most " + ScriptHeader.MAX_ID_LENGTH + ", so use a shorter one");
        }
        if (scripts != null && scripts.contains(id)) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.revisionId = '" + id
                    + "' already exists in " + scripts.script(id).location());
        }
        if (scripts != null && scripts.graph().labelOwner(id).isPresent()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.revisionId = '" + id + "' is a branch label of "
                    + scripts.script(scripts.graph().labelOwner(id).get()).location() + "; choose another id");
        }
        return id;
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Runs {@code work} and turns every expected failure into a {@link MigrateException} meant for users. */
    <T> T translate(Work<T> work) {
        try {
            return work.run();
        } catch (MigrateException e) {
            String scrubbed = scrub(e.getMessage());
            throw scrubbed.equals(e.getMessage()) ? e : new MigrateException(e.kind(), scrubbed, e.getCause());
        } catch (ScriptException e) {
            throw new MigrateException(ErrorKind.SCRIPT, scrub(e.getMessage()), e);
        } catch (ModelException e) {
            throw new MigrateException(ErrorKind.CONFIGURATION, e.getMessage(), e);
        } catch (GraphException e) {
            throw Problems.graph(e, null);
        } catch (MigrationFailedException e) {
            throw new MigrateException(ErrorKind.MIGRATION_FAILED, scrub(e.getMessage()), e);
        } catch (DatabaseStateException e) {
            throw new MigrateException(ErrorKind.DATABASE_STATE, scrub(e.getMessage()), e);
        } catch (LockTimeoutException e) {
            throw new MigrateException(ErrorKind.LOCK_TIMEOUT, "cannot migrate " + database() + ": "
                    + scrub(e.getMessage()) + " (migrate.lockTimeout). Another migrate is working on "
                    + "this database; let it finish, or raise migrate.lockTimeout. A lock is never left behind: it is "
                    + "released when its holder's connection closes.", e);
        } catch (SQLException e) {
            throw new MigrateException(ErrorKind.DATABASE_STATE, "database error on " + database() + ": "
                    + scrub(e.getMessage()));
        } catch (UncheckedIOException e) {
            throw new MigrateException(ErrorKind.IO, e.getMessage(), e);
        } catch (IOException e) {
            throw new MigrateException(ErrorKind.IO, e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException, IOException;
    }
}
