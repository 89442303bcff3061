package dev.migrate.api;

import dev.migrate.apply.JournalEntry;
import dev.migrate.apply.JournalRecord;
import dev.migrate.apply.StepState;
import dev.migrate.apply.VersionStore;
import dev.migrate.connect.Connections;
import dev.migrate.dialect.Dialect;
import dev.migrate.guard.DatabaseSession;
import dev.migrate.guard.DatabaseState;
import dev.migrate.guard.Integrity;
import dev.migrate.report.Durations;
import dev.migrate.report.IntegrityProblem;
import dev.migrate.report.RepairResult;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Accepts the current files' checksums for applied revisions whose files changed, and clears failed states, each
 * with a {@code repair} row in the journal (who, when, what it replaced). It never runs a revision's SQL and never
 * touches the version rows: whatever a failed run left behind is the user's to undo or complete first.
 */
final class RepairCommand {

    private final MigrateConfig config;
    private final Connections connections;
    private final String reason;

    /** @param reason why an edit that changed statements is accepted; null when none was given */
    RepairCommand(MigrateConfig config, Connections connections, String reason) {
        this.config = config;
        this.connections = connections;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    RepairResult run() throws SQLException, IOException {
        long start = System.nanoTime();
        Dialect dialect = connections.dialect();
        ScriptDirectory scripts = RevisionFiles.load(config, connections, dialect.splitOptions());
        try (DatabaseSession session = Guards.session(config, connections, dialect, scripts)) {
            DatabaseState state = session.read();
            if (!state.tablesExist() || repairs(session, state).isEmpty()) {
                return nothingToDo(start);
            }
            state = session.lock();
            List<Repair> repairs = repairs(session, state);
            if (repairs.isEmpty()) {
                return nothingToDo(start);
            }
            requireReason(repairs);
            List<RepairResult.Action> actions = journal(session, repairs);
            actions.forEach(action -> config.listener().info(action.description()));
            return new RepairResult(actions, Durations.millisSince(start));
        }
    }

    private RepairResult nothingToDo(long start) {
        config.listener().info("Nothing to repair: no revision is in a failed state and every applied revision's "
                + "file has the checksum it was applied with.");
        return new RepairResult(List.of(), Durations.millisSince(start));
    }

    /**
     * One journal row to write.
     *
     * @param changed for an accepted checksum: the upgrade statements the edit changed in meaning (empty when it only
     *                touched layout or comments), or null when the accepted text is not stored
     */
    private record Repair(IntegrityProblem.Kind kind, String revision, RevisionScript script, JournalRecord replaced,
                          List<String> changed) {

        boolean changesMeaning() {
            return kind == IntegrityProblem.Kind.CHECKSUM && (changed == null || !changed.isEmpty());
        }
    }

    /**
     * Refuses to accept an edit that changed what an applied revision runs unless a reason is given: the database ran
     * the old statements and may differ from the file.
     */
    private void requireReason(List<Repair> repairs) {
        List<Repair> semantic = repairs.stream().filter(Repair::changesMeaning).toList();
        if (semantic.isEmpty() || reason != null) {
            return;
        }
        StringBuilder message = new StringBuilder("cannot repair: the edit of ").append(semantic.size() == 1
                ? "applied revision " + semantic.get(0).revision() : semantic.size() + " applied revisions")
                .append(" changes what it runs, not only its layout or comments; nothing was repaired:");
        for (Repair repair : semantic) {
            message.append("\n  ").append(repair.revision()).append(" (").append(repair.script().location())
                    .append(")");
            if (repair.changed() == null) {
                message.append(": the text it was applied with is not stored, so the edit cannot be shown");
            }
            for (String change : repair.changed() == null ? List.<String>of() : repair.changed()) {
                message.append("\n    ").append(change);
            }
        }
        message.append("\n  The database ran the old statements, so it may differ from the file. Put the file back "
                + "and make the change in a new revision; or, when the database already matches the file (changed "
                + "by hand), accept the edit with a reason, journalled with who and when: "
                + "migrate:repair -Dmigrate.repairReason=\"<why>\"");
        throw new MigrateException(ErrorKind.REFUSED, message.toString());
    }

    /** Failed states first (interrupted runs count: repair is only asked for when none is running), then checksums. */
    private static List<Repair> repairs(DatabaseSession session, DatabaseState state) throws SQLException {
        Integrity integrity = new Integrity(session, state);
        List<Repair> repairs = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        for (Integrity.Failure failure : integrity.failures(true)) {
            failed.add(failure.revision());
            repairs.add(new Repair(IntegrityProblem.Kind.FAILED, failure.revision(), failure.script(),
                    failure.record(), List.of()));
        }
        for (Integrity.Change change : integrity.changes(failed)) {
            repairs.add(new Repair(IntegrityProblem.Kind.CHECKSUM, change.script().revision(), change.script(),
                    change.accepted(), integrity.changedStatements(change).orElse(null)));
        }
        return repairs;
    }

    private List<RepairResult.Action> journal(DatabaseSession session, List<Repair> repairs) throws SQLException {
        Connection connection = session.connection;
        String databaseUser = connection.getMetaData().getUserName();
        Instant now = config.clock().instant();
        List<RepairResult.Action> actions = new ArrayList<>();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (Repair repair : repairs) {
                String description = describe(repair, reason);
                RevisionScript script = repair.script();
                st.addBatch(session.store.journalInsert(new JournalEntry(repair.revision(), VersionStore.REPAIR,
                        description, script == null ? null : script.checksum(), JournalEntry.currentUser(), databaseUser,
                        now, 0, StepState.COMPLETED, 0, 0, null, null, script == null ? null : script.text())));
                actions.add(new RepairResult.Action(repair.kind(), repair.revision(), description));
            }
            st.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        return actions;
    }

    private static String describe(Repair repair, String reason) {
        JournalRecord row = repair.replaced();
        if (repair.kind() == IntegrityProblem.Kind.FAILED) {
            return "Cleared the failed state of " + repair.revision() + ": its " + row.direction() + " of "
                    + Integrity.when(row.startedAt()) + " (journal row " + row.id() + ") "
                    + (row.state().neverFinished() ? "was interrupted" : "failed") + " after "
                    + row.statementsDone() + " of " + row.statementsTotal() + " statements; the next "
                    + row.direction() + " runs it from its first statement.";
        }
        return "Accepted the edited file of " + repair.revision() + " (" + repair.script().location()
                + "): checksum " + repair.script().checksum().substring(0, 12) + " replaces "
                + row.checksum().substring(0, Math.min(12, row.checksum().length())) + ", recorded on "
                + Integrity.when(row.startedAt()) + "." + (repair.changesMeaning() ? " The edit changes what it "
                + "runs; the database ran the old statements. Reason: " + reason : "");
    }
}
