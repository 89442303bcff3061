package dev.migrate.guard;

/**
 * A guard refused to let a plan touch the database; nothing was changed. The message says why and what to do; the
 * facade reports it with the {@link Reason} as its error kind.
 */
public final class GuardException extends RuntimeException {

    /** Why the run was refused. */
    public enum Reason {
        /** A revision is left partly applied by a failed or interrupted run. */
        FAILED_STATE,
        /** An applied revision's file changed after it ran. */
        CHECKSUM_MISMATCH,
        /** A setting does not fit the database (one transaction on a database whose DDL commits on its own). */
        CONFIGURATION,
        /** The plan itself is refused: it loses data, cannot be undone, or does not fit the transaction mode. */
        REFUSED
    }

    private final Reason reason;

    public GuardException(Reason reason, String message) {
        this(reason, message, null);
    }

    public GuardException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
