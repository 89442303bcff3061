package dev.migrate.schema.model;

import java.util.Objects;

/**
 * A column's type as the database spells it in DDL, plus the parts migrate reasons about.
 *
 * @param sql       the full type as valid DDL in its dialect, e.g. {@code character varying(255)},
 *                  {@code numeric(10,2)}, {@code timestamp with time zone}, {@code public.mood},
 *                  {@code ENUM('a', 'b')}; two columns have the same type exactly when these are equal
 * @param base      the type without parameters, e.g. {@code character varying}
 * @param length    the character or binary length, or null
 * @param precision the numeric or time precision, or null
 * @param scale     the numeric scale, or null
 * @param userType  the user-defined type (enum, domain) the column uses, or null
 */
public record ColumnType(String sql, String base, Integer length, Integer precision, Integer scale,
                         QualifiedName userType) {

    public ColumnType {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(base, "base");
    }

    /** A type with no parameters worth reasoning about. */
    public static ColumnType of(String sql) {
        return new ColumnType(sql, sql, null, null, null, null);
    }

    @Override
    public String toString() {
        return sql;
    }
}
