package dev.migrate.schema.model;

import java.util.List;

/**
 * A primary key.
 *
 * @param name    the constraint name
 * @param columns the key columns, in order
 */
public record PrimaryKey(String name, List<String> columns) {

    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
