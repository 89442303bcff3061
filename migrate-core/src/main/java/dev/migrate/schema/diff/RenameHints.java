package dev.migrate.schema.diff;

import dev.migrate.schema.model.QualifiedName;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renames declared in schema files with {@code -- migrate:renamed-from <old name>} on the line of a table (its
 * {@code CREATE TABLE} line) or of a column (its definition line). Without a hint, a drop and an add are just that.
 *
 * @param tables  new table name to its old name (in the same schema)
 * @param columns column (in the table's new name) to its old name
 */
public record RenameHints(Map<QualifiedName, String> tables, Map<ColumnName, String> columns) {

    /** No renames. */
    public static final RenameHints NONE = new RenameHints(Map.of(), Map.of());

    private static final Pattern HINT = Pattern.compile("--\\s*migrate:renamed-from\\s+(\"(?:[^\"]|\"\")+\"|[A-Za-z0-9_$]+)",
            Pattern.CASE_INSENSITIVE);
    private static final String IDENTIFIER = "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final Pattern CREATE_TABLE = Pattern.compile("^\\s*CREATE\\s+(?:(?:GLOBAL\\s+|LOCAL\\s+)?"
            + "(?:TEMPORARY\\s+|TEMP\\s+|UNLOGGED\\s+|CACHED\\s+|MEMORY\\s+)?)TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
            + IDENTIFIER + "(?:\\s*\\.\\s*" + IDENTIFIER + ")?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_IDENTIFIER = Pattern.compile("^\\s*" + IDENTIFIER);

    public RenameHints {
        tables = Map.copyOf(tables);
        columns = Map.copyOf(columns);
    }

    /**
     * A column of a table.
     *
     * @param table  the table (its new name)
     * @param column the column (its new name)
     */
    public record ColumnName(QualifiedName table, String column) {
    }

    /**
     * Reads hints from the text of schema files.
     *
     * @param sql           the schema files' text
     * @param fold          turns an identifier as written (quoted or not) into the stored name
     * @param defaultSchema the schema of unqualified table names
     */
    public static RenameHints parse(String sql, UnaryOperator<String> fold, String defaultSchema) {
        Map<QualifiedName, String> tables = new LinkedHashMap<>();
        Map<ColumnName, String> columns = new LinkedHashMap<>();
        QualifiedName table = null;
        for (String line : sql.split("\n", -1)) {
            Matcher create = CREATE_TABLE.matcher(line);
            if (create.find()) {
                table = create.group(2) == null
                        ? QualifiedName.of(defaultSchema, fold.apply(create.group(1)))
                        : QualifiedName.of(fold.apply(create.group(1)), fold.apply(create.group(2)));
                Matcher hint = HINT.matcher(line);
                if (hint.find()) {
                    tables.put(table, fold.apply(hint.group(1)));
                }
                continue;
            }
            Matcher hint = HINT.matcher(line);
            if (hint.find() && table != null) {
                Matcher column = LEADING_IDENTIFIER.matcher(line);
                if (column.find()) {
                    columns.put(new ColumnName(table, fold.apply(column.group(1))), fold.apply(hint.group(1)));
                }
            }
        }
        return new RenameHints(tables, columns);
    }

    public boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty();
    }
}
