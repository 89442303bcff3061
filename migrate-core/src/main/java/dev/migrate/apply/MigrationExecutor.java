package dev.migrate.apply;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.StatementEvidence;
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
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Runs the steps of a plan. By default each step is one transaction: the section's statements, then the version-row
 * changes and the journal entry sent together in one batch, then COMMIT; one round trip per statement plus two, as
 * close to {@code psql} as bookkeeping allows.
 *
 * <p>Where a step cannot be undone by a rollback (on H2, whose DDL commits on its own, unless the section only changes
 * rows; and in {@code transaction:false} sections) it runs statement by statement: its journal row is written when it
 * starts, with the server session it runs in, and after each statement the count of completed statements is
 * committed. A statement that can run in a transaction block ({@link Dialect#canRunInTransaction}) commits in one
 * transaction with its count, so a failure or a killed process leaves no doubt about it; only a statement that
 * commits on its own ({@code CREATE INDEX CONCURRENTLY}, DDL on H2) can be left in doubt by a kill, and the record says
 * which. {@link Options#singleTransaction()} runs the whole plan in one transaction instead.
 *
 * <p>A COMMIT the database refuses (a deferred constraint) fails the step like a statement, and is journalled.
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
     * @param beforeStep        what runs before each step, outside its transaction (a backup of what the step is about
     *                          to drop); not called when the plan runs in one transaction
     */
    public record Options(boolean singleTransaction, Resume resume, Callbacks callbacks, StepHook beforeStep) {

        public static final Options DEFAULT = new Options(false, null, Callbacks.NONE);

        public Options {
            callbacks = callbacks == null ? Callbacks.NONE : callbacks;
            beforeStep = beforeStep == null ? StepHook.NONE : beforeStep;
        }

        public Options(boolean singleTransaction, Resume resume, Callbacks callbacks) {
            this(singleTransaction, resume, callbacks, StepHook.NONE);
        }

        public Options(boolean singleTransaction, Resume resume) {
            this(singleTransaction, resume, Callbacks.NONE);
        }
    }

    /** Something to do before a step starts, on the run's connection, in autocommit. */
    @FunctionalInterface
    public interface StepHook {

        /** Does nothing. */
        StepHook NONE = (connection, step) -> {
        };

        void before(Connection connection, MigrationStep step) throws SQLException;
    }

    /**
     * Where a failed or interrupted run stopped, and how to go on.
     *
     * @param revision       the revision whose step failed
     * @param statementsDone how many of its statements count as completed and must not run again (with
     *                       {@code migrate.resume=skip}, the statement where the run stopped counts too)
     * @param decision       what the user decided about the statement where the run stopped
     *                       ({@code migrate.resume=rerun} or {@code skip}), journalled with who and when before the
     *                       step runs; null when nothing was decided
     */
    public record Resume(String revision, int statementsDone, String decision) {

        public Resume(String revision, int statementsDone) {
            this(revision, statementsDone, null);
        }
    }

    /**
     * Whether {@code statement} of a section that runs statement by statement commits in one transaction with
     * migrate's record of it: then a failure or a killed process never leaves it in doubt.
     */
    public static boolean runsAtomically(Section section, SqlStatement statement, Dialect dialect) {
        return !section.isJava() && dialect.canRunInTransaction(statement);
    }

    private final Dialect dialect;
    private final VersionStore store;
    private final MigrationListener listener;
    private final Clock clock;
    private final String appliedBy;
    private final UnaryOperator<String> redact;
    private final Heartbeat heartbeat;

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
        this.heartbeat = new Heartbeat(listener, Heartbeat.EVERY);
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
                Resume resume = options.resume() != null && options.resume().revision().equals(step.id())
                        ? options.resume() : null;
                if (!options.singleTransaction()) {
                    options.beforeStep().before(connection, step);
                }
                done.add(runStep(run, step, script, done.size() + 1, resume));
            }
            if (!plan.isEmpty()) {
                aroundPlan(run, Callbacks.Moment.AFTER, plan.direction());
            }
            if (options.singleTransaction()) {
                commitRun(run, plan, scripts);
            }
        } finally {
            if (options.singleTransaction()) {
                restoreAutoCommit(connection);
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

    /**
     * The COMMIT of a plan run in one transaction. A refused COMMIT leaves nothing of the run, and the journal, whose
     * rows were in that transaction, gets a {@code rolled_back} row for each of its revisions that says so.
     */
    private void commitRun(Run run, MigrationPlan plan, ScriptDirectory scripts) throws SQLException {
        Connection connection = run.connection();
        try {
            connection.commit();
        } catch (SQLException e) {
            String databaseMessage = redact.apply(databaseMessage(e));
            if (connectionLost(connection, e)) {
                throw new MigrationFailedException("the COMMIT of the run (migrate.transactionMode=all) lost the "
                        + "connection: " + databaseMessage + "\n  Whether the run committed is not known; the version "
                        + "table, written in the same transaction, says which: run status.", null, null, 0,
                        e.getSQLState(), false, 0, List.of(), e);
            }
            rollbackQuietly(connection, e);
            connection.setAutoCommit(true);
            Instant now = clock.instant();
            for (MigrationStep step : plan.steps()) {
                RevisionScript script = scripts.script(step.id());
                try {
                    store.appendJournal(connection, new JournalEntry(step.id(), step.direction().word(),
                            script.message(), script.checksum(), appliedBy, run.databaseUser(), now, 0,
                            StepState.ROLLED_BACK, script.section(step.direction()).statements().size(), 0, null,
                            "the COMMIT of the run (migrate.transactionMode=all) failed: " + databaseMessage,
                            script.text()));
                } catch (SQLException journalError) {
                    e.addSuppressed(journalError);
                }
            }
            throw new MigrationFailedException("the COMMIT of the run (migrate.transactionMode=all) failed\n"
                    + "  database:  " + databaseMessage + "\n"
                    + "  Nothing of this run remains: the database refused the COMMIT and rolled back every revision "
                    + "of it.", null, null, 0, e.getSQLState(), true, 0, List.of(), e);
        }
    }

    /** What all steps of one execution share. */
    private final class Run {
        private final Connection connection;
        private final int total;
        private final String databaseUser;
        private final Options options;
        private final List<AppliedMigration> completed;
        private Optional<String> serverSession;

        Run(Connection connection, int total, String databaseUser, Options options, List<AppliedMigration> completed) {
            this.connection = connection;
            this.total = total;
            this.databaseUser = databaseUser;
            this.options = options;
            this.completed = completed;
        }

        Connection connection() {
            return connection;
        }

        int total() {
            return total;
        }

        String databaseUser() {
            return databaseUser;
        }

        Options options() {
            return options;
        }

        List<AppliedMigration> completed() {
            return completed;
        }

        /** The server session the run works in, asked once, for the journal rows of steps run statement by statement. */
        String serverSession() throws SQLException {
            if (serverSession == null) {
                serverSession = dialect.serverSession(connection);
            }
            return serverSession.orElse(null);
        }
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
        /** Whether this step continues an earlier run that failed or was interrupted (which may have left things). */
        final boolean resumed;

        StepRun(Run run, MigrationStep step, RevisionScript script, Resume resume) {
            this.run = run;
            this.step = step;
            this.script = script;
            this.section = script.section(step.direction());
            this.summary = new RevisionSummary(script.revision(), script.message(), script.location());
            // A section of INSERTs and UPDATEs rolls back on H2 too; only DDL there (or a section outside a
            // transaction) needs the statement-by-statement record.
            this.tracked = !run.options().singleTransaction() && (!section.transactional()
                    || (!dialect.features().transactionalDdl() && !section.changesDataOnly()));
            this.resumed = resume != null;
            this.statementsDone = resume == null ? 0 : resume.statementsDone();
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

    private AppliedMigration runStep(Run run, MigrationStep step, RevisionScript script, int index, Resume resume)
            throws SQLException {
        StepRun s = new StepRun(run, step, script, resume);
        int skip = s.statementsDone;
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
            if (resume != null && resume.decision() != null) {
                store.appendJournal(connection, new JournalEntry(step.id(), VersionStore.DECISION, resume.decision(),
                        script.checksum(), appliedBy, run.databaseUser(), clock.instant(), 0, StepState.COMPLETED,
                        s.size(), resume.statementsDone(), null, null, null));
            }
            if (s.tracked) {
                s.rowId = store.insertRunning(connection, s.entry(StepState.RUNNING, null, null), run.serverSession());
            }
            aroundStep(s, Callbacks.Moment.BEFORE_EACH);
            for (int k = skip; k < statements.size(); k++) {
                SqlStatement statement = statements.get(k);
                // A statement that can share a transaction with its progress record commits together with it.
                boolean atomic = s.tracked && runsAtomically(s.section, statement, dialect);
                if (s.tracked && !s.section.isJava()) {
                    connection.setAutoCommit(!atomic);
                }
                try (Heartbeat.Beat beat = heartbeat.start(new MigrationEvent.StillRunning(s.summary, direction,
                        k + 1, statements.size(), statement.line(), 0))) {
                    if (s.section.isJava()) {
                        s.javaStarted = true;
                        JavaCalls.run(s.section.java(), step.direction(), connection);
                    } else {
                        st.execute(statement.sql());
                    }
                } catch (SQLException e) {
                    throw failure(s, statement, e, atomic);
                }
                s.statementsDone++;
                if (s.tracked && s.statementsDone < statements.size()) {
                    st.executeUpdate(store.progressUpdate(s.rowId, s.statementsDone));
                    if (atomic) {
                        try {
                            connection.commit();
                        } catch (SQLException e) {
                            s.statementsDone--;
                            throw failure(s, statement, e, true);
                        }
                    }
                }
            }
            aroundStep(s, Callbacks.Moment.AFTER_EACH);
            finish(s, st);
        } finally {
            if (!single) {
                restoreAutoCommit(connection);
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

    /**
     * Version rows and journal row in one batch, then COMMIT (unless the whole plan is one transaction). When the last
     * statement ran in the open transaction, it commits with them.
     */
    private void finish(StepRun s, Statement st) throws SQLException {
        Connection connection = s.run.connection();
        boolean lastInTransaction = !connection.getAutoCommit();
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
            try {
                connection.commit();
            } catch (SQLException e) {
                throw commitFailure(s, e, lastInTransaction);
            }
        }
    }

    /**
     * The COMMIT of a step failed. When the database refused it (a deferred constraint, a serialization failure), it
     * rolled the transaction back; the failure is journalled like a failing statement. When the connection was lost
     * during it, whether it committed is not known, and the version table, written in the same transaction, says.
     *
     * @param lastInTransaction whether the last statement ran in the transaction that failed to commit
     */
    private RuntimeException commitFailure(StepRun s, SQLException error, boolean lastInTransaction) {
        SqlStatement last = s.section.statements().get(s.size() - 1);
        if (!s.tracked || lastInTransaction) {
            if (s.tracked) {
                // The last statement ran in the refused transaction: it did not take effect.
                s.statementsDone--;
            }
            return failure(s, new Failing(s.script.location() + ":" + last.line() + " (at COMMIT)", last.line(),
                    "COMMIT, after " + last.summary()), error, true);
        }
        // Every statement committed on its own; only the record of the completed step did not.
        return failure(s, new Failing(s.script.location() + " (at the COMMIT of its bookkeeping)", null,
                "COMMIT of the version rows and the journal"), error, true);
    }

    /**
     * Where a step failed: its file and line, or a callback's.
     *
     * @param sql the statement's SQL when it ran outside a transaction (the catalog may show what it left), else null
     */
    private record Failing(String where, Integer line, String summary, String sql) {

        Failing(String where, Integer line, String summary) {
            this(where, line, summary, null);
        }

    }

    /** What the catalog shows about a statement that failed outside a transaction; null when it cannot tell. */
    private StatementEvidence evidence(Connection connection, String sql) {
        try {
            connection.setAutoCommit(true);
            return dialect.evidence(connection, new SqlStatement(sql, 0, 0)).orElse(null);
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * The connection broke while the step ran: the server ends the session and rolls back what was not committed, but
     * migrate cannot journal anything, and a statement that commits on its own (or a COMMIT in flight) is in doubt.
     * The next run waits for the old session to end, closes the step's journal row as interrupted, and says.
     */
    private MigrationFailedException connectionLostFailure(StepRun s, Failing statement, SQLException error) {
        String direction = s.step.direction().word();
        String databaseMessage = redact.apply(databaseMessage(error));
        int line = statement.line() == null ? 0 : statement.line();
        listener.event(new MigrationEvent.Failed(s.summary, direction, line, redact.apply(statement.summary()), databaseMessage,
                false));
        String state = s.tracked
                ? "Its journal row stays 'running': the next run of migrate waits until this session has ended on the "
                + "server, closes the row as interrupted, and says which statement, if any, is in doubt."
                : "The server rolls back what " + s.step.id() + " did unless the COMMIT was already under way; the version "
                + "table, written in the same transaction, says which: run status.";
        return new MigrationFailedException(direction + " of " + s.summary.label() + " lost its connection at "
                + statement.where() + "\n"
                + "  statement: " + statement.summary() + "\n"
                + "  database:  " + databaseMessage + "\n"
                + "  Whether that statement took effect is not known. " + state, s.step.id(), s.script.location(), line,
                error.getSQLState(), false, s.statementsDone, s.run.options().singleTransaction() ? List.of()
                : s.run.completed(), error);
    }

    /** Whether an error means the connection is gone (so nothing more can be done or recorded on it). */
    private static boolean connectionLost(Connection connection, SQLException error) {
        String state = error.getSQLState();
        if (state != null && state.startsWith("08")) {
            return true;
        }
        try {
            return !connection.isValid(5);
        } catch (SQLException e) {
            return true;
        }
    }

    /**
     * Back to autocommit after a step; on a connection that broke, there is nothing to restore, and the failure being
     * reported says so.
     */
    private static void restoreAutoCommit(Connection connection) throws SQLException {
        if (!connection.isClosed()) {
            connection.setAutoCommit(true);
        }
    }

    private static void rollbackQuietly(Connection connection, SQLException error) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException rollbackError) {
            error.addSuppressed(rollbackError);
        }
    }

    private MigrationFailedException failure(StepRun s, SqlStatement statement, SQLException error, boolean atomic) {
        return failure(s, new Failing(s.script.location() + ":" + statement.line(), statement.line(),
                statement.summary(), atomic ? null : statement.sql()), error, atomic);
    }

    private MigrationFailedException failure(StepRun s, Failing statement, SQLException error) {
        return failure(s, statement, error, true);
    }

    /**
     * @param atomic whether what failed ran inside the step's transaction (or one shared with its progress record), so
     *               that the rollback took it back; false for a statement that commits on its own
     */
    private MigrationFailedException failure(StepRun s, Failing statement, SQLException error, boolean atomic) {
        Connection connection = s.run.connection();
        boolean single = s.run.options().singleTransaction();
        if (connectionLost(connection, error)) {
            return connectionLostFailure(s, statement, error);
        }
        boolean undoable = !s.tracked;
        rollbackQuietly(connection, error);
        // What the catalog shows about a statement that failed outside a transaction (an INVALID index).
        StatementEvidence evidence = atomic || statement.sql() == null ? null : evidence(connection, statement.sql());
        boolean leftSomething = evidence != null && !Boolean.FALSE.equals(evidence.tookEffect());
        // A Java migration that started may have changed things its transaction cannot take back (H2's DDL); a step
        // that resumes an earlier run may stand on what that run left.
        boolean partial = !undoable && (s.statementsDone > 0 || s.javaStarted || s.resumed || leftSomething);
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
        listener.event(new MigrationEvent.Failed(s.summary, direction, line, redact.apply(statement.summary()), databaseMessage,
                !partial));
        StringBuilder message = new StringBuilder();
        message.append(direction).append(" of ").append(s.summary.label()).append(" failed at ")
                .append(statement.where()).append('\n');
        message.append("  statement: ").append(redact.apply(statement.summary())).append('\n');
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
            if (evidence != null) {
                message.append(" ").append(FailedRuns.describeEvidence(evidence));
            }
        } else {
            message.append("  ").append(FailedRuns.describeProgress(s.statementsDone, s.size(), s.section,
                    FailedRuns.whyNotUndone(s.section, dialect)));
            if (s.resumed && s.statementsDone == 0 && !s.javaStarted) {
                message.append(" This run resumed an earlier one that stopped at statement 1, so what that run left "
                        + "stays.");
            }
            if (evidence != null) {
                message.append("\n  ").append(FailedRuns.describeEvidence(evidence));
            }
        }
        if (!single && !completed.isEmpty()) {
            message.append(" The ").append(completed.size()).append(" revision(s) before it stay applied.");
        }
        if (partial) {
            message.append('\n').append("  ").append(FailedRuns.howToContinue(s.step.id(), direction,
                    s.statementsDone, s.section, FailedRuns.Stop.FAILED));
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
