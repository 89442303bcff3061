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
import java.util.function.UnaryOperator;

/**
 * Runs the steps of a plan. By default each step is one transaction: the section's statements, then the version-row
 * changes and the journal entry sent together in one batch, then COMMIT; one round trip per statement plus two, as
 * close to {@code psql} as bookkeeping allows.
 *
 * <p>Where a step cannot be undone by a rollback (on H2, whose DDL commits on its own, unless the section only changes
 * rows; and in {@code transaction:false} sections) it runs statement by statement in autocommit: its journal row is written when it starts, and after each
 * statement the count of completed statements is committed, so that a failure, or a killed process, leaves the
 * revision on record as failed with exactly how far it got (a kill between a statement and its count leaves that one
 * statement in doubt, and the record says so). {@link Options#singleTransaction()} runs the whole plan in one
 * transaction instead.
 *
 * <p>A Java migration's section is one call, made inside a transaction even where a file's statements would each
 * commit. Callbacks run around the plan (each in a transaction of its own) and around each step (in the step's
 * transaction); see {@link dev.migrate.MigrationCallback}.
 */
public final class MigrationExecutor {

    /**
     * How to run a plan.
     *
     * @param singleTransaction run every step in one transaction, committed at the end (callers check that the
     *                          dialect and the sections allow it)
     * @param resume            continue a failed run of the plan's first step after its completed statements, or null
     * @param callbacks         what runs before and after the plan and each step
     */
    public record Options(boolean singleTransaction, Resume resume, Callbacks callbacks) {

        public static final Options DEFAULT = new Options(false, null, Callbacks.NONE);

        public Options {
            callbacks = callbacks == null ? Callbacks.NONE : callbacks;
        }

        public Options(boolean singleTransaction, Resume resume) {
            this(singleTransaction, resume, Callbacks.NONE);
        }
    }

    /**
     * Where a failed run stopped.
     *
     * @param revision       the revision whose step failed
     * @param statementsDone how many of its statements completed and must not run again
     */
    public record Resume(String revision, int statementsDone) {
    }

    private final Dialect dialect;
    private final VersionStore store;
    private final MigrationListener listener;
    private final Clock clock;
    private final String appliedBy;
    private final UnaryOperator<String> redact;

    /**
     * @param redact removes secrets from database messages before they are journalled or reported
     */
    public MigrationExecutor(Dialect dialect, VersionStore store, MigrationListener listener, Clock clock,
                             String appliedBy, UnaryOperator<String> redact) {
        this.dialect = dialect;
        this.store = store;
        this.listener = listener;
        this.clock = clock;
        this.appliedBy = appliedBy;
        this.redact = redact;
    }

    /**
     * Runs {@code plan}. Every step must have a section to run in its direction (callers check that before touching
     * the database).
     */
    public List<AppliedMigration> execute(Connection connection, MigrationPlan plan, ScriptDirectory scripts,
                                          Options options) throws SQLException {
        String databaseUser = connection.getMetaData().getUserName();
        List<AppliedMigration> done = new ArrayList<>(plan.steps().size());
        Run run = new Run(connection, plan.steps().size(), databaseUser, options, done);
        if (options.singleTransaction()) {
            connection.setAutoCommit(false);
        }
        try {
            if (!plan.isEmpty()) {
                aroundPlan(run, Callbacks.Moment.BEFORE, plan.direction());
            }
            for (MigrationStep step : plan.steps()) {
                RevisionScript script = scripts.script(step.id());
                int skip = options.resume() != null && options.resume().revision().equals(step.id())
                        ? options.resume().statementsDone() : 0;
                done.add(runStep(run, step, script, done.size() + 1, skip));
            }
            if (!plan.isEmpty()) {
                aroundPlan(run, Callbacks.Moment.AFTER, plan.direction());
            }
            if (options.singleTransaction()) {
                connection.commit();
            }
        } finally {
            if (options.singleTransaction()) {
                connection.setAutoCommit(true);
            }
        }
        return done;
    }

