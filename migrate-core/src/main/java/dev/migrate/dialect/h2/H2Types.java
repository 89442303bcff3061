package dev.migrate.dialect.h2;

import dev.migrate.schema.model.ColumnType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns H2's description of a data type (a row of {@code INFORMATION_SCHEMA.COLUMNS}, {@code ELEMENT_TYPES} or
 * {@code FIELDS}) into a {@link ColumnType} whose {@code sql} is canonical H2 DDL: one spelling per type, whatever
 * the user wrote. {@code DECIMAL(5)} and {@code NUMERIC(5, 0)} both read {@code NUMERIC(5)}, {@code FLOAT(10)} reads
 * {@code REAL}, {@code VARCHAR} reads {@code CHARACTER VARYING}; parameters equal to H2's defaults are left out
 * ({@code TIMESTAMP} rather than {@code TIMESTAMP(6)}). Creating a column of the canonical type and reading it back
 * gives the same text, so two columns have the same type exactly when their texts are equal.
 *
 * <p>Arrays, rows and enums are nested: their element types, fields and labels live in other catalog tables, keyed
 * by the owning object and the {@code DTD_IDENTIFIER} of the enclosing type ({@code 7}, then {@code 7_} for its
 * element, {@code 25_1} for the first field of a row).
 */
final class H2Types {

    /** The catalog columns that {@link TypeRow#read} reads. */
    static final String TYPE_COLUMNS = "DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, "
            + "DATETIME_PRECISION, INTERVAL_TYPE, INTERVAL_PRECISION, MAXIMUM_CARDINALITY, GEOMETRY_TYPE, "
            + "GEOMETRY_SRID, DTD_IDENTIFIER";

    /** H2's length when none is given for character varying, binary varying, JSON and Java object types. */
    private static final long DEFAULT_VARYING_LENGTH = 1_000_000_000L;
    /** The precision of NUMERIC and DECFLOAT without one. */
    private static final int DEFAULT_NUMERIC_PRECISION = 100_000;
    private static final int DEFAULT_TIMESTAMP_PRECISION = 6;
    private static final int DEFAULT_INTERVAL_PRECISION = 2;
    private static final int DEFAULT_INTERVAL_SECONDS_PRECISION = 6;
    private static final long DEFAULT_ARRAY_CARDINALITY = 65_536;

    /**
     * A type as the catalogs describe it.
     *
     * @param dataType          {@code DATA_TYPE}, e.g. {@code CHARACTER VARYING}
     * @param length            {@code CHARACTER_MAXIMUM_LENGTH}
     * @param precision         {@code NUMERIC_PRECISION}
     * @param scale             {@code NUMERIC_SCALE}
     * @param datetimePrecision {@code DATETIME_PRECISION} (fractional seconds)
     * @param intervalType      {@code INTERVAL_TYPE}, e.g. {@code DAY TO SECOND}
     * @param intervalPrecision {@code INTERVAL_PRECISION} (leading field)
     * @param cardinality       {@code MAXIMUM_CARDINALITY} of an array
     * @param geometryType      {@code GEOMETRY_TYPE}, e.g. {@code POINT Z}
     * @param geometrySrid      {@code GEOMETRY_SRID}
     * @param dtd               {@code DTD_IDENTIFIER}, the key of nested types
     */
    record TypeRow(String dataType, Long length, Integer precision, Integer scale, Integer datetimePrecision,
                   String intervalType, Integer intervalPrecision, Long cardinality, String geometryType,
                   Integer geometrySrid, String dtd) {

        /**
         * Reads the {@link #TYPE_COLUMNS} of the current row. The data type is upper-cased: with
         * {@code DATABASE_TO_LOWER=TRUE}, {@code COLUMNS.DATA_TYPE} reads {@code character varying}.
         */
        static TypeRow read(ResultSet rs) throws SQLException {
            return new TypeRow(rs.getString("DATA_TYPE").toUpperCase(Locale.ROOT),
                    longOrNull(rs, "CHARACTER_MAXIMUM_LENGTH"),
                    intOrNull(rs, "NUMERIC_PRECISION"), intOrNull(rs, "NUMERIC_SCALE"),
                    intOrNull(rs, "DATETIME_PRECISION"), rs.getString("INTERVAL_TYPE"),
                    intOrNull(rs, "INTERVAL_PRECISION"), longOrNull(rs, "MAXIMUM_CARDINALITY"),
                    rs.getString("GEOMETRY_TYPE"), intOrNull(rs, "GEOMETRY_SRID"), rs.getString("DTD_IDENTIFIER"));
        }
    }

