package dev.migrate.apply;

import java.time.Instant;

/**
 * One row of the append-only {@code migrate_history} journal.
 *
 * @param revision        the revision
 * @param direction       upgrade, downgrade (later also stamp and repair)
 * @param message         the revision's message
 * @param checksum        the checksum of the file when it ran
 * @param appliedBy       the operating-system user that ran migrate
 * @param databaseUser    the database user
 * @param startedAt       when it started
 * @param durationMillis  how long it ran
 * @param success         whether it completed
 * @param statementsTotal statements in the section
 * @param statementsDone  statements that completed (all of them on success)
 * @param errorLine       the file line of the failing statement, or null
 * @param errorMessage    the database's error, or null
 * @param script          the normalised file text, so a later edit can be shown line by line; may be null
 */
public record JournalEntry(String revision, String direction, String message, String checksum, String appliedBy,
                           String databaseUser, Instant startedAt, long durationMillis, boolean success,
                           int statementsTotal, int statementsDone, Integer errorLine, String errorMessage,
                           String script) {
}
