package dev.migrate.lint;

import dev.migrate.lint.Finding.Category;
import dev.migrate.lint.LintedStatement.ColumnTypeChange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules that hold on every database: what loses data, and a new column no existing row can fill.
 *
 * <table>
 *   <tr><th>code</th><th>finding</th></tr>
 *   <tr><td>MG101</td><td>DROP TABLE of a table that holds data</td></tr>
 *   <tr><td>MG102</td><td>DROP COLUMN</td></tr>
 *   <tr><td>MG103</td><td>a type change that narrows (shorter, smaller, another kind)</td></tr>
 *   <tr><td>MG104</td><td>TRUNCATE, or DELETE without WHERE or with one that is always true</td></tr>
 *   <tr><td>MG105</td><td>DROP SCHEMA</td></tr>
 *   <tr><td>MG106</td><td>a statement whose effect the lint cannot see (DO, EXECUTE, CALL; the linter adds Java
 *   migrations)</td></tr>
 *   <tr><td>MG204</td><td>ADD COLUMN ... NOT NULL without DEFAULT on an existing table</td></tr>
 * </table>
 */
final class StandardRules implements LintRule {

    /** {@code WHERE 1 = 1} and the like, up to the end of the statement or its RETURNING. */
    private static final Pattern ALWAYS_EQUAL = Pattern.compile("(?i)\\bWHERE\\s+\\(?\\s*(\\d+)\\s*=\\s*\\1\\s*\\)?\\s*"
            + "(?:RETURNING\\b.*)?$", Pattern.DOTALL);

    @Override
    public void check(LintedStatement statement) {
        StatementShape shape = statement.shape();
        if (shape.startsWith("DROP", "TABLE")) {
            String table = shape.nameAfter("TABLE");
            if (statement.existedBefore(table)) {
                statement.report("MG101", Category.DATA_LOSS, table, "drops table " + table + " and all its rows.",
                        "back the data up, or rename the table now and drop it in a later release");
            }
        } else if (shape.startsWith("TRUNCATE")) {
            String table = shape.nameAfter(shape.word(1).equals("TABLE") ? "TABLE" : "TRUNCATE");
            statement.report("MG104", Category.DATA_LOSS, table, "deletes every row of " + table + ".",
                    "make sure the rows are not needed, or copy them elsewhere first");
        } else if (shape.startsWith("DELETE", "FROM") && !shape.contains("WHERE")) {
            statement.report("MG104", Category.DATA_LOSS, shape.nameAfter("FROM"), "deletes every row of "
                    + shape.nameAfter("FROM")
                    + " (no WHERE).", "add a WHERE clause, or make sure the rows are not needed");
        } else if (shape.startsWith("DELETE", "FROM") && alwaysTrue(statement, shape)) {
            statement.report("MG104", Category.DATA_LOSS, shape.nameAfter("FROM"), "deletes every row of "
                    + shape.nameAfter("FROM")
                    + " (its WHERE is always true).", "make sure the rows are not needed");
        } else if (shape.startsWith("DO") || shape.startsWith("EXECUTE") || shape.startsWith("CALL")) {
            statement.report("MG106", Category.OPAQUE, "runs code the lint cannot see into (" + shape.word(0)
                    + "), so it may lose data.", "check what it does; accept it with -- migrate:lint-ignore MG106");
        } else if (shape.startsWith("DROP", "SCHEMA")) {
            statement.report("MG105", Category.DATA_LOSS, "drops schema " + shape.nameAfter("SCHEMA")
                    + (shape.contains("CASCADE") ? " and everything in it." : "."),
                    "make sure nothing in it is needed");
        } else if (shape.startsWith("ALTER", "TABLE")) {
            alterTable(statement, shape);
        }
    }

    /** {@code WHERE TRUE}, {@code WHERE NOT FALSE}, {@code WHERE 1 = 1}: a condition that deletes every row. */
    private static boolean alwaysTrue(LintedStatement statement, StatementShape shape) {
        int where = shape.find(0, "WHERE");
        List<String> condition = new ArrayList<>(shape.words().subList(where + 1, shape.size()));
        int returning = condition.indexOf("RETURNING");
        if (returning >= 0) {
            condition = condition.subList(0, returning);
        }
        condition.removeIf(word -> word.equals("(") || word.equals(")"));
        return condition.equals(List.of("TRUE")) || condition.equals(List.of("NOT", "FALSE"))
                || ALWAYS_EQUAL.matcher(statement.sql()).find();
    }

    private static void alterTable(LintedStatement statement, StatementShape shape) {
        String table = shape.nameAfter("TABLE");
        boolean existing = statement.existedBefore(table);
        int drop = shape.find(0, "DROP");
        if (drop > 0 && !isDropOfSomethingElse(shape, drop)) {
            String column = shape.word(drop + 1).equals("COLUMN") ? shape.columnAfter(drop + 1) : shape.word(drop + 1);
            if (existing) {
                statement.report("MG102", Category.DATA_LOSS, table, "drops column " + table + "." + LintContext.plain(column)
                        + " and its values.",
                        "stop using the column in one release, drop it in the next; back the values up if needed");
            }
        }
        statement.columnTypeChange().ifPresent(change -> narrowing(statement, change));
        int add = shape.find(0, "ADD");
        if (add > 0 && existing && !shape.addsConstraintAt(add) && shape.find(add, "NOT", "NULL") > 0
                && shape.find(add, "DEFAULT") < 0 && shape.find(add, "GENERATED") < 0
                && !shape.words().stream().anyMatch(w -> w.endsWith("SERIAL"))) {
            statement.report("MG204", Category.LOCKING, "adds a NOT NULL column without a default to " + table
                    + ": it fails as soon as the table has rows.",
                    "give it a DEFAULT, or add it nullable, fill it, then SET NOT NULL");
        }
    }

    private static void narrowing(LintedStatement statement, ColumnTypeChange change) {
        change.narrowing().ifPresent(why -> statement.report("MG103", Category.DATA_LOSS,
                change.table(), "changes " + change.table()
                + "." + change.column() + " from " + change.before().get().sql() + " to " + change.after().sql()
                + ": " + why + ".", "check that every value fits, or widen instead"));
    }

    private static boolean isDropOfSomethingElse(StatementShape shape, int drop) {
        String what = shape.word(drop + 1);
        return what.equals("CONSTRAINT") || what.equals("DEFAULT") || what.equals("NOT") || what.equals("IDENTITY")
                || what.equals("EXPRESSION") || what.equals("PRIMARY") || what.equals("INDEX");
    }
}
