package dev.migrate.schema.model;

import java.util.List;

/**
 * A named enum type (PostgreSQL {@code CREATE TYPE ... AS ENUM}).
 *
 * @param name   the name
 * @param values the labels, in sort order
 */
public record EnumType(String name, List<String> values) {

    public EnumType {
        values = List.copyOf(values);
    }
}
