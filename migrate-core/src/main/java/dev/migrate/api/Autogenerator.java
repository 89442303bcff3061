package dev.migrate.api;

import dev.migrate.apply.VersionStore;
import dev.migrate.lock.MigrationLocks;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaSupport;
import dev.migrate.dialect.ShadowDatabase;
import dev.migrate.dialect.ShadowRequest;
import dev.migrate.report.MigrationListener;
import dev.migrate.schema.diff.DiffResult;
import dev.migrate.schema.diff.RenameHints;
import dev.migrate.schema.diff.SchemaDiffer;
import dev.migrate.schema.introspect.IntrospectOptions;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.ops.SchemaOp;
import dev.migrate.schema.render.MigrationScriptRenderer;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Autogenerate: compares the schema the migrations produce with the schema the schema files describe, on one
 * private shadow database used in phases, and checks that the written file does what it says. Nothing live is
 * touched, except reading it when asked to compare with the configured database.
 *
 * <ol>
 *   <li><em>current</em>: replay every revision on the empty shadow (or read the live database) and introspect;</li>
 *   <li><em>desired</em>: empty the shadow, run the schema files, introspect;</li>
 *   <li>diff, and render the operations as the upgrade and their reverse as the downgrade;</li>
 *   <li><em>verify</em> (after the file is written): empty the shadow, replay up to the new revision and compare with
 *   the desired schema, downgrade it and compare with the current one.</li>
 * </ol>
 * The shadow is always dropped, also on failure (and, for created PostgreSQL shadows, on Ctrl-C).
 */
final class Autogenerator implements AutoCloseable {

    private final MigrateConfig config;
    private final Dialect dialect;
    private final SchemaSupport support;
    private final ShadowDatabase shadow;
    private final MigrationListener listener;

    private Autogenerator(MigrateConfig config, Dialect dialect, SchemaSupport support, ShadowDatabase shadow) {
        this.config = config;
        this.dialect = dialect;
        this.support = support;
        this.shadow = shadow;
        this.listener = config.listener();
    }

