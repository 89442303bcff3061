package dev.migrate.schema.introspect;

import java.util.List;
import java.util.Set;

/**
 * What to read from a database.
 *
 * @param schemas        the schemas to read; empty means every schema that is not the database's own
 *                       (pg_catalog, information_schema, ...)
 * @param excludedTables tables to leave out in every schema, matched without regard to case (migrate's own
 *                       version tables)
 */
public record IntrospectOptions(List<String> schemas, Set<String> excludedTables) {

    public IntrospectOptions {
        schemas = List.copyOf(schemas);
        excludedTables = Set.copyOf(excludedTables);
    }

    /** Every user schema, without migrate's tables. */
    public static IntrospectOptions allSchemas() {
        return new IntrospectOptions(List.of(), Set.of("migrate_version", "migrate_history", "migrate_lock"));
    }

    public boolean excludes(String table) {
        return excludedTables.stream().anyMatch(t -> t.equalsIgnoreCase(table));
    }
}
