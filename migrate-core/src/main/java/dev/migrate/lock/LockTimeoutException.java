package dev.migrate.lock;

import java.time.Duration;
import java.util.Optional;

/** The migration lock was still held by another session when the wait ran out. */
public final class LockTimeoutException extends RuntimeException {

    private final transient Optional<LockHolder> holder;
    private final Duration timeout;

    public LockTimeoutException(String description, Duration timeout, Optional<LockHolder> holder) {
        super("the migration lock (" + description + ") is still held by "
                + holder.map(LockHolder::describe).orElse("another session") + " after waiting "
                + LockWait.format(timeout));
        this.holder = holder;
        this.timeout = timeout;
    }

    /** Who held the lock when the wait ran out, when the database said. */
    public Optional<LockHolder> holder() {
        return holder;
    }

    public Duration timeout() {
        return timeout;
    }
}
