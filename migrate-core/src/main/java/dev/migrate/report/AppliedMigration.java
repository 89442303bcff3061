package dev.migrate.report;

/**
 * One revision that ran.
 *
 * @param revision       the revision
 * @param direction      "upgrade" or "downgrade"
 * @param statements     how many statements ran
 * @param durationMillis how long it took, statements and bookkeeping included
 */
public record AppliedMigration(RevisionSummary revision, String direction, int statements, long durationMillis) {
}
