package dev.migrate.dialect.h2;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.DialectFeatures;
import dev.migrate.dialect.SchemaSupport;
import dev.migrate.dialect.ShadowDatabase;
import dev.migrate.dialect.ShadowRequest;
import dev.migrate.lock.MigrationLock;
import dev.migrate.schema.diff.DiffHooks;
import dev.migrate.schema.introspect.Introspector;
import dev.migrate.schema.render.DdlRenderer;
import dev.migrate.script.SplitOptions;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * H2 2.x: DDL commits on its own (so a failed migration can be half-applied), {@code $$} bodies, {@code //}
 * comments, upper-case folding. It can autogenerate ({@link SchemaSupport}): shadow databases are private in-memory
 * databases unless a shadow URL is configured.
 */
public final class H2Dialect implements Dialect, SchemaSupport {

    /** {@code $$} bodies, nested block comments, {@code //} comments, backtick identifiers (MySQL mode). */
    public static final SplitOptions SPLITTING = new SplitOptions(true, false, false, true, true, true, false);

    /**
     * DDL commits on its own; upper-case folding; failed statements go to the {@code .trace.db} file; {@code ENUM} is
     * a column type, not a named type.
     */
    private static final DialectFeatures FEATURES = new DialectFeatures(false, true, true, false);

    /**
     * "Table not found", "... (candidates are ...)", "... (this database is empty)", and "Schema not found": a table
     * in a schema that does not exist does not exist either.
     */
    private static final java.util.Set<Integer> TABLE_NOT_FOUND = java.util.Set.of(42102, 42103, 42104, 90079);

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public String displayName() {
        return "H2";
    }

    @Override
    public boolean handlesUrl(String jdbcUrl) {
        return jdbcUrl.startsWith(urlPrefix());
    }

    @Override
    public String urlPrefix() {
        return "jdbc:h2:";
    }

    @Override
    public DialectFeatures features() {
        return FEATURES;
    }

    @Override
    public SplitOptions splitOptions() {
        return SPLITTING;
    }

    @Override
    public String textType() {
        return "CHARACTER LARGE OBJECT";
    }

    @Override
    public boolean isUndefinedTable(SQLException e) {
        return TABLE_NOT_FOUND.contains(e.getErrorCode()) || "42S02".equals(e.getSQLState());
    }

    /**
     * The one row of the {@code migrate_lock} table ({@link H2LockRow}), held by an uncommitted {@code UPDATE} on a
     * connection that runs nothing else (DDL would commit it).
     */
    @Override
    public Optional<MigrationLock> migrationLock(String schema, String versionTable) {
        return Optional.of(new H2LockRow(this, schema));
    }

    @Override
    public Set<String> internalTables() {
        return Set.of(H2LockRow.TABLE);
    }

    @Override
    public Introspector introspector() {
        return new H2Introspector();
    }

    @Override
    public DiffHooks diffHooks() {
        return new H2DiffHooks();
    }

    /** A renderer whose identifier folding matches the database's, judged by its default schema. */
    @Override
    public DdlRenderer renderer(String defaultSchema) {
        return new H2Renderer(defaultSchema, H2Identifiers.forDefaultSchema(defaultSchema));
    }

    @Override
    public ShadowDatabase createShadow(ShadowRequest request) throws SQLException {
        return H2ShadowDatabase.create(request);
    }

    @Override
    public ShadowDatabase attachShadow(ShadowRequest request) throws SQLException {
        return H2ShadowDatabase.attach(request);
    }
}
