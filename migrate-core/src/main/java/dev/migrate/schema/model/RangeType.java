package dev.migrate.schema.model;

import java.util.Objects;

/**
 * A range type ({@code CREATE TYPE ... AS RANGE}). Every optional part is null when the database chose it.
 *
 * @param name           the name
 * @param subtype        the element type, as valid DDL
 * @param subtypeOpClass the operator class ordering the elements, when not the default one
 * @param collation      the collation of the elements, when not the subtype's default
 * @param subtypeDiff    the difference function (qualified), or null
 * @param comment        the comment, or null
 */
public record RangeType(String name, String subtype, String subtypeOpClass, String collation, String subtypeDiff,
                        String comment) {

    public RangeType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subtype, "subtype");
    }
}
