package dev.migrate.apply;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Direction;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationStep;
import dev.migrate.script.CallbackScript;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.Section;
import dev.migrate.script.SqlStatement;

import java.util.List;

/**
 * Writes a plan as one SQL script that someone else runs later (Alembic's {@code --sql}, Liquibase's
 * {@code updateSQL}): each revision's statements in order, inside its own transaction block together with the
 * version-row statements and the journal row that {@link MigrationExecutor} would write, so that running the script
 * leaves the database where running the plan would.
 *
 * <p>What the script cannot do that the executor does: check that each version-row statement changed exactly one
 * row, hold the migration lock, and journal failures. Whoever runs it must stop at the first error (psql:
 * {@code -v ON_ERROR_STOP=1}); the header says so.
 */
public final class OfflineScriptWriter {

    private final Dialect dialect;
    private final VersionStore store;
    private final String appliedBy;

    /**
     * @param appliedBy who wrote the script; the journal rows say it was applied from a script
     */
    public OfflineScriptWriter(Dialect dialect, VersionStore store, String appliedBy) {
        this.dialect = dialect;
        this.store = store;
        this.appliedBy = appliedBy + " (offline SQL)";
    }

    /**
     * The script.
     *
     * @param header            comment lines for the top (without {@code --})
     * @param createTables      whether the script first creates migrate's tables (a database never migrated)
     * @param singleTransaction one transaction for the whole script instead of one per revision
     * @param callbacks         whose files run at their moments, as {@link MigrationExecutor} runs them
     */
    public String write(MigrationPlan plan, ScriptDirectory scripts, List<String> header, boolean createTables,
                        boolean singleTransaction, Callbacks callbacks) {
        StringBuilder out = new StringBuilder();
        for (String line : header) {
            out.append(line.isEmpty() ? "--" : "-- " + line).append('\n');
        }
        out.append('\n');
        if (singleTransaction) {
            out.append("BEGIN;\n\n");
        }
        if (createTables) {
            out.append("-- migrate's tables: ").append(store.versionTable()).append(" and ").append(store.historyTable())
                    .append('\n');
            for (String sql : store.createTableStatements()) {
                out.append(sql).append(";\n");
            }
            out.append('\n');
        }
        if (store.schema() != null && !plan.isEmpty()) {
            // Where migrate would run the revisions: the configured schema.
            out.append(dialect.useSchemaStatement(store.schema())).append(";\n\n");
        }
        Direction direction = plan.direction();
        if (!plan.isEmpty()) {
            aroundPlan(out, callbacks.files(direction, false, true), singleTransaction);
        }
        int index = 0;
        for (MigrationStep step : plan.steps()) {
            index++;
            RevisionScript script = scripts.script(step.id());
            Section section = script.section(step.direction());
            List<SqlStatement> statements = section == null ? List.of() : section.statements();
            out.append("-- ").append(index).append('/').append(plan.steps().size()).append(' ')
                    .append(step.direction().word()).append(' ').append(step.id()).append(" (")
                    .append(script.message()).append("): ").append(script.location()).append('\n');
            boolean ownTransaction = !singleTransaction && (section == null || section.transactional());
            if (ownTransaction) {
                out.append("BEGIN;\n");
            }
            if (section != null && !section.transactional()) {
                out.append("-- transaction:false: these statements run outside a transaction block\n");
            }
            if (section != null && section.isJava()) {
                throw new IllegalArgumentException(step.id() + " is a Java migration, which offline SQL cannot hold");
            }
            appendCallbacks(out, callbacks.files(direction, true, true));
            for (SqlStatement statement : statements) {
                out.append(terminated(statement.sql())).append('\n');
            }
            appendCallbacks(out, callbacks.files(direction, true, false));
            if (!ownTransaction && !singleTransaction) {
                out.append("BEGIN;\n");
            }
            for (String sql : store.versionRowStatements(step)) {
                out.append(sql).append(";\n");
            }
            JournalEntry entry = new JournalEntry(step.id(), step.direction().word(), script.message(),
                    script.checksum(), appliedBy, null, null, 0, StepState.COMPLETED, statements.size(),
                    statements.size(), null, null, script.text());
            out.append(store.deferredJournalInsert(entry)).append(";\n");
            if (!singleTransaction) {
                out.append("COMMIT;\n");
            }
            out.append('\n');
        }
        if (!plan.isEmpty()) {
            aroundPlan(out, callbacks.files(direction, false, false), singleTransaction);
        }
        if (singleTransaction) {
            out.append("COMMIT;\n");
        }
        return out.toString();
    }

    /** A before or after callback of the whole run, in a transaction of its own. */
    private void aroundPlan(StringBuilder out, List<CallbackScript> files, boolean singleTransaction) {
        if (files.isEmpty()) {
            return;
        }
        if (!singleTransaction) {
            out.append("BEGIN;\n");
        }
        appendCallbacks(out, files);
        if (!singleTransaction) {
            out.append("COMMIT;\n");
        }
        out.append('\n');
    }

    private void appendCallbacks(StringBuilder out, List<CallbackScript> files) {
        for (CallbackScript file : files) {
            out.append("-- callback ").append(file.event()).append(": ").append(file.location()).append('\n');
            for (SqlStatement statement : file.statements()) {
                out.append(terminated(statement.sql())).append('\n');
            }
        }
    }

    /** A statement as the database's own client reads it: with its terminator. */
    private String terminated(String sql) {
        return dialect.scriptStatement(sql);
    }
}
