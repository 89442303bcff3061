package dev.migrate.lint;

import dev.migrate.schema.model.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a type written in a statement into the model's terms, to compare it with the column's type before. */
final class SqlTypes {

    /** Spellings of the same type, to the names the catalogs use. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("VARCHAR", "character varying"), Map.entry("CHARACTER VARYING", "character varying"),
            Map.entry("CHAR", "character"), Map.entry("CHARACTER", "character"), Map.entry("BPCHAR", "character"),
            Map.entry("INT", "integer"), Map.entry("INTEGER", "integer"), Map.entry("INT4", "integer"),
            Map.entry("BIGINT", "bigint"), Map.entry("INT8", "bigint"), Map.entry("SMALLINT", "smallint"),
            Map.entry("INT2", "smallint"), Map.entry("TINYINT", "tinyint"), Map.entry("NUMERIC", "numeric"),
            Map.entry("DECIMAL", "numeric"), Map.entry("TEXT", "text"), Map.entry("CLOB", "character large object"));

    private SqlTypes() {
    }

    /** The type written at {@code start}: words up to USING, a comma or the end, with {@code (n[, m])}. */
    static ColumnType parse(StatementShape shape, int start) {
        List<String> name = new ArrayList<>();
        List<Integer> parameters = new ArrayList<>();
        int k = start;
        while (k < shape.size() && !shape.word(k).equals("USING") && !shape.word(k).equals(",")
                && !shape.word(k).equals("COLLATE")) {
            String word = shape.word(k);
            if (word.equals("(")) {
                k++;
                while (k < shape.size() && !shape.word(k).equals(")")) {
                    if (shape.word(k).chars().allMatch(Character::isDigit)) {
                        parameters.add(Integer.parseInt(shape.word(k)));
                    }
                    k++;
                }
            } else if (!word.equals(")")) {
                name.add(word);
            }
            k++;
        }
        String written = String.join(" ", name);
        String base = SYNONYMS.getOrDefault(written, written.toLowerCase(Locale.ROOT));
        Integer length = null;
        Integer precision = null;
        Integer scale = null;
        if (!parameters.isEmpty()) {
            if (base.equals("numeric")) {
                precision = parameters.get(0);
                scale = parameters.size() > 1 ? parameters.get(1) : 0;
            } else {
                length = parameters.get(0);
            }
        }
        String sql = base + (parameters.isEmpty() ? "" : "(" + String.join(",", parameters.stream().map(String::valueOf).toList()) + ")");
        return new ColumnType(sql, base, length, precision, scale, null);
    }
}
