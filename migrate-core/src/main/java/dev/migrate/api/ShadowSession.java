package dev.migrate.api;

import dev.migrate.apply.VersionStore;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaSupport;
import dev.migrate.dialect.ShadowDatabase;
import dev.migrate.dialect.ShadowRequest;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.report.MigrationListener;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.ScriptText;
import dev.migrate.script.SqlFragment;
import dev.migrate.script.SqlSplitter;
import dev.migrate.script.SqlStatement;
import dev.migrate.script.SqlSyntaxException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A private shadow database of the target's dialect, and what autogenerate and the checks do with it: replay
 * revisions, undo one, run the schema files, read the schema. Revisions run through the same commands as on the
 * real database (a {@link Workspace} over the shadow), quietly. The shadow is always dropped by {@link #close()}
 * (and, for created PostgreSQL shadows, on Ctrl-C).
 */
final class ShadowSession implements AutoCloseable {

    private final MigrateConfig config;
    private final Dialect dialect;
    private final SchemaSupport support;
    private final ShadowDatabase shadow;
    private final Workspace workspace;

    private ShadowSession(MigrateConfig config, Dialect dialect, SchemaSupport support, ShadowDatabase shadow) {
        this.config = config;
        this.dialect = dialect;
        this.support = support;
        this.shadow = shadow;
        ConnectionSettings credentials = config.connection();
        ConnectionSettings settings = new ConnectionSettings(shadow.url(), credentials.user(), credentials.password(),
                "shadow database", credentials.userSource(), credentials.passwordSource(), false);
        // Java callbacks stay with the real database; the callback files are part of the revisions' SQL.
        this.workspace = new Workspace(new MigrateConfig(settings, null, config.locations(), config.schema(),
                dialect.name(), MigrationListener.NONE, config.clock(), config.classLoader(), List.of(), null,
                RunOptions.DEFAULTS, List.of()));
    }

    /** Creates (or attaches, with {@code migrate.shadowUrl}) the shadow database. */
    static ShadowSession open(MigrateConfig config, Dialect dialect, String purpose) throws SQLException {
        if (!(dialect instanceof SchemaSupport support)) {
            throw new MigrateException(ErrorKind.UNSUPPORTED_DATABASE, purpose + " is not available for "
                    + dialect.displayName() + ": it needs to read schemas, which this dialect cannot");
        }
        if (config.connection() == null) {
            throw new MigrateException(ErrorKind.CONFIGURATION, purpose + " needs a URL (migrate.url) or a "
                    + "migrate.shadowUrl to make its shadow database; a DataSource alone is not enough");
        }
        ConnectionSettings credentials = config.connection();
        ShadowRequest.ConnectionOpener opener = url -> Connector.open(credentials, url, dialect, config.classLoader(),
                config.options().connectTimeout());
        ShadowDatabase shadow;
        if (config.shadowUrl() != null) {
            shadow = support.attachShadow(new ShadowRequest(DatabaseUrl.parse(config.shadowUrl(), "migrate.shadowUrl")
                    .jdbcUrl(), opener));
            config.listener().info("Shadow database: " + Secrets.maskUrl(shadow.url()) + " (migrate.shadowUrl)");
        } else {
            shadow = support.createShadow(new ShadowRequest(credentials.jdbcUrl(), opener));
            config.listener().info("Shadow database: " + Secrets.maskUrl(shadow.url()) + " (created for this run, "
                    + "dropped afterwards)");
        }
        return new ShadowSession(config, dialect, support, shadow);
    }

    SchemaSupport support() {
        return support;
    }

    Dialect dialect() {
        return dialect;
    }

    /** Empties the shadow. */
    void reset() throws SQLException {
        shadow.reset();
    }

    /** Upgrades the shadow to {@code target} ({@code null}: every head; {@code "base"}: nothing); how many ran. */
    int replay(ScriptDirectory scripts, String target) throws SQLException, IOException {
        if (scripts == null || scripts.graph().size() == 0 || "base".equals(target)) {
            return 0;
        }
        return new UpgradeCommand(workspace).run(target == null ? "heads" : target, scripts).migrations().size();
    }

    /** Downgrades the shadow to {@code target}. */
    void downgrade(ScriptDirectory scripts, String target) throws SQLException, IOException {
        new DowngradeCommand(workspace).run(target, scripts);
    }

    /** Undoes exactly {@code revision}, which nothing applied may need. */
    void undo(ScriptDirectory scripts, String revision) throws SQLException {
        try (Connection connection = workspace.connect(dialect)) {
            VersionStore store = workspace.versionStore(dialect);
            List<String> heads = workspace.readHeads(store, connection, scripts).orElse(List.of());
            MigrationPlan plan = Workspace.plan(scripts, planner -> planner.planUndo(heads, revision));
            workspace.refuseIrreversible(plan, scripts);
            workspace.executor(dialect, store).execute(connection, plan, scripts, workspace.executorOptions(null, scripts));
        }
    }

    /** The shadow's schema, without migrate's own tables. */
    DatabaseSchema introspect() throws SQLException {
        try (Connection connection = shadow.connect()) {
            useSchema(connection, false);
            return introspect(connection);
        }
    }

    /** The schema of any database of this dialect, read the same way. */
    DatabaseSchema introspect(Connection connection) throws SQLException {
        return Workspace.readSchema(config, dialect, support, connection);
    }

    private void useSchema(Connection connection, boolean create) throws SQLException {
        if (config.schema() == null) {
            return;
        }
        String schema = dialect.foldIdentifier(config.schema());
        if (create) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : dialect.createSchemaIfMissing(schema)) {
                    statement.execute(sql);
                }
            }
        }
        try {
            dialect.useSchema(connection, schema);
        } catch (SQLException e) {
            // Not created yet (reading an empty shadow): the introspection then sees an empty schema list.
        }
    }

    /** Whether schema files are configured and exist. */
    boolean hasSchemaFiles() {
        return !config.schemaFiles().isEmpty() && config.schemaFiles().stream().allMatch(Files::isRegularFile);
    }

    /** The text of all schema files, in order, separated by newlines. */
    String schemaFilesText() {
        if (config.schemaFiles().isEmpty()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "no schema files are configured (migrate.schemaFiles): "
                    + "the whole desired schema as plain DDL, e.g. src/main/resources/db/schema.sql");
        }
        StringBuilder text = new StringBuilder();
        for (Path file : config.schemaFiles()) {
            text.append(readSchemaFile(file)).append('\n');
        }
        return text.toString();
    }

    private static String readSchemaFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "schema file " + file + " does not exist "
                    + "(migrate.schemaFiles); write the desired schema there as plain DDL");
        }
        try {
            return ScriptText.decode(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new MigrateException(ErrorKind.IO, "cannot read schema file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs the schema files on the (empty) shadow; a failing statement names its file and line. */
    void runSchemaFiles() throws SQLException {
        SqlSplitter splitter = new SqlSplitter(dialect.splitOptions());
        try (Connection connection = shadow.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            useSchema(connection, true);
            for (Path file : config.schemaFiles()) {
                List<SqlFragment> fragments;
                try {
                    fragments = splitter.split(readSchemaFile(file));
                } catch (SqlSyntaxException e) {
                    throw new MigrateException(ErrorKind.SCRIPT, file + ":" + e.line() + ": " + e.getMessage());
                }
                for (SqlFragment fragment : fragments) {
                    if (fragment instanceof SqlStatement sql) {
                        try {
                            statement.execute(sql.sql());
                        } catch (SQLException e) {
                            throw new MigrateException(ErrorKind.SCRIPT, file + ":" + sql.line()
                                    + ": the schema file does not run on " + dialect.displayName() + ": "
                                    + e.getMessage().strip() + "\n  statement: " + sql.summary());
                        }
                    }
                }
            }
        }
    }

    /** How the database stores an identifier written as {@code written} (quoted or not). */
    String fold(String written) {
        if (written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")) {
            return written.substring(1, written.length() - 1).replace("\"\"", "\"");
        }
        return dialect.foldIdentifier(written);
    }

    @Override
    public void close() throws SQLException {
        shadow.close();
    }
}