    /**
     * Runs the callbacks of the plan's start or end in a transaction of their own (or in the one transaction of the
     * plan), committed before the first step starts or after the last one committed.
     */
    private void aroundPlan(Run run, Callbacks.Moment moment, Direction direction) throws SQLException {
        Callbacks callbacks = run.options().callbacks();
        if (callbacks.isEmpty()) {
            return;
        }
        Connection connection = run.connection();
        boolean single = run.options().singleTransaction();
        if (!single) {
            connection.setAutoCommit(false);
        }
        try {
            callbacks.run(moment, direction, connection, null);
            if (!single) {
                connection.commit();
            }
        } catch (Callbacks.CallbackFailure e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackError) {
                e.cause.addSuppressed(rollbackError);
            }
            String event = Callbacks.event(direction, moment);
            String state;
            if (single) {
                state = "Nothing of this run remains: migrate.transactionMode=all rolled it back.";
            } else if (moment == Callbacks.Moment.BEFORE) {
                state = "No revision ran.";
            } else {
                state = "The " + run.completed().size() + " revision(s) of this run stay applied.";
            }
            String databaseMessage = redact.apply(databaseMessage(e.cause));
            throw new MigrationFailedException("the " + event + " callback failed at " + e.where + "\n"
                    + "  statement: " + e.what + "\n"
                    + "  database:  " + databaseMessage + "\n"
                    + "  " + state, null, e.where, 0, e.cause.getSQLState(), true, 0,
                    single ? List.of() : run.completed(), e.cause);
        } finally {
            if (!single) {
                connection.setAutoCommit(true);
            }
        }
    }

    /** What all steps of one execution share. */
    private record Run(Connection connection, int total, String databaseUser, Options options,
                       List<AppliedMigration> completed) {
    }

    /** One step as it runs. */
    private final class StepRun {
        final Run run;
        final MigrationStep step;
        final RevisionScript script;
        final Section section;
        final RevisionSummary summary;
        final boolean tracked;
        final Instant startedAt = clock.instant();
        final long start = System.nanoTime();
        Long rowId;
        int statementsDone;
        boolean javaStarted;

        StepRun(Run run, MigrationStep step, RevisionScript script, int skip) {
            this.run = run;
            this.step = step;
            this.script = script;
            this.section = script.section(step.direction());
            this.summary = new RevisionSummary(script.revision(), script.message(), script.location());
            // A section of INSERTs and UPDATEs rolls back on H2 too; only DDL there (or a section outside a
            // transaction) needs the statement-by-statement record.
            this.tracked = !run.options().singleTransaction() && (!section.transactional()
                    || (!dialect.features().transactionalDdl() && !section.changesDataOnly()));
            this.statementsDone = skip;
        }

        int size() {
            return section.statements().size();
        }

        JournalEntry entry(StepState state, Integer errorLine, String error) {
            return new JournalEntry(step.id(), step.direction().word(), script.message(), script.checksum(), appliedBy,
                    run.databaseUser(), startedAt, elapsedMillis(start), state, size(), statementsDone, errorLine,
                    error == null ? null : redact.apply(error), script.text());
        }
    }

    private AppliedMigration runStep(Run run, MigrationStep step, RevisionScript script, int index, int skip)
            throws SQLException {
        StepRun s = new StepRun(run, step, script, skip);
        Connection connection = run.connection();
        String direction = step.direction().word();
        List<SqlStatement> statements = s.section.statements();
        listener.event(new MigrationEvent.Started(s.summary, direction, index, run.total(), statements.size()));
        boolean single = run.options().singleTransaction();
        if (!single) {
            // A Java migration runs in a transaction even where statements of a file would each commit: its own
            // changes then roll back with it, all but the DDL of a database whose DDL commits on its own.
            connection.setAutoCommit(s.tracked && !(s.section.isJava() && s.section.transactional()));
        }
        try (Statement st = connection.createStatement()) {
            if (s.tracked) {
                s.rowId = store.insertRunning(connection, s.entry(StepState.RUNNING, null, null));
            }
            aroundStep(s, Callbacks.Moment.BEFORE_EACH);
            for (int k = skip; k < statements.size(); k++) {
                SqlStatement statement = statements.get(k);
                try {
                    if (s.section.isJava()) {
                        s.javaStarted = true;
                        JavaCalls.run(s.section.java(), step.direction(), connection);
                    } else {
                        st.execute(statement.sql());
                    }
                } catch (SQLException e) {
                    throw failure(s, statement, e);
                }
                s.statementsDone++;
                if (s.tracked && s.statementsDone < statements.size()) {
                    st.executeUpdate(store.progressUpdate(s.rowId, s.statementsDone));
                }
            }
            aroundStep(s, Callbacks.Moment.AFTER_EACH);
            finish(s, st);
        } finally {
            if (!single) {
                connection.setAutoCommit(true);
            }
        }
        long millis = elapsedMillis(s.start);
        listener.event(new MigrationEvent.Finished(s.summary, direction, index, run.total(), statements.size(), millis));
        return new AppliedMigration(s.summary, direction, statements.size(), millis);
    }

    /** The callbacks right before a step's first statement or after its last, in the step's transaction. */
    private void aroundStep(StepRun s, Callbacks.Moment moment) {
        Callbacks callbacks = s.run.options().callbacks();
        if (callbacks.isEmpty()) {
            return;
        }
        try {
            callbacks.run(moment, s.step.direction(), s.run.connection(), s.step.id());
        } catch (Callbacks.CallbackFailure e) {
            String event = Callbacks.event(s.step.direction(), moment);
            throw failure(s, new Failing(e.where, null, event + " callback: " + e.what), e.cause);
        }
    }

    /** Version rows and journal row in one batch, then COMMIT (unless the whole plan is one transaction). */
    private void finish(StepRun s, Statement st) throws SQLException {
        Connection connection = s.run.connection();
        if (connection.getAutoCommit()) {
            connection.setAutoCommit(false);
        }
        List<String> rowStatements = store.versionRowStatements(s.step);
        for (String sql : rowStatements) {
            st.addBatch(sql);
        }
        JournalEntry completed = s.entry(StepState.COMPLETED, null, null);
        st.addBatch(s.tracked ? store.finishUpdate(s.rowId, completed) : store.journalInsert(completed));
        int[] counts;
        try {
            counts = st.executeBatch();
        } catch (BatchUpdateException e) {
            throw concurrentChange(s, e);
        }
        for (int k = 0; k < counts.length; k++) {
            boolean mustChangeOneRow = k < rowStatements.size() || s.tracked;
            if (mustChangeOneRow && counts[k] != 1 && counts[k] != Statement.SUCCESS_NO_INFO) {
                throw concurrentChange(s, null);
            }
        }
        if (!s.run.options().singleTransaction()) {
            connection.commit();
        }
    }

    /** Where a step failed: its file and line, or a callback's. */
    private record Failing(String where, Integer line, String summary) {
    }

    private MigrationFailedException failure(StepRun s, SqlStatement statement, SQLException error) {
        return failure(s, new Failing(s.script.location() + ":" + statement.line(), statement.line(),
                statement.summary()), error);
    }

    private MigrationFailedException failure(StepRun s, Failing statement, SQLException error) {
        Connection connection = s.run.connection();
        boolean single = s.run.options().singleTransaction();
        boolean undoable = !s.tracked;
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException rollbackError) {
            error.addSuppressed(rollbackError);
        }
        // A Java migration that started may have changed things its transaction cannot take back (H2's DDL).
        boolean partial = !undoable && (s.statementsDone > 0 || s.javaStarted);
        StepState state = partial ? StepState.FAILED : StepState.ROLLED_BACK;
        String databaseMessage = redact.apply(databaseMessage(error));
        JournalEntry entry = s.entry(state, statement.line(), databaseMessage);
        try {
            if (s.tracked) {
                store.finish(connection, s.rowId, entry);
            } else {
                store.appendJournal(connection, entry);
            }
        } catch (SQLException journalError) {
            error.addSuppressed(journalError);
        }
        String direction = s.step.direction().word();
        int line = statement.line() == null ? 0 : statement.line();
        listener.event(new MigrationEvent.Failed(s.summary, direction, line, statement.summary(), databaseMessage,
                !partial));
        StringBuilder message = new StringBuilder();
        message.append(direction).append(" of ").append(s.summary.label()).append(" failed at ")
                .append(statement.where()).append('\n');
        message.append("  statement: ").append(statement.summary()).append('\n');
        message.append("  database:  ").append(databaseMessage).append('\n');
        List<AppliedMigration> completed = s.run.completed();
        if (single) {
            message.append("  Nothing of this run remains: migrate.transactionMode=all rolled back every revision of it");
            message.append(completed.isEmpty() ? "." : " (" + completed.size() + " revision(s) before "
                    + s.step.id() + " included).");
            completed = List.of();
        } else if (!partial) {
            message.append("  Nothing of ").append(s.step.id()).append(" remains: ")
                    .append(s.statementsDone == 0 ? "none of its statements had completed." : "it was rolled back.");
            if (!s.section.transactional()) {
                message.append(" (A failed CREATE INDEX CONCURRENTLY can leave an INVALID index behind: drop it before "
                        + "running again.)");
            }
        } else {
            message.append("  ").append(FailedRuns.describeProgress(s.statementsDone, s.size(), s.section,
                    FailedRuns.whyNotUndone(s.section, dialect)));
        }
        if (!single && !completed.isEmpty()) {
            message.append(" The ").append(completed.size()).append(" revision(s) before it stay applied.");
        }
        if (partial) {
            message.append('\n').append("  ").append(FailedRuns.howToContinue(s.step.id(), direction,
                    s.statementsDone, s.section));
        }
        return new MigrationFailedException(message.toString(), s.step.id(), s.script.location(), line,
                error.getSQLState(), !partial, s.statementsDone, completed, error);
    }

    private static String databaseMessage(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return e.getSQLState() == null || message.contains(e.getSQLState())
                ? message : message + " (SQLSTATE " + e.getSQLState() + ")";
    }

    private DatabaseStateException concurrentChange(StepRun s, SQLException cause) throws SQLException {
        Connection connection = s.run.connection();
        connection.rollback();
        boolean partial = s.tracked && s.statementsDone > 0;
        if (s.tracked) {
            store.finish(connection, s.rowId, s.entry(partial ? StepState.FAILED : StepState.ROLLED_BACK, null,
                    "the version rows changed while it ran"));
        }
        return new DatabaseStateException("the version rows of " + store.versionTable() + " changed while "
                + s.step.id() + " ran (something changed them without holding migrate's lock); "
                + (partial ? s.step.id() + "'s statements stay applied, but it is not recorded as applied. "
                : s.step.id() + " was rolled back. ")
                + "Run status to see where the database is, then run again.", cause);
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
