package dev.migrate.lock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * The clock of one wait for the lock: when it runs out, when to report the holder again, and how long to pause
 * between attempts (growing from {@value #FIRST_PAUSE_MILLIS} ms to {@value #MAX_PAUSE_MILLIS} ms, never past the
 * deadline). {@link #acquire} is the loop every lock waits in, whatever holds it: a dialect's {@link MigrationLock}
 * says only how its database tries, reports and releases the lock ({@link Attempts}).
 */
public final class LockWait {

    /** How one kind of lock is tried, who holds it, and how it is let go. */
    public interface Attempts {

        /** Tries to take the lock once (waiting inside the database at most as long as this method decides). */
        boolean tryTake(LockWait wait) throws SQLException;

        /** Prepares the next attempt after a busy one: a pause, or a longer wait inside the database. */
        void beforeRetry(LockWait wait) throws SQLException;

        Optional<LockHolder> holder() throws SQLException;

        void release() throws SQLException;
    }

    /**
     * Tries until the lock is taken, reporting the holder at once and then every {@code reportEvery}, and gives up
     * after {@code timeout}. Unless a lease is returned, {@code dedicated} is closed.
     */
    public static MigrationLock.Lease acquire(String description, Connection dedicated, Duration timeout,
                                              Duration reportEvery, MigrationLock.LockListener listener,
                                              Attempts attempts) throws SQLException {
        try {
            LockWait wait = new LockWait(timeout, reportEvery);
            while (!attempts.tryTake(wait)) {
                if (wait.reportDue()) {
                    listener.waiting(holder(attempts), wait.waited());
                }
                if (wait.expired()) {
                    throw new LockTimeoutException(description, timeout, holder(attempts));
                }
                attempts.beforeRetry(wait);
            }
            return attempts::release;
        } catch (SQLException | RuntimeException e) {
            try {
                dedicated.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Who holds the lock, for messages only: a failure to find out never stops the wait. */
    private static Optional<LockHolder> holder(Attempts attempts) {
        try {
            return attempts.holder();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    static final long FIRST_PAUSE_MILLIS = 20;
    static final long MAX_PAUSE_MILLIS = 250;

    private final long start = System.nanoTime();
    private final long timeoutNanos;
    private final long reportEveryNanos;
    private long nextReport = 0;
    private long pause = FIRST_PAUSE_MILLIS;

    LockWait(Duration timeout, Duration reportEvery) {
        this.timeoutNanos = timeout.toNanos();
        this.reportEveryNanos = Math.max(1, reportEvery.toNanos());
    }

    Duration waited() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** How long the wait may still last. */
    public long remainingMillis() {
        return Math.max(0, (timeoutNanos - (System.nanoTime() - start)) / 1_000_000);
    }

    boolean expired() {
        return System.nanoTime() - start >= timeoutNanos;
    }

    /** True the first time the lock is found busy, then once every {@code reportEvery}. */
    boolean reportDue() {
        long elapsed = System.nanoTime() - start;
        if (elapsed >= nextReport) {
            nextReport = elapsed + reportEveryNanos;
            return true;
        }
        return false;
    }

    /** Pauses before the next attempt. */
    public void pause() throws SQLException {
        long millis = Math.min(pause, Math.max(1, remainingMillis()));
        pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the migration lock", e);
        }
    }

    /** {@code 60 s}, {@code 1.5 s}, {@code 250 ms}. */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
