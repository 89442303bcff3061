package dev.migrate.api;

import dev.migrate.apply.DatabaseStateException;
import dev.migrate.apply.MigrationExecutor;
import dev.migrate.apply.MigrationFailedException;
import dev.migrate.apply.VersionStore;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.DialectRegistry;
import dev.migrate.graph.GraphException;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationPlanner;
import dev.migrate.graph.MigrationStep;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.Target;
import dev.migrate.report.AppliedMigration;
import dev.migrate.report.DowngradeResult;
import dev.migrate.report.HistoryEntry;
import dev.migrate.report.HistoryReport;
import dev.migrate.report.MigrationListener;
import dev.migrate.report.RevisionSummary;
import dev.migrate.report.StatusReport;
import dev.migrate.report.UpgradeResult;
import dev.migrate.script.DirectorySource;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.ScriptException;
import dev.migrate.script.ScriptWriter;
import dev.migrate.script.SplitOptions;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MigrateConfig config;
    private final DialectRegistry dialects;

    public Migrator(MigrateConfig config) {
        this.config = config;
        this.dialects = DialectRegistry.load(config.classLoader());
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
        return translate(() -> {
            long start = System.nanoTime();
            Dialect dialect = dialect();
            ScriptDirectory scripts = loadScripts(dialect.splitOptions());
            Target.parse(target);
            try (Connection connection = connect(dialect)) {
                VersionStore store = versionStore(dialect);
                Optional<List<String>> rows = readHeads(store, connection, scripts);
                List<String> heads = rows.orElse(List.of());
                MigrationPlan plan = plan(scripts, planner -> planner.planUpgrade(heads, target));
                if (plan.isEmpty()) {
                    config.listener().info(nothingToDo("upgrade", target, heads, scripts));
                    return new UpgradeResult(target, heads, heads, List.of(), millisSince(start));
                }
                config.listener().info("Upgrading " + describe(heads) + " to " + target + ": " + plan.steps().size()
                        + " revision(s) to apply.");
                if (rows.isEmpty()) {
                    store.createTables(connection);
                    config.listener().info("Created " + store.versionTable() + " and " + store.historyTable() + ".");
                }
                List<AppliedMigration> applied = executor(dialect, store).execute(connection, plan, scripts);
                return new UpgradeResult(target, heads, plan.headsAfter(), applied, millisSince(start));
            }
        });
    }

    /** Runs downgrade sections down to {@code target} (-1, -N, a revision, base, ...). */
    public DowngradeResult downgrade(String target) {
        return translate(() -> {
            long start = System.nanoTime();
            Dialect dialect = dialect();
            ScriptDirectory scripts = loadScripts(dialect.splitOptions());
            Target.parse(target);
            try (Connection connection = connect(dialect)) {
                VersionStore store = versionStore(dialect);
                List<String> heads = readHeads(store, connection, scripts).orElse(List.of());
                if (heads.isEmpty()) {
                    config.listener().info("Nothing to downgrade: no revision is applied to " + database() + ".");
                    return new DowngradeResult(target, heads, heads, List.of(), millisSince(start));
                }
                MigrationPlan plan = plan(scripts, planner -> planner.planDowngrade(heads, target));
                refuseIrreversible(plan, scripts);
                if (plan.isEmpty()) {
                    config.listener().info(nothingToDo("downgrade", target, heads, scripts));
                    return new DowngradeResult(target, heads, heads, List.of(), millisSince(start));
                }
                config.listener().info("Downgrading " + describe(heads) + " to " + target + ": "
                        + plan.steps().size() + " revision(s) to undo.");
                List<AppliedMigration> undone = executor(dialect, store).execute(connection, plan, scripts);
                return new DowngradeResult(target, heads, plan.headsAfter(), undone, millisSince(start));
            }
        });
    }

    /** Where the database stands: current revisions, heads, pending revisions. Changes nothing. */
    public StatusReport status() {
        return translate(() -> {
            Dialect dialect = dialect();
            ScriptDirectory scripts = loadScripts(dialect.splitOptions());
            RevisionGraph graph = scripts.graph();
            try (Connection connection = connect(dialect)) {
                List<String> heads = readHeads(versionStore(dialect), connection, scripts).orElse(List.of());
                List<RevisionSummary> pending = new ArrayList<>();
                if (!graph.heads().isEmpty()) {
                    for (MigrationStep step : plan(scripts, p -> p.planUpgrade(heads, Target.Anchor.HEADS)).steps()) {
                        pending.add(summary(scripts.script(step.id())));
                    }
                }
                return new StatusReport(database(), databaseSource(), dialect.name(), scripts.description(),
                        graph.size(), summaries(scripts, graph.inInputOrder(heads)), summaries(scripts, graph.heads()),
                        pending, scripts.warnings());
            }
        });
    }

    /** Every revision, newest first, with whether the database has it applied. Changes nothing. */
    public HistoryReport history() {
        return translate(() -> {
            Dialect dialect = dialect();
            ScriptDirectory scripts = loadScripts(dialect.splitOptions());
            RevisionGraph graph = scripts.graph();
            List<String> heads;
            try (Connection connection = connect(dialect)) {
                heads = readHeads(versionStore(dialect), connection, scripts).orElse(List.of());
            }
            Set<String> applied = graph.appliedBy(heads);
            List<String> order = graph.topologicalOrder();
            List<HistoryEntry> entries = new ArrayList<>(order.size());
            for (int k = order.size() - 1; k >= 0; k--) {
                String id = order.get(k);
                RevisionScript script = scripts.script(id);
                entries.add(new HistoryEntry(summary(script), script.header().revises(), script.header().createDate(),
                        applied.contains(id), graph.children(id).isEmpty(), heads.contains(id),
                        graph.children(id).size() > 1, script.header().revises().size() > 1));
            }
            return new HistoryReport(scripts.description(), database(), entries);
        });
    }

    /**
     * Writes a new revision file on top of the current head of the files (not of the database): empty, or with
     * {@link GenerateRequest#autogenerate()} the difference between the migrations and the schema files.
     */
    public GeneratedRevision generate(GenerateRequest request) {
        return translate(() -> {
            String message = request.message() == null ? "" : request.message().strip();
            if (message.isEmpty()) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "a message is required (migrate.message): say "
                        + "what the revision does, e.g. -Dmigrate.message=\"Add users table\"");
            }
            if (message.contains("\n")) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.message must be one line");
            }
            Path directory = config.migrationsDirectory();
            Dialect dialect = request.autogenerate() ? dialect() : dialectOrDefault();
            ScriptDirectory scripts = Files.isDirectory(directory) ? loadScripts(dialect.splitOptions()) : null;
            RevisionGraph graph = scripts == null ? RevisionGraph.build(List.of()) : scripts.graph();
            String id = request.revisionId() == null ? newRevisionId(graph) : checkRevisionId(request.revisionId(), scripts);
            List<String> heads = graph.heads();
            if (heads.size() > 1) {
                throw new MigrateException(ErrorKind.GRAPH, "the migrations have several heads: "
                        + describeWithFiles(heads, scripts) + "; merge them first (a revision whose Revises lists "
                        + String.join(", ", heads) + ")");
            }
            LocalDateTime created = LocalDateTime.now(config.clock());
            Path file = directory.resolve(ScriptWriter.fileName(created, id, message));
            if (!request.autogenerate()) {
                write(file, ScriptWriter.render(message, id, heads, created, Set.of(), List.of(), "", ""));
                config.listener().info("Generated " + id + " (" + message + ")" + (heads.isEmpty() ? ", a base revision"
                        : ", revises " + String.join(", ", heads)) + ": " + file);
                return new GeneratedRevision(id, heads, file, 0, List.of(), true);
            }
            try (Autogenerator autogenerator = Autogenerator.open(config, dialect)) {
                Autogenerator.Draft draft = autogenerator.draft(scripts, request.compareWith(),
                        (loaded, introspection) -> introspectLiveAtHead(dialect, loaded, introspection));
                List<String> warnings = new ArrayList<>(draft.diff().warnings());
                warnings.forEach(config.listener()::warn);
                if (draft.diff().isEmpty() && !request.allowEmpty()) {
                    config.listener().info("No changes detected: the migrations already produce the schema in "
                            + schemaFilesShown() + "; no file written (migrate.allowEmpty=true writes an empty one).");
                    return new GeneratedRevision(null, heads, null, 0, warnings, true);
                }
                List<String> notes = new ArrayList<>();
                notes.add("Autogenerated from " + schemaFilesShown() + " (" + draft.diff().ops().size()
                        + " operation(s)). Review it before you commit it.");
                warnings.forEach(w -> notes.add("WARNING: " + w));
                write(file, ScriptWriter.render(message, id, heads, created, Set.of(), List.of(), notes,
                        draft.upgrade(), draft.downgrade()));
                List<String> problems = draft.diff().isEmpty() ? List.of()
                        : autogenerator.verify(loadScripts(dialect.splitOptions()), id, draft);
                if (!problems.isEmpty()) {
                    notes.add("WARNING: this file was checked on a shadow database and is NOT right yet: "
                            + String.join("; ", problems) + ". Fix it by hand before applying it.");
                    Files.writeString(file, ScriptWriter.render(message, id, heads, created, Set.of(), List.of(), notes,
                            draft.upgrade(), draft.downgrade()), StandardCharsets.UTF_8);
                    problems.forEach(p -> config.listener().warn("Verification failed: " + p));
                    warnings.addAll(problems);
                } else if (!draft.diff().isEmpty()) {
                    config.listener().info("Verified on the shadow database: the upgrade reproduces the schema files "
                            + "and the downgrade restores the previous schema.");
                }
                config.listener().info("Generated " + id + " (" + message + ") with " + draft.diff().ops().size()
                        + " operation(s)" + (heads.isEmpty() ? ", a base revision" : ", revises " + String.join(", ", heads))
                        + ": " + file);
                return new GeneratedRevision(id, heads, file, draft.diff().ops().size(), warnings, problems.isEmpty());
            }
        });
    }

    private void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new MigrateException(ErrorKind.IO, file + " already exists; choose another message or revision id");
        } catch (IOException e) {
            throw new MigrateException(ErrorKind.IO, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private String schemaFilesShown() {
        return String.join(", ", config.schemaFiles().stream().map(Path::toString).toList());
    }

    /** Reads the configured database for {@code compareWith=database}; refuses unless it is at the head. */
    private dev.migrate.schema.model.DatabaseSchema introspectLiveAtHead(Dialect dialect, ScriptDirectory scripts,
                                                                         Autogenerator.Introspection introspection)
            throws SQLException {
        try (Connection connection = connect(dialect)) {
            List<String> heads = readHeads(versionStore(dialect), connection, scripts).orElse(List.of());
            List<String> wanted = scripts == null ? List.of() : scripts.graph().heads();
            if (!new java.util.HashSet<>(heads).equals(new java.util.HashSet<>(wanted))) {
                throw new MigrateException(ErrorKind.REFUSED, "the database is not up to date: run migrate:upgrade "
                        + "first (it is at " + describe(heads) + "; the head is " + describe(wanted) + ")");
            }
            return introspection.read(connection);
        }
    }

    // ----------------------------------------------------------------------------------------------- plumbing

    private Dialect dialect() {
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
    private Dialect dialectOrDefault() {
        try {
            return dialect();
        } catch (MigrateException e) {
            return dialects.byName("postgresql").orElseThrow(() -> e);
        }
    }

    private String jdbcUrl() {
        if (config.connection() != null) {
            return config.connection().jdbcUrl();
        }
        try (Connection connection = config.dataSource().getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw Connector.classify(e, "the DataSource", null, null);
        }
    }

    private String database() {
        return config.connection() != null ? config.connection().maskedUrl() : "DataSource";
    }

    private String databaseSource() {
        return config.connection() != null ? config.connection().describeSources() : "supplied by the application";
    }

    private Connection connect(Dialect dialect) throws SQLException {
        Connection connection = Connector.open(config, dialect);
        try {
            connection.setAutoCommit(true);
            if (config.schema() != null) {
                String schema = dialect.foldIdentifier(config.schema());
                try {
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

    private ScriptDirectory loadScripts(SplitOptions options) {
        Path directory = config.migrationsDirectory();
        DirectorySource source = new DirectorySource(directory, config.migrationsShownAs());
        if (!source.exists()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "the migrations directory " + config.migrationsShownAs()
                    + " does not exist; create the first revision with migrate:generate "
                    + "-Dmigrate.message=\"...\", or point migrate.migrationsDirectory at your migrations");
        }
        ScriptDirectory scripts = ScriptDirectory.load(source, options);
        scripts.warnings().forEach(config.listener()::warn);
        return scripts;
    }

    private VersionStore versionStore(Dialect dialect) {
        return new VersionStore(dialect, config.schema() == null ? null : dialect.foldIdentifier(config.schema()));
    }

    /** Reads the version rows and checks that the files know every one of them. */
    private Optional<List<String>> readHeads(VersionStore store, Connection connection, ScriptDirectory scripts)
            throws SQLException {
        Optional<List<String>> rows = store.readHeads(connection);
        for (String row : rows.orElse(List.of())) {
            if (!scripts.contains(row)) {
                throw new MigrateException(ErrorKind.DATABASE_STATE, "the database is at " + row + ", which is not in "
                        + scripts.description() + "; are you on the right branch? (" + store.versionTable()
                        + " lists " + String.join(", ", rows.get()) + ")");
            }
        }
        return rows;
    }

    /** Plans against the files' graph; target problems are reported with the files they concern. */
    private static MigrationPlan plan(ScriptDirectory scripts, java.util.function.Function<MigrationPlanner, MigrationPlan> how) {
        try {
            return how.apply(new MigrationPlanner(scripts.graph()));
        } catch (GraphException e) {
            throw Problems.graph(e, scripts);
        }
    }

    private MigrationExecutor executor(Dialect dialect, VersionStore store) {
        return new MigrationExecutor(dialect, store, config.listener(), config.clock(),
                System.getProperty("user.name", "unknown"));
    }

    private void refuseIrreversible(MigrationPlan plan, ScriptDirectory scripts) {
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

    private String nothingToDo(String what, String target, List<String> heads, ScriptDirectory scripts) {
        if (scripts.graph().size() == 0) {
            return "Nothing to " + what + ": " + scripts.description() + " has no revisions yet.";
        }
        return "Nothing to " + what + ": the database is already at " + describe(heads) + " (target " + target + ").";
    }

    private static String describe(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    private static String describeWithFiles(List<String> ids, ScriptDirectory scripts) {
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            parts.add(scripts == null ? id : id + " (" + scripts.script(id).location() + ")");
        }
        return String.join(" and ", parts);
    }

    private static RevisionSummary summary(RevisionScript script) {
        return new RevisionSummary(script.revision(), script.message(), script.location());
    }

    private static List<RevisionSummary> summaries(ScriptDirectory scripts, List<String> ids) {
        return ids.stream().map(id -> summary(scripts.script(id))).toList();
    }

    private static String newRevisionId(RevisionGraph graph) {
        String id;
        do {
            byte[] bytes = new byte[6];
            RANDOM.nextBytes(bytes);
            id = HexFormat.of().formatHex(bytes);
        } while (graph.contains(id) || graph.revisions().stream().anyMatch(r -> r.branchLabels().contains(r.id())));
        return id;
    }

    private static String checkRevisionId(String id, ScriptDirectory scripts) {
        if (!RevisionGraph.ID_PATTERN.matcher(id).matches() || RevisionGraph.RESERVED.contains(id)) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.revisionId = '" + id
                    + "' is not a valid revision id; use letters, digits and '_' (and not head, heads, base, current)");
        }
        if (scripts != null && scripts.contains(id)) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.revisionId = '" + id
                    + "' already exists in " + scripts.script(id).location());
        }
        return id;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Runs {@code work} and turns every expected failure into a {@link MigrateException} meant for users. */
    private <T> T translate(Work<T> work) {
        String password = config.connection() == null ? null : config.connection().password();
        try {
            return work.run();
        } catch (MigrateException e) {
            throw scrubbed(e, password);
        } catch (ScriptException e) {
            throw new MigrateException(ErrorKind.SCRIPT, e.getMessage(), e);
        } catch (GraphException e) {
            throw Problems.graph(e, null);
        } catch (MigrationFailedException e) {
            throw new MigrateException(ErrorKind.MIGRATION_FAILED, Secrets.scrub(e.getMessage(), password), e);
        } catch (DatabaseStateException e) {
            throw new MigrateException(ErrorKind.DATABASE_STATE, Secrets.scrub(e.getMessage(), password), e);
        } catch (SQLException e) {
            throw new MigrateException(ErrorKind.DATABASE_STATE, "database error on " + database() + ": "
                    + Secrets.scrub(e.getMessage(), password));
        } catch (UncheckedIOException e) {
            throw new MigrateException(ErrorKind.IO, e.getMessage(), e);
        } catch (IOException e) {
            throw new MigrateException(ErrorKind.IO, e.getMessage(), e);
        }
    }

    private static MigrateException scrubbed(MigrateException e, String password) {
        String scrubbed = Secrets.scrub(e.getMessage(), password);
        return scrubbed.equals(e.getMessage()) ? e : new MigrateException(e.kind(), scrubbed, e.getCause());
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException, IOException;
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
        private String schema;
        private String dialect;
        private MigrationListener listener;
        private Clock clock = Clock.systemDefaultZone();
        private ClassLoader classLoader;
        private List<Path> schemaFiles = List.of(Path.of("src/main/resources/db/schema.sql"));
        private String shadowUrl;

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

        /** The directory of revision files; default {@code src/main/resources/db/migrations}. */
        public Builder migrationsDirectory(Path directory) {
            this.migrationsDirectory = directory;
            return this;
        }

        /** How to show the migrations directory in messages (e.g. relative to the project). */
        public Builder migrationsShownAs(String shownAs) {
            this.migrationsShownAs = shownAs;
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

        /** An existing, empty database autogenerate may use (and empty again) instead of creating one. */
        public Builder shadowUrl(String url) {
            this.shadowUrl = url;
            return this;
        }

        public MigrateConfig buildConfig() {
            ConnectionSettings settings = connection;
            if (url != null) {
                if (connection != null) {
                    throw new MigrateException(ErrorKind.CONFIGURATION, "both url and connection settings are set; set one");
                }
                settings = ConnectionSettings.resolve(List.of(new ConnectionLayer("the Java API", url, user, password)), null);
            } else if (connection == null && dataSource == null && (user != null || password != null)) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "user or password is set but url is not");
            }
            return new MigrateConfig(settings, dataSource, migrationsDirectory, migrationsShownAs, schema, dialect,
                    listener == null ? new SystemLoggerListener() : listener, clock, classLoader, schemaFiles, shadowUrl);
        }

        public Migrator build() {
            return new Migrator(buildConfig());
        }
    }
}
