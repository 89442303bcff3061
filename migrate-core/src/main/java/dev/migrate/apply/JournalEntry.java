package dev.migrate.apply;

import java.time.Instant;

/**
 * One row of the {@code migrate_history} journal.
 *
 * @param revision        the revision
 * @param direction       upgrade, downgrade or repair (stamp where a goal writes one)
 * @param message         the revision's message, or what a repair did
 * @param checksum        the checksum of the file when it ran (for a repair: the checksum it accepted)
 * @param appliedBy       the operating-system user that ran migrate
 * @param databaseUser    the database user
 * @param startedAt       when it started
 * @param durationMillis  how long it ran
 * @param state           how it ended, or {@link StepState#RUNNING} while it runs
 * @param statementsTotal statements in the section
 * @param statementsDone  statements that completed, counting those of an earlier failed run it resumed
 * @param errorLine       the file line of the failing statement, or null
 * @param errorMessage    the database's error, or null
 * @param script          the normalised file text, so a later edit can be shown line by line and a resume can check
 *                        that the statements that ran are unchanged; null for files over
 *                        {@link VersionStore#SCRIPT_LIMIT} characters
 */
public record JournalEntry(String revision, String direction, String message, String checksum, String appliedBy,
                           String databaseUser, Instant startedAt, long durationMillis, StepState state,
                           int statementsTotal, int statementsDone, Integer errorLine, String errorMessage,
                           String script) {

    /** A row whose step either completed or rolled back, as {@code success} says. */
    public JournalEntry(String revision, String direction, String message, String checksum, String appliedBy,
                        String databaseUser, Instant startedAt, long durationMillis, boolean success,
                        int statementsTotal, int statementsDone, Integer errorLine, String errorMessage,
                        String script) {
        this(revision, direction, message, checksum, appliedBy, databaseUser, startedAt, durationMillis,
                success ? StepState.COMPLETED : StepState.ROLLED_BACK, statementsTotal, statementsDone, errorLine,
                errorMessage, script);
    }

    /** Whether the step completed (the journal's {@code success} column). */
    public boolean success() {
        return state == StepState.COMPLETED;
    }

    /** Who runs migrate, for the journal: the operating-system user. */
    public static String currentUser() {
        return System.getProperty("user.name", "unknown");
    }
}