    /** Creates (or attaches) the shadow database. */
    static Autogenerator open(MigrateConfig config, Dialect dialect) throws SQLException {
        if (!(dialect instanceof SchemaSupport support)) {
            throw new MigrateException(ErrorKind.UNSUPPORTED_DATABASE, "autogenerate is not available for "
                    + dialect.displayName() + "; write the revision by hand (migrate:generate without autogenerate)");
        }
        if (config.connection() == null) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "autogenerate needs a URL (migrate.url) or a "
                    + "migrate.shadowUrl to make its shadow database; a DataSource alone is not enough");
        }
        ConnectionSettings credentials = config.connection();
        ShadowRequest.ConnectionOpener opener = url -> Connector.open(credentials, url, dialect, config.classLoader());
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
        return new Autogenerator(config, dialect, support, shadow);
    }

    /**
     * What autogenerate found, before anything is written.
     *
     * @param current   the schema the migrations produce (or the live database's)
     * @param desired   the schema the schema files describe
     * @param diff      the operations and warnings
     * @param upgrade   the upgrade section's SQL
     * @param downgrade the downgrade section's SQL
     */
    record Draft(DatabaseSchema current, DatabaseSchema desired, DiffResult diff, String upgrade, String downgrade) {
    }

    /**
     * Compares and renders.
     *
     * @param live opens the configured database, for {@link GenerateRequest.CompareWith#DATABASE}
     */
    Draft draft(ScriptDirectory scripts, GenerateRequest.CompareWith compareWith, Live live) throws SQLException {
        String schemaText = readSchemaFiles();
        DatabaseSchema current;
        if (compareWith == GenerateRequest.CompareWith.DATABASE) {
            current = live.introspectAtHead(scripts, this::introspect);
        } else {
            shadow.reset();
            int replayed = replay(scripts, null);
            listener.info("Replayed " + replayed + " revision(s) on the shadow database.");
            current = introspect();
        }
        shadow.reset();
        runSchemaFiles();
        DatabaseSchema desired = introspect();
        RenameHints hints = RenameHints.parse(schemaText, this::fold, desired.defaultSchema());
        DiffResult diff = new SchemaDiffer(support.diffHooks()).diff(current, desired, hints);
        MigrationScriptRenderer renderer = new MigrationScriptRenderer(support.renderer(desired.defaultSchema()));
        MigrationScriptRenderer.Sections sections = renderer.render(diff.ops());
        return new Draft(current, desired, diff, sections.upgrade(), sections.downgrade());
    }

    /**
     * Replays the revisions including the new one and compares: the upgrade must give the desired schema, the
     * downgrade the previous one. Returns what is still different, empty when the file is right.
     */
    List<String> verify(ScriptDirectory withNewRevision, String newRevision, Draft draft) throws SQLException {
        try {
            return check(withNewRevision, newRevision, draft);
        } catch (MigrateException e) {
            // A file that does not even run is exactly what verification is for: report it, do not crash.
            return List.of("replaying it on the shadow database failed: " + e.getMessage().replace('\n', ' '));
        }
    }

    private List<String> check(ScriptDirectory withNewRevision, String newRevision, Draft draft) throws SQLException {
        shadow.reset();
        List<String> problems = new ArrayList<>();
        String previousHead = withNewRevision.script(newRevision).header().revises().stream().findFirst().orElse(null);
        replay(withNewRevision, previousHead == null ? "base" : previousHead);
        DatabaseSchema before = introspect();
        replay(withNewRevision, newRevision);
        DatabaseSchema after = introspect();
        SchemaDiffer differ = new SchemaDiffer(support.diffHooks());
        DiffResult upgradeLeft = differ.diff(after, draft.desired(), RenameHints.NONE);
        if (!upgradeLeft.isEmpty()) {
            problems.add("after the upgrade, the schema still differs from the schema files: " + describe(upgradeLeft));
        }
        shadowMigrator(withNewRevision).downgrade(previousHead == null ? "base" : previousHead);
        DiffResult downgradeLeft = differ.diff(introspect(), before, RenameHints.NONE);
        if (!downgradeLeft.isEmpty()) {
            problems.add("after the downgrade, the schema differs from before the upgrade: " + describe(downgradeLeft));
        }
        return problems;
    }

    private static String describe(DiffResult left) {
        return String.join("; ", left.ops().stream().map(SchemaOp::description).toList());
    }

    /** Upgrades the shadow to {@code target} ({@code null}: every head) and returns how many revisions ran. */
    private int replay(ScriptDirectory scripts, String target) {
        if (scripts == null || scripts.graph().size() == 0 || "base".equals(target)) {
            return 0;
        }
        return shadowMigrator(scripts).upgrade(target == null ? "heads" : target).migrations().size();
    }

    private Migrator shadowMigrator(ScriptDirectory scripts) {
        ConnectionSettings credentials = config.connection();
        ConnectionSettings settings = new ConnectionSettings(shadow.url(), credentials.user(), credentials.password(),
                "shadow database", credentials.userSource(), credentials.passwordSource(), false);
        return new Migrator(new MigrateConfig(settings, null, config.migrationsDirectory(), config.migrationsShownAs(),
                config.schema(), dialect.name(), MigrationListener.NONE, config.clock(), config.classLoader(),
                List.of(), null, RunOptions.DEFAULTS));
    }

    private DatabaseSchema introspect() throws SQLException {
        try (Connection connection = shadow.connect()) {
            useSchema(connection, false);
            return introspect(connection);
        }
    }

    private DatabaseSchema introspect(Connection connection) throws SQLException {
        List<String> schemas = config.schema() == null ? List.of() : List.of(dialect.foldIdentifier(config.schema()));
        Set<String> excluded = new HashSet<>(Set.of(VersionStore.VERSION_TABLE, VersionStore.HISTORY_TABLE,
                MigrationLocks.lockTableName()));
        return support.introspector().introspect(connection, new IntrospectOptions(schemas, excluded));
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

    /** The text of all schema files, in order, separated by newlines. */
    private String readSchemaFiles() {
        if (config.schemaFiles().isEmpty()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "autogenerate needs schema files (migrate.schemaFiles): "
                    + "the whole desired schema as plain DDL, e.g. src/main/resources/db/schema.sql");
        }
        StringBuilder text = new StringBuilder();
        for (Path file : config.schemaFiles()) {
            if (!Files.isRegularFile(file)) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "schema file " + file + " does not exist "
                        + "(migrate.schemaFiles); write the desired schema there as plain DDL");
            }
            try {
                text.append(ScriptText.decode(file.toString(), Files.readAllBytes(file))).append('\n');
            } catch (IOException e) {
                throw new MigrateException(ErrorKind.IO, "cannot read schema file " + file + ": " + e.getMessage(), e);
            }
        }
        return text.toString();
    }

    /** Runs the schema files on the (empty) shadow; a failing statement names its file and line. */
    private void runSchemaFiles() throws SQLException {
        SqlSplitter splitter = new SqlSplitter(dialect.splitOptions());
        try (Connection connection = shadow.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            useSchema(connection, true);
            for (Path file : config.schemaFiles()) {
                String text;
                try {
                    text = ScriptText.decode(file.toString(), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new MigrateException(ErrorKind.IO, "cannot read schema file " + file + ": " + e.getMessage(), e);
                }
                List<SqlFragment> fragments;
                try {
                    fragments = splitter.split(text);
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
    private String fold(String written) {
        if (written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")) {
            return written.substring(1, written.length() - 1).replace("\"\"", "\"");
        }
        return dialect.foldIdentifier(written);
    }

    @Override
    public void close() throws SQLException {
        shadow.close();
    }

    /** Access to the configured database, for comparing with it. */
    @FunctionalInterface
    interface Live {
        DatabaseSchema introspectAtHead(ScriptDirectory scripts, Introspection introspection) throws SQLException;
    }

    /** Reads a schema from an open connection. */
    @FunctionalInterface
    interface Introspection {
        DatabaseSchema read(Connection connection) throws SQLException;
    }
}
