package dev.migrate.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * A domain: a type with a default, a NOT NULL and named checks on top of a base type.
 *
 * @param name              the name
 * @param baseType          the base type as the database prints it in DDL, e.g. {@code numeric(12,2)}
 * @param collation         the collation when the domain sets one of its own, else null
 * @param defaultExpression the default, or null
 * @param notNull           whether the domain refuses NULL
 * @param checks            the named checks, sorted by name; each expression speaks of {@code VALUE}
 * @param comment           the comment, or null
 */
public record Domain(String name, String baseType, String collation, String defaultExpression, boolean notNull,
                     List<CheckConstraint> checks, String comment) {

    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseType, "baseType");
        checks = List.copyOf(checks);
    }
}
