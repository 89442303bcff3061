package dev.migrate.schema.model;

import java.util.List;

/**
 * A unique constraint (as opposed to a unique index, see {@link Index}).
 *
 * @param name    the constraint name
 * @param columns the columns, in order
 */
public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
