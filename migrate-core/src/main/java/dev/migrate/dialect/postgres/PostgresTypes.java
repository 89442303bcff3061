package dev.migrate.dialect.postgres;

import dev.migrate.schema.model.ColumnType;
import dev.migrate.schema.model.QualifiedName;

/** Builds a {@link ColumnType} from what pg_catalog says about a column: format_type output plus the typmod. */
final class PostgresTypes {

    /** A typmod's header: varchar, bpchar and numeric typmods are offset by it. */
    private static final int VARHDRSZ = 4;
    /** interval typmods keep the precision in their low 16 bits; this value there means "unspecified". */
    private static final int INTERVAL_FULL_PRECISION = 0xFFFF;

    private PostgresTypes() {
    }

    /**
     * The column type.
     *
     * @param qualifier     the quoted schema and a dot for a visible user type (which format_type leaves bare), or ""
     * @param sql           {@code format_type(atttypid, atttypmod)}
     * @param base          {@code format_type(atttypid, -1)}
     * @param elementName   the type's name, or its element type's for an array
     * @param elementKind   pg_type.typtype of that type ({@code e} enum, {@code d} domain, ...)
     * @param elementSchema that type's schema
     * @param typmod        atttypmod
     */
    static ColumnType of(String qualifier, String sql, String base, String elementName, String elementKind,
                         String elementSchema, int typmod) {
        Integer length = null;
        Integer precision = null;
        Integer scale = null;
        boolean builtIn = "pg_catalog".equals(elementSchema);
        if (builtIn && typmod >= 0) {
            switch (elementName) {
                case "varchar", "bpchar" -> length = typmod - VARHDRSZ;
                case "bit", "varbit" -> length = typmod;
                case "numeric" -> {
                    precision = ((typmod - VARHDRSZ) >> 16) & 0xFFFF;
                    scale = signedScale((typmod - VARHDRSZ) & 0x7FF);
                }
                case "timestamp", "timestamptz", "time", "timetz" -> precision = typmod;
                case "interval" -> {
                    int p = typmod & 0xFFFF;
                    precision = p == INTERVAL_FULL_PRECISION ? null : p;
                }
                default -> {
                    // other typmods carry nothing migrate reasons about
                }
            }
        }
        QualifiedName userType = "e".equals(elementKind) || "d".equals(elementKind)
                ? QualifiedName.of(elementSchema, elementName) : null;
        return new ColumnType(qualifier + sql, builtIn ? plainBase(base, elementName) : qualifier + base, length,
                precision, scale, userType);
    }

    /** format_type without a typmod says {@code bpchar} and {@code "bit"}; the base is written as in DDL. */
    private static String plainBase(String base, String elementName) {
        return switch (elementName) {
            case "bpchar" -> base.replaceFirst("^bpchar", "character");
            case "bit" -> base.replaceFirst("^\"bit\"", "bit");
            default -> base;
        };
    }

    /** numeric scales are 11-bit two's complement since PostgreSQL 15 (negative scales round left of the point). */
    private static int signedScale(int bits) {
        return (bits & 0x400) != 0 ? bits - 0x800 : bits;
    }
}
