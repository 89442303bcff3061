package dev.migrate.apply;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Direction;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationStep;
import dev.migrate.report.AppliedMigration;
import dev.migrate.report.MigrationEvent;
import dev.migrate.report.MigrationListener;
import dev.migrate.report.RevisionSummary;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.Section;
import dev.migrate.script.SqlStatement;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the steps of a plan, each in its own transaction: the section's statements, then the version-row changes
 * and the journal entry sent together in one batch, then COMMIT. That is one round trip per statement plus two, as
 * close to {@code psql} as bookkeeping allows.
 *
 * <p>A failing statement rolls its revision back (completely on PostgreSQL; on H2 only what DDL did not already
 * commit), journals the failure in a separate transaction and stops; revisions that completed stay applied.
 */
public final class MigrationExecutor {

    private final Dialect dialect;
    private final VersionStore store;
    private final MigrationListener listener;
    private final Clock clock;
    private final String appliedBy;

    public MigrationExecutor(Dialect dialect, VersionStore store, MigrationListener listener, Clock clock,
                             String appliedBy) {
        this.dialect = dialect;
        this.store = store;
        this.listener = listener;
        this.clock = clock;
        this.appliedBy = appliedBy;
    }

    /**
     * Runs {@code plan}. Every step must have a section to run in its direction (callers check that before touching
     * the database).
     */
    public List<AppliedMigration> execute(Connection connection, MigrationPlan plan, ScriptDirectory scripts)
            throws SQLException {
        String databaseUser = connection.getMetaData().getUserName();
        List<AppliedMigration> done = new ArrayList<>(plan.steps().size());
        int total = plan.steps().size();
        int index = 0;
        for (MigrationStep step : plan.steps()) {
            index++;
            RevisionScript script = scripts.script(step.id());
            done.add(run(connection, step, script, index, total, databaseUser, done));
        }
        return done;
    }

    private AppliedMigration run(Connection connection, MigrationStep step, RevisionScript script, int index,
                                 int total, String databaseUser, List<AppliedMigration> completed) throws SQLException {
        Section section = step.direction() == Direction.UPGRADE ? script.upgrade() : script.downgrade();
        RevisionSummary summary = new RevisionSummary(script.revision(), script.message(), script.location());
        String direction = step.direction().word();
        List<SqlStatement> statements = section.statements();
        listener.event(new MigrationEvent.Started(summary, direction, index, total, statements.size()));

        boolean transactional = section.transactional();
        connection.setAutoCommit(!transactional);
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        int statementsDone = 0;
        try (Statement st = connection.createStatement()) {
            for (SqlStatement statement : statements) {
                try {
                    st.execute(statement.sql());
                } catch (SQLException e) {
                    throw failure(connection, step, script, summary, statement, e, transactional, statementsDone,
                            startedAt, start, databaseUser, completed);
                }
                statementsDone++;
            }
            if (!transactional) {
                connection.setAutoCommit(false);
            }
            long millis = elapsedMillis(start);
            List<String> rowStatements = store.versionRowStatements(step);
            for (String sql : rowStatements) {
                st.addBatch(sql);
            }
            st.addBatch(store.journalInsert(entry(step, script, databaseUser, startedAt, millis, true,
                    statements.size(), statementsDone, null, null)));
            int[] counts;
            try {
                counts = st.executeBatch();
            } catch (BatchUpdateException e) {
                connection.rollback();
                throw concurrentChange(step, e);
            }
            for (int k = 0; k < rowStatements.size(); k++) {
                if (counts[k] != 1 && counts[k] != Statement.SUCCESS_NO_INFO) {
                    connection.rollback();
                    throw concurrentChange(step, null);
                }
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
        long millis = elapsedMillis(start);
        listener.event(new MigrationEvent.Finished(summary, direction, index, total, statements.size(), millis));
        return new AppliedMigration(summary, direction, statements.size(), millis);
    }

    private MigrationFailedException failure(Connection connection, MigrationStep step, RevisionScript script,
                                             RevisionSummary summary, SqlStatement statement, SQLException error,
                                             boolean transactional, int statementsDone, Instant startedAt, long start,
                                             String databaseUser, List<AppliedMigration> completed) {
        boolean rolledBack = statementsDone == 0;
        if (transactional) {
            try {
                connection.rollback();
                rolledBack = rolledBack || dialect.transactionalDdl();
            } catch (SQLException rollbackError) {
                error.addSuppressed(rollbackError);
            }
        }
        String databaseMessage = databaseMessage(error);
        try {
            store.appendJournal(connection, entry(step, script, databaseUser, startedAt, elapsedMillis(start), false,
                    sectionSize(step, script), statementsDone, statement.line(),
                    databaseMessage));
        } catch (SQLException journalError) {
            error.addSuppressed(journalError);
        }
        String direction = step.direction().word();
        listener.event(new MigrationEvent.Failed(summary, direction, statement.line(), statement.summary(),
                databaseMessage, rolledBack));
        StringBuilder message = new StringBuilder();
        message.append(direction).append(" of ").append(summary.label()).append(" failed at ")
                .append(script.location()).append(':').append(statement.line()).append('\n');
        message.append("  statement: ").append(statement.summary()).append('\n');
        message.append("  database:  ").append(databaseMessage).append('\n');
        if (rolledBack) {
            message.append("  Nothing of ").append(step.id()).append(" remains: it was rolled back.");
        } else {
            message.append("  ").append(statementsDone).append(" of ").append(sectionSize(step, script))
                    .append(" statements had completed and ").append(dialect.displayName())
                    .append(" cannot roll back DDL, so ").append(step.id())
                    .append(" is partly applied: undo those statements by hand (or complete them), then run again.");
        }
        if (!completed.isEmpty()) {
            message.append(" The ").append(completed.size()).append(" revision(s) before it stay applied.");
        }
        return new MigrationFailedException(message.toString(), step.id(), script.location(), statement.line(),
                error.getSQLState(), rolledBack, statementsDone, completed, error);
    }

    private static int sectionSize(MigrationStep step, RevisionScript script) {
        Section section = step.direction() == Direction.UPGRADE ? script.upgrade() : script.downgrade();
        return section == null ? 0 : section.statements().size();
    }

    private static String databaseMessage(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return e.getSQLState() == null || message.contains(e.getSQLState())
                ? message : message + " (SQLSTATE " + e.getSQLState() + ")";
    }

    private DatabaseStateException concurrentChange(MigrationStep step, SQLException cause) {
        return new DatabaseStateException("the version rows of " + store.versionTable() + " changed while "
                + step.id() + " ran (another migrate process?); " + step.id() + " was rolled back. "
                + "Run status to see where the database is, then run again.", cause);
    }

    private JournalEntry entry(MigrationStep step, RevisionScript script, String databaseUser, Instant startedAt,
                               long millis, boolean success, int total, int done, Integer errorLine, String error) {
        return new JournalEntry(step.id(), step.direction().word(), script.message(), script.checksum(), appliedBy,
                databaseUser, startedAt, millis, success, total, done, errorLine, error, null);
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
