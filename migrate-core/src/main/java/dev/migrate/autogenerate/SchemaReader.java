package dev.migrate.autogenerate;

import dev.migrate.apply.VersionTables;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaSupport;
import dev.migrate.schema.introspect.IntrospectOptions;
import dev.migrate.schema.model.DatabaseSchema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a database's schema the way autogenerate and the checks compare it: the configured schema (or every user
 * schema), without migrate's own tables.
 */
public final class SchemaReader {

    private final SchemaSupport support;
    private final IntrospectOptions options;

    /**
     * @param schema the configured schema as written, or null for every schema
     * @param tables the names of migrate's tables, left out like the dialect's own
     */
    public SchemaReader(Dialect dialect, SchemaSupport support, String schema, VersionTables tables) {
        this.support = support;
        List<String> schemas = schema == null ? List.of() : List.of(dialect.foldIdentifier(schema));
        Set<String> excluded = new HashSet<>(dialect.internalTables(tables.version()));
        excluded.addAll(Set.of(tables.version(), tables.history()));
        this.options = new IntrospectOptions(schemas, excluded);
    }

    public DatabaseSchema read(Connection connection) throws SQLException {
        return support.introspector().introspect(connection, options);
    }
}
