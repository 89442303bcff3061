package dev.migrate.schema.introspect;

import dev.migrate.schema.model.DatabaseSchema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads a database's schema into the model. Implementations read the catalogs in bulk: a handful of queries for a
 * whole database, never one query per table.
 */
public interface Introspector {

    DatabaseSchema introspect(Connection connection, IntrospectOptions options) throws SQLException;
}
