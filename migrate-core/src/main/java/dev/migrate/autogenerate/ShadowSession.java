package dev.migrate.autogenerate;

import dev.migrate.apply.VersionTables;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaSupport;
import dev.migrate.dialect.ShadowDatabase;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A private shadow database of the target's dialect, and what autogenerate and the checks do with it: replay
 * revisions, undo one, build the model, read the schema. Revisions run through a {@link RevisionRunner}, the same
 * way as on the real database. The shadow is always dropped by {@link #close()} (and, for shadows a dialect creates
 * on a server, on Ctrl-C).
 */
public final class ShadowSession implements AutoCloseable {

    private final Dialect dialect;
    private final SchemaSupport support;
    private final ShadowDatabase shadow;
    private final RevisionRunner runner;
    private final SchemaReader reader;
    /** The configured schema, as stored; null for the connection's own. */
    private final String schema;

    /**
     * @param shadow the shadow database, which this session owns and closes
     * @param runner runs revisions on {@code shadow}
     * @param schema the configured schema as written, or null
     * @param tables the names of migrate's tables, which the replay creates on the shadow
     */
    public ShadowSession(Dialect dialect, SchemaSupport support, ShadowDatabase shadow, RevisionRunner runner,
                         String schema, VersionTables tables) {
        this.dialect = dialect;
        this.support = support;
        this.shadow = shadow;
        this.runner = runner;
        this.reader = new SchemaReader(dialect, support, schema, tables);
        this.schema = schema == null ? null : dialect.foldIdentifier(schema);
    }

    public SchemaSupport support() {
        return support;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Empties the shadow. */
    public void reset() throws SQLException {
        shadow.reset();
    }

    /** Upgrades the shadow to {@code target} ({@code null}: every head; {@code "base"}: nothing); how many ran. */
    public int replay(ScriptDirectory scripts, String target) throws SQLException, IOException {
        if (scripts == null || scripts.graph().size() == 0 || "base".equals(target)) {
            return 0;
        }
        return runner.upgrade(scripts, target == null ? "heads" : target);
    }

    /** Downgrades the shadow to {@code target}. */
    public void downgrade(ScriptDirectory scripts, String target) throws SQLException, IOException {
        runner.downgrade(scripts, target);
    }

    /** Undoes exactly {@code revision}, which nothing applied may need. */
    public void undo(ScriptDirectory scripts, String revision) throws SQLException {
        runner.undo(scripts, revision);
    }

    /** The shadow's schema, without migrate's own tables. */
    public DatabaseSchema introspect() throws SQLException {
        try (Connection connection = shadow.connect()) {
            useSchema(connection, false);
            return introspect(connection);
        }
    }

    /** The schema of any database of this dialect, read the same way. */
    public DatabaseSchema introspect(Connection connection) throws SQLException {
        return reader.read(connection);
    }

    /** Builds {@code model} on the shadow, which must be empty, in the configured schema. */
    public void build(ModelSource model) throws SQLException {
        try (Connection connection = shadow.connect()) {
            connection.setAutoCommit(true);
            useSchema(connection, true);
            model.build(connection, dialect);
        }
    }

    private void useSchema(Connection connection, boolean create) throws SQLException {
        if (schema == null) {
            return;
        }
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

    @Override
    public void close() throws SQLException {
        shadow.close();
    }
}
