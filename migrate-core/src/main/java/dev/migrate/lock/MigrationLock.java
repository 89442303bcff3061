package dev.migrate.lock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * The lock every writing goal holds for its whole run, so that migrate processes started at once on several nodes
 * apply each revision exactly once. It is held on a dedicated connection that runs nothing else: it dies with that
 * connection, so it can never go stale, and it is independent of the transactions the migrations run in.
 *
 * <p>Each dialect says how its database holds one ({@code Dialect.migrationLock}); the waiting, reporting and
 * timing out are the same for all of them ({@link LockWait}).
 */
public interface MigrationLock {

    /** What is locked, for messages, e.g. {@code advisory lock 4711 on app.migrate_version}. */
    String description();

    /**
     * Takes the lock on {@code dedicated}, which the returned lease owns (and closes on release). While another
     * session holds it, reports the holder to {@code listener} at once and then every {@code reportEvery}, and gives
     * up after {@code timeout}. Whatever happens, {@code dedicated} is closed unless a lease is returned.
     *
     * @throws LockTimeoutException when the lock is still held by someone else after {@code timeout}
     */
    Lease acquire(Connection dedicated, Duration timeout, Duration reportEvery, LockListener listener)
            throws SQLException;

    /** Who holds the lock now, as far as the database tells; does not take it. */
    Optional<LockHolder> holder(Connection connection) throws SQLException;

    /** A held lock; closing it releases the lock and closes its connection. */
    interface Lease extends AutoCloseable {

        @Override
        void close() throws SQLException;
    }

    /** Hears about the wait for a busy lock. */
    @FunctionalInterface
    interface LockListener {

        /**
         * The lock is busy.
         *
         * @param holder who holds it, when the database says
         * @param waited how long this process has waited so far
         */
        void waiting(Optional<LockHolder> holder, Duration waited);
    }
}
