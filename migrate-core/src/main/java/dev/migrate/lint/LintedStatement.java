package dev.migrate.lint;

import dev.migrate.lint.Finding.Category;
import dev.migrate.schema.model.ColumnType;
import dev.migrate.schema.ops.TypeChanges;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.SqlStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One statement as the lint rules see it: its words, whether it runs in a transaction, what existed before it, and
 * where its findings go.
 */
public final class LintedStatement {

    private final RevisionScript script;
    private final SqlStatement statement;
    private final StatementShape shape;
    private final LintContext context;
    private final boolean transactional;
    private final Set<String> createdHere;
    private final List<Finding> findings = new ArrayList<>();

    LintedStatement(RevisionScript script, SqlStatement statement, StatementShape shape, LintContext context,
                    boolean transactional, Set<String> createdHere) {
        this.script = script;
        this.statement = statement;
        this.shape = shape;
        this.context = context;
        this.transactional = transactional;
        this.createdHere = createdHere;
    }

    /** The statement's text, as written. */
    public String sql() {
        return statement.sql();
    }

    /** The statement's words. */
    public StatementShape shape() {
        return shape;
    }

    /** Whether the statement runs inside a transaction (its section is not marked {@code transaction:false}). */
    public boolean transactional() {
        return transactional;
    }

    /**
     * Whether a table (as written, maybe qualified or quoted) existed before the revision: a table created earlier in
     * the same revision holds nothing to lose or to lock yet.
     */
    public boolean existedBefore(String table) {
        return !createdHere.contains(LintContext.plain(table)) && context.tableExists(table);
    }

    /**
     * The column type change of {@code ALTER TABLE t ALTER [COLUMN] c [SET DATA] TYPE x} on a table that existed
     * before the revision; empty for any other statement.
     */
    public Optional<ColumnTypeChange> columnTypeChange() {
        if (!shape.startsWith("ALTER", "TABLE")) {
            return Optional.empty();
        }
        String table = shape.nameAfter("TABLE");
        int type = typeKeyword();
        if (type <= 0 || !existedBefore(table)) {
            return Optional.empty();
        }
        int alterColumn = shape.find(0, "ALTER", "COLUMN");
        String column = shape.columnAfter(alterColumn >= 0 ? alterColumn + 1 : shape.find(2, "ALTER"));
        return Optional.of(new ColumnTypeChange(table, LintContext.plain(column), context.columnType(table, column),
                SqlTypes.parse(shape, type + 1)));
    }

    /** The index of {@code TYPE} in {@code ALTER COLUMN c [SET DATA] TYPE t}, or -1. */
    private int typeKeyword() {
        int alter = shape.find(2, "ALTER");
        if (alter < 0) {
            return -1;
        }
        int type = shape.find(alter, "TYPE");
        return type > alter && type <= alter + 5 ? type : -1;
    }

    /** Reports a finding on this statement. */
    public void report(String code, Category category, String reason, String fix) {
        report(code, category, null, reason, fix);
    }

    /**
     * Reports a finding on this statement that loses rows or values of {@code table} (as written), so that a backup
     * knows what to copy first.
     */
    public void report(String code, Category category, String table, String reason, String fix) {
        findings.add(new Finding(code, category, script.revision(), script.location(), statement.line(),
                statement.summary(), reason, fix, table));
    }

    List<Finding> findings() {
        return findings;
    }

    /**
     * A column's type changing.
     *
     * @param table  the table, as written in the statement
     * @param column the column, without quotes, in lower case
     * @param before the type before the revision, when the schema is known
     * @param after  the type the statement sets
     */
    public record ColumnTypeChange(String table, String column, Optional<ColumnType> before, ColumnType after) {

        /** Why values may not fit the new type; empty when they all do, or when the type before is unknown. */
        public Optional<String> narrowing() {
            return before.flatMap(b -> TypeChanges.narrowing(b, after));
        }
    }
}
