package dev.migrate.lint;

import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.ColumnType;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Table;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the lint knows about the database a revision runs on: when a schema was read (from a shadow database at the
 * revision's parent), which tables exist and what type each column has. Without a schema, every table a statement
 * names is assumed to exist already (the cautious choice). What differs between databases comes with the rules
 * ({@link Linter#Linter}), not from here.
 *
 * @param tables lower-case table name to its columns' types (lower-case column names), or null when unknown
 */
public record LintContext(Map<String, Map<String, ColumnType>> tables) {

    /** Nothing known about the schema. */
    public static final LintContext UNKNOWN_SCHEMA = new LintContext(null);

    /** What {@code schema} says, for revisions that run on it. */
    public static LintContext of(DatabaseSchema schema) {
        Map<String, Map<String, ColumnType>> tables = new HashMap<>();
        for (Schema s : schema.schemas()) {
            for (Table table : s.tables()) {
                Map<String, ColumnType> columns = new HashMap<>();
                for (Column column : table.columns()) {
                    columns.put(column.name().toLowerCase(Locale.ROOT), column.type());
                }
                tables.put(table.name().toLowerCase(Locale.ROOT), columns);
            }
        }
        return new LintContext(tables);
    }

    /** Whether a table (as written in SQL, maybe qualified or quoted) existed before the revision. */
    boolean tableExists(String written) {
        return tables == null || tables.containsKey(plain(written));
    }

    /** The type a column had before the revision, when known. */
    Optional<ColumnType> columnType(String table, String column) {
        if (tables == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(tables.getOrDefault(plain(table), Map.of()).get(plain(column)));
    }

    /** An identifier as written, without schema and quotes, in lower case. */
    public static String plain(String written) {
        String name = written;
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && !name.endsWith("\"")) {
            name = name.substring(dot + 1);
        }
        if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
            name = name.substring(1, name.length() - 1);
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
