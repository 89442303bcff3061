package dev.migrate.lint;

import dev.migrate.lint.Finding.Category;
import dev.migrate.lint.LintedStatement.ColumnTypeChange;

/**
 * The rules that hold on every database: what loses data, and a new column no existing row can fill.
 *
 * <table>
 *   <tr><th>code</th><th>finding</th></tr>
 *   <tr><td>MG101</td><td>DROP TABLE of a table that holds data</td></tr>
 *   <tr><td>MG102</td><td>DROP COLUMN</td></tr>
 *   <tr><td>MG103</td><td>a type change that narrows (shorter, smaller, another kind)</td></tr>
 *   <tr><td>MG104</td><td>TRUNCATE, or DELETE without WHERE</td></tr>
 *   <tr><td>MG105</td><td>DROP SCHEMA</td></tr>
 *   <tr><td>MG204</td><td>ADD COLUMN ... NOT NULL without DEFAULT on an existing table</td></tr>
 * </table>
 */
final class StandardRules implements LintRule {

    @Override
    public void check(LintedStatement statement) {
        StatementShape shape = statement.shape();
        if (shape.startsWith("DROP", "TABLE")) {
            String table = shape.nameAfter("TABLE");
            if (statement.existedBefore(table)) {
                statement.report("MG101", Category.DATA_LOSS, "drops table " + table + " and all its rows.",
                        "back the data up, or rename the table now and drop it in a later release");
            }
        } else if (shape.startsWith("TRUNCATE")) {
            statement.report("MG104", Category.DATA_LOSS, "deletes every row of " + shape.nameAfter("TRUNCATE") + ".",
                    "make sure the rows are not needed, or copy them elsewhere first");
        } else if (shape.startsWith("DELETE", "FROM") && !shape.contains("WHERE")) {
            statement.report("MG104", Category.DATA_LOSS, "deletes every row of " + shape.nameAfter("FROM")
                    + " (no WHERE).", "add a WHERE clause, or make sure the rows are not needed");
        } else if (shape.startsWith("DROP", "SCHEMA")) {
            statement.report("MG105", Category.DATA_LOSS, "drops schema " + shape.nameAfter("SCHEMA")
                    + (shape.contains("CASCADE") ? " and everything in it." : "."),
                    "make sure nothing in it is needed");
        } else if (shape.startsWith("ALTER", "TABLE")) {
            alterTable(statement, shape);
        }
    }

    private static void alterTable(LintedStatement statement, StatementShape shape) {
        String table = shape.nameAfter("TABLE");
        boolean existing = statement.existedBefore(table);
        int drop = shape.find(0, "DROP");
        if (drop > 0 && !isDropOfSomethingElse(shape, drop)) {
            String column = shape.word(drop + 1).equals("COLUMN") ? shape.columnAfter(drop + 1) : shape.word(drop + 1);
            if (existing) {
                statement.report("MG102", Category.DATA_LOSS, "drops column " + table + "." + LintContext.plain(column)
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
        change.narrowing().ifPresent(why -> statement.report("MG103", Category.DATA_LOSS, "changes " + change.table()
                + "." + change.column() + " from " + change.before().get().sql() + " to " + change.after().sql()
                + ": " + why + ".", "check that every value fits, or widen instead"));
    }

    private static boolean isDropOfSomethingElse(StatementShape shape, int drop) {
        String what = shape.word(drop + 1);
        return what.equals("CONSTRAINT") || what.equals("DEFAULT") || what.equals("NOT") || what.equals("IDENTITY")
                || what.equals("EXPRESSION") || what.equals("PRIMARY") || what.equals("INDEX");
    }
}
