package dev.migrate.apply;

import java.util.Locale;

/** The {@code state} of a journal row: how the step it records ended, or that it has not ended. */
public enum StepState {
    /**
     * The step runs outside a single transaction (H2, or a {@code transaction:false} section) and has not finished:
     * its row is written when it starts and counts completed statements. A row still in this state while no migrate
     * holds the lock belongs to a process that was killed or lost its connection.
     */
    RUNNING,
    /** The step completed; for an upgrade, the revision is applied. */
    COMPLETED,
    /** The step failed and nothing of it remains in the database. */
    ROLLED_BACK,
    /** The step failed after some of its statements had committed: the revision is partly applied. */
    FAILED,
    /**
     * The step's process stopped while it ran (killed, or its connection lost): the next run that took the lock found
     * its row still {@link #RUNNING}, waited until the step's server session had ended, and closed the row. Its
     * count of completed statements is final; the statement after them is in doubt unless it ran in one transaction
     * with that count.
     */
    INTERRUPTED;

    /** The word stored in the journal. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state for a stored word. */
    public static StepState of(String word) {
        return valueOf(word.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether the revision was left partly applied (or possibly so, for a run that never finished). */
    public boolean leavesFailedState() {
        return this == RUNNING || this == FAILED || this == INTERRUPTED;
    }

    /** Whether the step never finished: its process stopped while it ran. */
    public boolean neverFinished() {
        return this == RUNNING || this == INTERRUPTED;
    }
}
