package dev.migrate.dialect.postgres;

import dev.migrate.lint.Finding.Category;
import dev.migrate.lint.LintRule;
import dev.migrate.lint.LintedStatement;
import dev.migrate.lint.LintedStatement.ColumnTypeChange;
import dev.migrate.lint.StatementShape;
import dev.migrate.schema.model.ColumnType;

import java.util.Locale;
import java.util.Objects;

/**
 * The lint rules about PostgreSQL's locks and transactions, added to the rules every database shares.
 *
 * <table>
 *   <tr><th>code</th><th>finding</th></tr>
 *   <tr><td>MG201</td><td>CREATE INDEX without CONCURRENTLY on an existing table</td></tr>
 *   <tr><td>MG202</td><td>SET NOT NULL on an existing table scans it under an exclusive lock</td></tr>
 *   <tr><td>MG203</td><td>a type change that rewrites the table</td></tr>
 *   <tr><td>MG205</td><td>ALTER TYPE ... ADD VALUE inside a transaction</td></tr>
 *   <tr><td>MG206</td><td>a validating FOREIGN KEY or CHECK on an existing table</td></tr>
 *   <tr><td>MG207</td><td>CONCURRENTLY inside a transaction: the statement fails</td></tr>
 *   <tr><td>MG211</td><td>DETACH PARTITION without CONCURRENTLY locks the whole partitioned table</td></tr>
 *   <tr><td>MG212</td><td>ATTACH PARTITION of an existing table scans it to check its bound</td></tr>
 *   <tr><td>MG213</td><td>SET LOGGED / SET UNLOGGED rewrites the table</td></tr>
 * </table>
 */
final class PostgresLintRules implements LintRule {

    @Override
    public void check(LintedStatement statement) {
        StatementShape shape = statement.shape();
        if (shape.startsWith("ALTER", "TABLE")) {
            alterTable(statement, shape);
        } else if (shape.startsWith("CREATE", "INDEX") || shape.startsWith("CREATE", "UNIQUE", "INDEX")) {
            createIndex(statement, shape);
        } else if (shape.startsWith("ALTER", "TYPE") && shape.contains("ADD", "VALUE") && statement.transactional()) {
            statement.report("MG205", Category.LOCKING, "adds an enum value inside a transaction: the value cannot be "
                    + "used until it commits (and PostgreSQL before 12 refuses it).",
                    "put it in its own revision whose section says -- migrate:upgrade transaction:false");
        }
        if (statement.transactional() && shape.contains("CONCURRENTLY")) {
            statement.report("MG207", Category.LOCKING, "uses CONCURRENTLY inside a transaction, where PostgreSQL "
                    + "refuses it.", "mark the section -- migrate:upgrade transaction:false");
        }
    }

    private static void alterTable(LintedStatement statement, StatementShape shape) {
        String table = shape.nameAfter("TABLE");
        boolean existing = statement.existedBefore(table);
        statement.columnTypeChange().filter(change -> !rewritesNothing(change)).ifPresent(change ->
                statement.report("MG203", Category.LOCKING, "changes the type of " + table + "." + change.column()
                        + ", which rewrites the table under an exclusive lock.",
                        "for a big table: add a new column, backfill it in batches, then switch over"));
        if (existing && shape.contains("SET", "NOT", "NULL")) {
            statement.report("MG202", Category.LOCKING, "SET NOT NULL scans all of " + table + " under an exclusive "
                    + "lock.", "add CHECK (column IS NOT NULL) NOT VALID, VALIDATE it later, then SET NOT NULL (no scan)");
        }
        if (existing && shape.contains("DETACH", "PARTITION") && !shape.contains("CONCURRENTLY")
                && !shape.contains("FINALIZE")) {
            statement.report("MG211", Category.LOCKING, "detaches a partition of " + table + " under an ACCESS "
                    + "EXCLUSIVE lock on the whole partitioned table: every read and write of every partition waits.",
                    "use DETACH PARTITION ... CONCURRENTLY in a section marked -- migrate:upgrade transaction:false "
                            + "(not possible while the table has a default partition)");
        }
        String attached = shape.contains("ATTACH", "PARTITION") ? shape.nameAfter("PARTITION") : null;
        if (existing && attached != null && statement.existedBefore(attached)) {
            statement.report("MG212", Category.LOCKING, "attaches " + attached + " to " + table + ": PostgreSQL scans "
                    + "all of " + attached + " (and the default partition, if any) to check the bound, holding locks "
                    + "that block writes.", "first add a CHECK constraint that matches the bound, NOT VALID, and "
                    + "VALIDATE it: ATTACH then skips the scan");
        }
        if (existing && (shape.contains("SET", "LOGGED") || shape.contains("SET", "UNLOGGED"))) {
            statement.report("MG213", Category.LOCKING, "rewrites all of " + table + " (and, to make it logged, "
                    + "writes it to the write-ahead log) under an exclusive lock.",
                    "for a big table: do it in a maintenance window");
        }
        int add = shape.find(0, "ADD");
        if (existing && add > 0 && shape.addsConstraintAt(add) && !shape.contains("NOT", "VALID")
                && (shape.contains("FOREIGN", "KEY") || shape.contains("CHECK"))) {
            statement.report("MG206", Category.LOCKING, "adds a " + (shape.contains("CHECK") ? "check constraint"
                    : "foreign key") + " that scans " + table + " while blocking writes.",
                    "add it NOT VALID, then VALIDATE CONSTRAINT in a later revision");
        }
    }

    private static void createIndex(LintedStatement statement, StatementShape shape) {
        if (shape.contains("CONCURRENTLY")) {
            return;
        }
        int on = shape.find(0, "ON");
        String table = shape.word(on + 1).equals("ONLY") ? shape.word(on + 2) : shape.word(on + 1);
        if (on > 0 && statement.existedBefore(table)) {
            statement.report("MG201", Category.LOCKING, "builds an index on " + table + " while blocking writes to it.",
                    "use CREATE INDEX CONCURRENTLY in a section marked -- migrate:upgrade transaction:false");
        }
    }

    /** Whether the change keeps every value and PostgreSQL makes it without rewriting the table. */
    private static boolean rewritesNothing(ColumnTypeChange change) {
        return change.before().isPresent() && change.narrowing().isEmpty()
                && widensInPlace(change.before().get(), change.after());
    }

    /**
     * Whether PostgreSQL changes the type without rewriting the table: a longer varchar, varchar to text, a numeric
     * with more precision and the same scale.
     */
    static boolean widensInPlace(ColumnType before, ColumnType after) {
        String a = before.base().toLowerCase(Locale.ROOT);
        String b = after.base().toLowerCase(Locale.ROOT);
        if (a.equals("character varying") && (b.equals("text")
                || b.equals("character varying") && (after.length() == null
                || before.length() != null && after.length() >= before.length()))) {
            return true;
        }
        return a.equals("numeric") && b.equals("numeric") && before.precision() != null && after.precision() != null
                && after.precision() >= before.precision() && Objects.equals(before.scale(), after.scale());
    }
}
