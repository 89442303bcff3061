package dev.migrate.dialect.mariadb;

import dev.migrate.lint.Finding.Category;
import dev.migrate.lint.LintRule;
import dev.migrate.lint.LintedStatement;
import dev.migrate.lint.StatementShape;

/**
 * The lint rules about how MariaDB and MySQL rebuild tables and commit DDL, added to the rules every database shares.
 *
 * <table>
 *   <tr><th>code</th><th>finding</th></tr>
 *   <tr><td>MG208</td><td>MODIFY / CHANGE COLUMN on an existing table: most type changes copy the whole table</td></tr>
 *   <tr><td>MG209</td><td>ADD UNIQUE / PRIMARY KEY on an existing table: a long build that fails on duplicates</td></tr>
 *   <tr><td>MG210</td><td>ALGORITHM=COPY or LOCK=EXCLUSIVE asked for on an existing table</td></tr>
 *   <tr><td>MG105</td><td>DROP DATABASE (a schema is a database here; DROP SCHEMA is a shared rule)</td></tr>
 * </table>
 */
final class MariaDbLintRules implements LintRule {

    @Override
    public void check(LintedStatement statement) {
        StatementShape shape = statement.shape();
        if (shape.startsWith("DROP", "DATABASE")) {
            statement.report("MG105", Category.DATA_LOSS, "drops database " + shape.nameAfter("DATABASE")
                    + " with every table in it.", "drop the tables one by one, in a revision of their own");
            return;
        }
        if (!shape.startsWith("ALTER", "TABLE") && !shape.startsWith("ALTER", "ONLINE", "TABLE")) {
            return;
        }
        String table = shape.nameAfter("TABLE");
        if (!statement.existedBefore(table)) {
            return;
        }
        if (shape.contains("MODIFY") || shape.contains("CHANGE")) {
            statement.report("MG208", Category.LOCKING, "changes a column of " + table + ": unless the change only "
                    + "renames it, widens a VARCHAR within its length byte or edits a default or an ENUM's tail, the "
                    + "server copies the whole table and blocks writes meanwhile.",
                    "for a big table: add a new column, backfill it in batches, then switch over; or add "
                    + "ALGORITHM=INSTANT to make the server refuse a copy");
        }
        int add = shape.find(0, "ADD");
        while (add >= 0) {
            int what = shape.word(add + 1).equals("CONSTRAINT") ? add + 3 : add + 1;
            if (shape.word(what).equals("UNIQUE") || shape.word(what).equals("PRIMARY")) {
                statement.report("MG209", Category.LOCKING, "adds a " + (shape.word(what).equals("UNIQUE")
                        ? "unique key" : "primary key") + " to " + table + ": the build reads every row and fails "
                        + "at the end on the first duplicate.", "check for duplicates first (SELECT ... GROUP BY ... "
                        + "HAVING COUNT(*) > 1); on a big table build it with an online schema change tool");
            }
            add = shape.find(add + 1, "ADD");
        }
        if (shape.contains("ALGORITHM", "COPY") || shape.contains("LOCK", "EXCLUSIVE")) {
            statement.report("MG210", Category.LOCKING, "asks for " + (shape.contains("ALGORITHM", "COPY")
                    ? "ALGORITHM=COPY" : "LOCK=EXCLUSIVE") + " on " + table + ", which blocks writes until the "
                    + "whole table is rebuilt.", "drop the hint and let the server choose INPLACE or INSTANT");
        }
    }
}
