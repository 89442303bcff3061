package dev.migrate.report;

/** What happens while migrations run, reported as it happens. */
public sealed interface MigrationEvent {

    /**
     * A revision is about to run.
     *
     * @param direction  "upgrade" or "downgrade"
     * @param index      1-based position in the plan
     * @param total      steps in the plan
     * @param statements statements in the section to run
     */
    record Started(RevisionSummary revision, String direction, int index, int total, int statements)
            implements MigrationEvent {
    }

    /** A revision ran and its version rows and journal entry are committed. */
    record Finished(RevisionSummary revision, String direction, int index, int total, int statements,
                    long durationMillis) implements MigrationEvent {

        /** {@code done in 12 ms (3 statements)}. */
        public String describe() {
            return "done in " + durationMillis + " ms (" + statements + (statements == 1 ? " statement)" : " statements)");
        }
    }

    /**
     * A statement has been running for a while (every {@code 10 s}): the run is alive, and this is where it is.
     *
     * @param statement  the 1-based number of the statement in its section
     * @param statements statements in the section
     * @param line       the statement's line in the file
     * @param elapsed    how long the statement has been running, in whole seconds
     */
    record StillRunning(RevisionSummary revision, String direction, int statement, int statements, int line,
                        long elapsed) implements MigrationEvent {

        /** {@code still running: a1b2 statement 3 of 5 (db/migrations/x.sql:12), 40 s}. */
        public String describe() {
            return "still running: " + revision.revision() + " statement " + statement + " of " + statements + " ("
                    + revision.location() + ":" + line + "), " + elapsed + " s";
        }
    }

    /**
     * A revision failed.
     *
     * @param line       the file line of the failing statement
     * @param rolledBack whether everything the revision did was rolled back
     */
    record Failed(RevisionSummary revision, String direction, int line, String statement, String error,
                  boolean rolledBack) implements MigrationEvent {
    }
}
