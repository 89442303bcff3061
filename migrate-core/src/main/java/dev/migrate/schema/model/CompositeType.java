package dev.migrate.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * A composite type ({@code CREATE TYPE ... AS (...)}), not the row type a table has for itself.
 *
 * @param name       the name
 * @param attributes its attributes, in order
 * @param comment    the comment, or null
 */
public record CompositeType(String name, List<Attribute> attributes, String comment) {

    public CompositeType {
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
    }

    /**
     * One attribute.
     *
     * @param name the name
     * @param type its type as valid DDL, e.g. {@code character varying(20)}
     */
    public record Attribute(String name, String type) {
    }
}