    /**
     * Where a nested type is found: the object that owns it and the type's identifier.
     *
     * @param schema the owner's schema
     * @param object the owner (a table)
     * @param dtd    the identifier of the enclosing type
     */
    record Key(String schema, String object, String dtd) {
    }

    /**
     * A field of a {@code ROW} type.
     *
     * @param name the field name
     * @param type the field's type
     */
    record Field(String name, TypeRow type) {
    }

    private final Map<Key, TypeRow> elements;
    private final Map<Key, List<Field>> fields;
    private final Map<Key, List<String>> enumLabels;

    /**
     * @param elements   array element types, by the array's key
     * @param fields     row fields in order, by the row's key
     * @param enumLabels enum labels in order, by the enum's key
     */
    H2Types(Map<Key, TypeRow> elements, Map<Key, List<Field>> fields, Map<Key, List<String>> enumLabels) {
        this.elements = elements;
        this.fields = fields;
        this.enumLabels = enumLabels;
    }

    /** The canonical type of {@code row}, a type used by {@code object} in {@code schema}. */
    ColumnType type(String schema, String object, TypeRow row) {
        String dataType = row.dataType();
        return switch (dataType) {
            case "CHARACTER VARYING", "VARCHAR_IGNORECASE", "BINARY VARYING", "JSON", "JAVA_OBJECT" ->
                    sized(dataType, row.length(), DEFAULT_VARYING_LENGTH);
            case "CHARACTER", "BINARY" -> sized(dataType, row.length(), 1L);
            case "CHARACTER LARGE OBJECT", "BINARY LARGE OBJECT" -> sized(dataType, row.length(), Long.MAX_VALUE);
            case "NUMERIC" -> numeric(orDefault(row.precision(), DEFAULT_NUMERIC_PRECISION), orDefault(row.scale(), 0));
            case "DECFLOAT" -> decfloat(orDefault(row.precision(), DEFAULT_NUMERIC_PRECISION));
            case "TIME", "TIME WITH TIME ZONE" -> datetime(dataType, row.datetimePrecision(), 0);
            case "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" ->
                    datetime(dataType, row.datetimePrecision(), DEFAULT_TIMESTAMP_PRECISION);
            case "INTERVAL" -> interval(row);
            case "GEOMETRY" -> geometry(row);
            case "ENUM" -> enumType(schema, object, row);
            case "ARRAY" -> array(schema, object, row);
            case "ROW" -> rowType(schema, object, row);
            default -> ColumnType.of(dataType);
        };
    }

    /** The canonical type of a sequence's values (exact numbers only). */
    static String sequenceType(String dataType, Integer declaredPrecision, Integer declaredScale) {
        if (!"NUMERIC".equals(dataType)) {
            return dataType;
        }
        return numeric(orDefault(declaredPrecision, DEFAULT_NUMERIC_PRECISION), orDefault(declaredScale, 0)).sql();
    }

    private static ColumnType sized(String dataType, Long length, long defaultLength) {
        Integer modelLength = length == null || length > Integer.MAX_VALUE ? null : length.intValue();
        String sql = length == null || length == defaultLength ? dataType : dataType + "(" + length + ")";
        return new ColumnType(sql, dataType, modelLength, null, null, null);
    }

    private static ColumnType numeric(int precision, int scale) {
        String sql;
        if (scale != 0) {
            sql = "NUMERIC(" + precision + ", " + scale + ")";
        } else if (precision != DEFAULT_NUMERIC_PRECISION) {
            sql = "NUMERIC(" + precision + ")";
        } else {
            sql = "NUMERIC";
        }
        return new ColumnType(sql, "NUMERIC", null, precision, scale, null);
    }

    private static ColumnType decfloat(int precision) {
        String sql = precision == DEFAULT_NUMERIC_PRECISION ? "DECFLOAT" : "DECFLOAT(" + precision + ")";
        return new ColumnType(sql, "DECFLOAT", null, precision, null, null);
    }

