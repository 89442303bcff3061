package dev.migrate.dialect;

import dev.migrate.schema.diff.DiffHooks;
import dev.migrate.schema.introspect.Introspector;
import dev.migrate.schema.render.DdlRenderer;

import java.sql.SQLException;

/**
 * The optional capability of a {@link Dialect} that autogenerate needs: read a schema, judge names, write DDL and
 * provide empty shadow databases. A dialect without it cannot autogenerate.
 */
public interface SchemaSupport {

    /** Reads a whole database's schema in bulk. */
    Introspector introspector();

    /** The dialect's answers to the generic differ's questions. */
    DiffHooks diffHooks();

    /** Writes DDL for this dialect; names in {@code defaultSchema} are written unqualified. */
    DdlRenderer renderer(String defaultSchema);

    /**
     * An empty database of this dialect on the configured server (or in memory), used to replay revisions and run
     * schema files without touching the real database. It is dropped by {@link ShadowDatabase#close()}.
     */
    ShadowDatabase createShadow(ShadowRequest request) throws SQLException;

    /**
     * Uses an existing, empty database as the shadow (for users who may not create databases); {@code close()}
     * empties it again instead of dropping it.
     *
     * @throws SQLException when the database is not empty: migrate never wipes a database that holds anything
     */
    ShadowDatabase attachShadow(ShadowRequest request) throws SQLException;
}
