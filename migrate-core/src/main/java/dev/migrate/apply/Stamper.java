package dev.migrate.apply;

import dev.migrate.graph.MigrationPlan;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Records the database as being somewhere without running any SQL: removes and inserts version rows, and journals
 * each change, all in one transaction. Each row statement must change exactly one row; otherwise someone else
 * changed the version table meanwhile and nothing is kept.
 *
 * <p>The journal gets one row per version row changed: {@code purge} for a row removed by a purge (whatever it
 * was), {@code unstamp} for a row the stamp removed, {@code stamp} for a row it added.
 */
public final class Stamper {

    /** Journal direction of a version row removed by a purge. */
    public static final String PURGE = "purge";
    /** Journal direction of a version row a stamp removed. */
    public static final String UNSTAMP = "unstamp";
    /** Journal direction of a version row a stamp added. */
    public static final String STAMP = "stamp";

    private final VersionStore store;
    private final Clock clock;
    private final String appliedBy;

    public Stamper(VersionStore store, Clock clock, String appliedBy) {
        this.store = store;
        this.clock = clock;
        this.appliedBy = appliedBy;
    }

    /**
     * Carries out a stamp.
     *
     * @param purged  version rows to remove before anything else, known to the files or not
     * @param plan    the plan made from the rows that remain; only its rows before and after are used
     * @param scripts the files, for the messages and checksums journalled with known revisions
     */
    public void stamp(Connection connection, List<String> purged, MigrationPlan plan, ScriptDirectory scripts)
            throws SQLException {
        Set<String> removed = new LinkedHashSet<>(plan.headsBefore());
        removed.removeAll(plan.headsAfter());
        Set<String> added = new LinkedHashSet<>(plan.headsAfter());
        added.removeAll(plan.headsBefore());
        String databaseUser = connection.getMetaData().getUserName();
        Instant startedAt = clock.instant();

        List<String> rowStatements = new ArrayList<>();
        List<JournalEntry> journal = new ArrayList<>();
        for (String row : purged) {
            rowStatements.add(store.deleteRow(row));
            journal.add(entry(row, PURGE, scripts, databaseUser, startedAt));
        }
        for (String row : removed) {
            rowStatements.add(store.deleteRow(row));
            journal.add(entry(row, UNSTAMP, scripts, databaseUser, startedAt));
        }
        for (String row : added) {
            rowStatements.add(store.insertRow(row));
            journal.add(entry(row, STAMP, scripts, databaseUser, startedAt));
        }
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String sql : rowStatements) {
                st.addBatch(sql);
            }
            for (JournalEntry entry : journal) {
                st.addBatch(store.journalInsert(entry));
            }
            int[] counts;
            try {
                counts = st.executeBatch();
            } catch (BatchUpdateException e) {
                throw concurrentChange(e);
            }
            for (int k = 0; k < rowStatements.size(); k++) {
                if (counts[k] != 1 && counts[k] != Statement.SUCCESS_NO_INFO) {
                    throw concurrentChange(null);
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private JournalEntry entry(String revision, String direction, ScriptDirectory scripts, String databaseUser,
                               Instant startedAt) {
        RevisionScript script = scripts.contains(revision) ? scripts.script(revision) : null;
        // A stamp accepts the file as it is now, like an upgrade would: its text is kept so that a later edit can be
        // shown line by line.
        String text = script != null && STAMP.equals(direction) ? script.text() : null;
        return new JournalEntry(revision, direction, script == null ? null : script.message(),
                script == null ? null : script.checksum(), appliedBy, databaseUser, startedAt, 0, true, 0, 0, null,
                null, text);
    }

    private DatabaseStateException concurrentChange(SQLException cause) {
        return new DatabaseStateException("the version rows of " + store.versionTable() + " changed while the stamp "
                + "ran (another migrate process?)" + (cause == null ? "" : " (database: " + cause.getMessage() + ")")
                + "; nothing was recorded. Run status to see where the database is, then run again.", cause);
    }
}
