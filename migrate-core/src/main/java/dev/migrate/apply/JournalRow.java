package dev.migrate.apply;

/**
 * A journal row as a listing shows it: the row as migrate reads it for its own checks, and the columns only people
 * read.
 *
 * @param record         the row
 * @param message        the revision's message when the step ran
 * @param dbUser         the database user that ran it, or null
 * @param durationMillis how long the step took, or null
 * @param toolVersion    the migrate version that wrote the row
 */
public record JournalRow(JournalRecord record, String message, String dbUser, Long durationMillis,
                         String toolVersion) {
}
