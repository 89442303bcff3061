package dev.migrate.report;

import java.time.Instant;
import java.util.List;

/**
 * The latest rows of the journal ({@code migrate_history}), newest first: every upgrade, downgrade, repair and stamp
 * step, successful or not.
 *
 * @param database the database, password masked
 * @param limit    how many rows were asked for at most
 * @param entries  the rows, newest first
 */
public record JournalReport(String database, int limit, List<Entry> entries) {

    public JournalReport {
        entries = List.copyOf(entries);
    }

    /**
     * One journal row.
     *
     * @param id              the row's id, in the order steps happened
     * @param revision        the revision
     * @param direction       {@code upgrade}, {@code downgrade}, {@code repair}, {@code stamp}, {@code unstamp} or
     *                        {@code purge}
     * @param message         the revision's message when the step ran
     * @param state           {@code running}, {@code completed}, {@code rolled_back} or {@code failed}
     * @param checksum        the file's checksum when the step ran, or null
     * @param appliedBy       the operating-system user that ran migrate
     * @param dbUser          the database user, or null
     * @param startedAt       when the step started
     * @param durationMillis  how long it took, or null
     * @param statementsTotal statements in the section
     * @param statementsDone  statements that completed
     * @param errorLine       the file line of the statement that failed, or null
     * @param errorMessage    the database's error, or null
     * @param toolVersion     the migrate version that wrote the row
     */
    public record Entry(long id, String revision, String direction, String message, String state, String checksum,
                        String appliedBy, String dbUser, Instant startedAt, Long durationMillis, int statementsTotal,
                        int statementsDone, Integer errorLine, String errorMessage, String toolVersion) {
    }
}
