package dev.migrate.schema.ops;

import dev.migrate.schema.model.ColumnType;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Judges whether a type change can lose data: the reason, or empty when it cannot. */
public final class TypeChanges {

    private static final Set<String> INTEGERS = Set.of("smallint", "integer", "int", "int2", "int4", "int8", "bigint",
            "tinyint");
    private static final Set<String> TEXTS = Set.of("text", "character varying", "varchar", "character", "char",
            "character large object", "clob", "varchar_ignorecase");

    private TypeChanges() {
    }

    /** Why changing {@code from} into {@code to} may lose or reject data; empty when every value fits. */
    public static Optional<String> narrowing(ColumnType from, ColumnType to) {
        String a = from.base().toLowerCase(Locale.ROOT);
        String b = to.base().toLowerCase(Locale.ROOT);
        if (a.equals(b)) {
            if (from.length() != null && (to.length() == null ? false : to.length() < from.length())) {
                return Optional.of("the length shrinks from " + from.length() + " to " + to.length());
            }
            if (from.precision() != null && to.precision() != null && to.precision() < from.precision()) {
                return Optional.of("the precision shrinks from " + from.precision() + " to " + to.precision());
            }
            if (from.scale() != null && to.scale() != null && to.scale() < from.scale()) {
                return Optional.of("the scale shrinks from " + from.scale() + " to " + to.scale());
            }
            return Optional.empty();
        }
        if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
            return rank(b) < rank(a) ? Optional.of("a smaller integer type") : Optional.empty();
        }
        if (TEXTS.contains(a) && TEXTS.contains(b)) {
            boolean unbounded = b.equals("text") || b.equals("character large object") || b.equals("clob");
            if (unbounded) {
                return Optional.empty();
            }
            if (to.length() != null && (from.length() == null || to.length() < from.length())) {
                return Optional.of("text longer than " + to.length() + " characters no longer fits");
            }
            return Optional.empty();
        }
        if (INTEGERS.contains(a) && (b.equals("numeric") || b.equals("decimal")) || TEXTS.contains(b) && to.length() == null) {
            return Optional.empty();
        }
        return Optional.of("values are converted between different kinds of type");
    }

    private static int rank(String integerType) {
        return switch (integerType) {
            case "tinyint" -> 0;
            case "smallint", "int2" -> 1;
            case "integer", "int", "int4" -> 2;
            default -> 3;
        };
    }
}