    /** {@code TIME(p) WITH TIME ZONE}: the precision goes after the first word. */
    private static ColumnType datetime(String dataType, Integer precision, int defaultPrecision) {
        int p = orDefault(precision, defaultPrecision);
        String sql = dataType;
        if (p != defaultPrecision) {
            int space = dataType.indexOf(' ');
            sql = space < 0 ? dataType + "(" + p + ")"
                    : dataType.substring(0, space) + "(" + p + ")" + dataType.substring(space);
        }
        return new ColumnType(sql, dataType, null, p, null, null);
    }

    /** {@code INTERVAL DAY(5) TO SECOND(3)}, {@code INTERVAL SECOND(3, 2)}, {@code INTERVAL YEAR}. */
    private static ColumnType interval(TypeRow row) {
        String fields = row.intervalType();
        int leading = orDefault(row.intervalPrecision(), DEFAULT_INTERVAL_PRECISION);
        boolean seconds = fields.endsWith("SECOND");
        int fraction = orDefault(row.datetimePrecision(), DEFAULT_INTERVAL_SECONDS_PRECISION);
        boolean leadingDefault = leading == DEFAULT_INTERVAL_PRECISION;
        boolean fractionDefault = !seconds || fraction == DEFAULT_INTERVAL_SECONDS_PRECISION;
        StringBuilder sql = new StringBuilder("INTERVAL ");
        int to = fields.indexOf(" TO ");
        if (to < 0) {
            sql.append(fields);
            if (seconds && !(leadingDefault && fractionDefault)) {
                sql.append('(').append(leading).append(", ").append(fraction).append(')');
            } else if (!seconds && !leadingDefault) {
                sql.append('(').append(leading).append(')');
            }
        } else {
            sql.append(fields, 0, to);
            if (!leadingDefault) {
                sql.append('(').append(leading).append(')');
            }
            sql.append(fields.substring(to));
            if (!fractionDefault) {
                sql.append('(').append(fraction).append(')');
            }
        }
        return new ColumnType(sql.toString(), "INTERVAL " + fields, null, leading, seconds ? fraction : null, null);
    }

    /** {@code GEOMETRY}, {@code GEOMETRY(POINT)}, {@code GEOMETRY(POLYGON Z, 4326)}. */
    private static ColumnType geometry(TypeRow row) {
        String sql = "GEOMETRY";
        if (row.geometryType() != null || row.geometrySrid() != null) {
            String shape = row.geometryType() == null ? "GEOMETRY" : row.geometryType();
            sql += "(" + shape + (row.geometrySrid() == null ? "" : ", " + row.geometrySrid()) + ")";
        }
        return new ColumnType(sql, "GEOMETRY", null, null, null, null);
    }

    private ColumnType enumType(String schema, String object, TypeRow row) {
        List<String> labels = enumLabels.getOrDefault(new Key(schema, object, row.dtd()), List.of());
        String sql = labels.stream().map(H2Types::literal).collect(Collectors.joining(", ", "ENUM(", ")"));
        return new ColumnType(sql, "ENUM", null, null, null, null);
    }

    /** {@code <element> ARRAY[n]}; the model's length is the maximum cardinality. */
    private ColumnType array(String schema, String object, TypeRow row) {
        TypeRow element = elements.get(new Key(schema, object, row.dtd()));
        if (element == null) {
            throw new IllegalStateException("no element type for the array " + row.dtd() + " of " + schema + "."
                    + object);
        }
        String base = type(schema, object, element).sql() + " ARRAY";
        long cardinality = row.cardinality() == null ? DEFAULT_ARRAY_CARDINALITY : row.cardinality();
        String sql = cardinality == DEFAULT_ARRAY_CARDINALITY ? base : base + "[" + cardinality + "]";
        return new ColumnType(sql, base, (int) cardinality, null, null, null);
    }

    /** {@code ROW("A" INTEGER, "B" CHARACTER VARYING(3))}: field names always quoted, as H2 writes them. */
    private ColumnType rowType(String schema, String object, TypeRow row) {
        List<Field> rowFields = fields.getOrDefault(new Key(schema, object, row.dtd()), List.of());
        String sql = rowFields.stream()
                .map(f -> '"' + f.name().replace("\"", "\"\"") + "\" " + type(schema, object, f.type()).sql())
                .collect(Collectors.joining(", ", "ROW(", ")"));
        return new ColumnType(sql, "ROW", null, null, null, null);
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static int orDefault(Integer value, int defaultValue) {
        return value == null ? defaultValue : value;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
