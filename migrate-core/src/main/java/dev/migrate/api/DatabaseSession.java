package dev.migrate.api;

import dev.migrate.apply.VersionStore;
import dev.migrate.dialect.Dialect;
import dev.migrate.lock.LockHolder;
import dev.migrate.lock.MigrationLock;
import dev.migrate.script.ScriptDirectory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * One goal's hold on the database: its connection, the version store, what the database says, and for writing goals
 * the migration lock. A writing goal reads and plans first without the lock (so a bad target, an up-to-date database
 * or a known problem costs no lock and changes nothing), then takes the lock and reads again, because another
 * process may have moved the database while it waited.
 */
final class DatabaseSession implements AutoCloseable {

    /** How often the holder of a busy lock is logged while waiting. */
    static final Duration LOCK_REPORT_EVERY = Duration.ofSeconds(5);

    final Workspace ws;
    final Dialect dialect;
    final ScriptDirectory scripts;
    final Connection connection;
    final VersionStore store;
    private MigrationLock.Lease lease;

    private DatabaseSession(Workspace ws, Dialect dialect, ScriptDirectory scripts, Connection connection) {
        this.ws = ws;
        this.dialect = dialect;
        this.scripts = scripts;
        this.connection = connection;
        this.store = ws.versionStore(dialect);
    }

    static DatabaseSession open(Workspace ws, Dialect dialect, ScriptDirectory scripts) throws SQLException {
        return new DatabaseSession(ws, dialect, scripts, ws.connect(dialect));
    }

    /** Reads the version rows (checking the files know them) and the journal. */
    DatabaseState read() throws SQLException {
        return new DatabaseState(ws.readHeads(store, connection, scripts), store.readJournal(connection));
    }

    /**
     * Creates migrate's tables (and the configured schema) where missing, and makes the configured schema the
     * connection's default: when it did not exist yet, connecting could not select it, and the revisions about to run
     * must create their objects there.
     */
    void createTables() throws SQLException {
        store.createTables(connection);
        if (store.schema() != null) {
            dialect.useSchema(connection, store.schema());
        }
    }

    /** The lock for this database's version table; empty when the dialect cannot hold one. */
    Optional<MigrationLock> migrationLock() throws SQLException {
        String schema = store.schema() != null ? store.schema() : dialect.currentSchema(connection);
        return dialect.migrationLock(schema, dialect.foldIdentifier(store.tables().version()));
    }

    /** Takes the migration lock, waiting up to {@code migrate.lockTimeout}, then reads the database again. */
    DatabaseState lock() throws SQLException {
        acquireLock();
        return read();
    }

    /**
     * Takes the migration lock without reading anything, for a goal that reads the version rows its own way (stamp
     * accepts rows the files do not know); then closes the journal rows of runs that were interrupted.
     */
    void acquireLock() throws SQLException {
        Optional<MigrationLock> lock = migrationLock();
        if (lock.isEmpty()) {
            ws.config.listener().warn("The " + dialect.displayName() + " dialect cannot hold a migration lock: do not "
                    + "run migrate on this database from several places at once.");
            return;
        }
        takeLock(lock.get());
        closeInterruptedRuns();
    }

    private void takeLock(MigrationLock lock) throws SQLException {
        Duration timeout = ws.config.options().lockTimeout();
        boolean[] waited = new boolean[1];
        long start = System.nanoTime();
        lease = lock.acquire(ws.connectAgain(dialect), timeout, LOCK_REPORT_EVERY, (holder, sofar) -> {
            waited[0] = true;
            ws.config.listener().info("Waiting for the migration lock (" + lock.description() + "): held by "
                    + holder.map(LockHolder::describe).orElse("another session") + "; waited "
                    + Workspace.describe(Duration.ofMillis(sofar.toMillis() / 100 * 100)) + " of "
                    + Workspace.describe(timeout) + " (migrate.lockTimeout).");
        });
        if (waited[0]) {
            ws.config.listener().info("Got the migration lock after "
                    + Workspace.describe(Duration.ofMillis(Workspace.millisSince(start) / 100 * 100)) + ".");
        }
    }

    /** How often a wait for the server session of an interrupted run is logged. */
    static final Duration SESSION_REPORT_EVERY = Duration.ofSeconds(5);
    private static final long SESSION_POLL_MILLIS = 200;

    /**
     * Under the lock, a journal row still {@code running} belongs to a run whose process stopped (killed, or its
     * connection lost): every run that writes holds the lock. Its statement may still be running on the server,
     * though, and may still commit together with its progress record. So first wait until the run's server session
     * has ended (up to {@code migrate.lockTimeout}), then close the row as {@code interrupted}: from then on its count
     * of completed statements is final.
     */
    private void closeInterruptedRuns() throws SQLException {
        if (!dialect.tableExists(connection, store.schema(), dialect.foldIdentifier(store.tables().history()))) {
            return;
        }
        store.upgradeFormat(connection);
        for (VersionStore.RunningRow row : store.readRunning(connection)) {
            if (row.serverSession() != null) {
                awaitSessionEnd(row);
            }
            store.closeInterrupted(connection, row.id(), null, "interrupted: the process stopped while this "
                    + row.direction() + " ran (killed, or its connection lost); closed by a later run of migrate "
                    + "after the step's server session had ended");
            ws.config.listener().warn("The " + row.direction() + " of " + row.revision() + " (journal row " + row.id()
                    + ") never finished: its process stopped while it ran. Its journal row is now closed as "
                    + "interrupted.");
        }
    }

    private void awaitSessionEnd(VersionStore.RunningRow row) throws SQLException {
        Duration timeout = ws.config.options().lockTimeout();
        long start = System.nanoTime();
        Duration nextReport = Duration.ZERO;
        while (true) {
            Optional<String> active = dialect.activeSession(connection, row.serverSession());
            if (active.isEmpty()) {
                return;
            }
            Duration waited = Duration.ofMillis(Workspace.millisSince(start));
            String what = "the " + row.direction() + " of " + row.revision() + " (journal row " + row.id()
                    + "), whose process stopped, ran in " + active.get();
            if (waited.compareTo(timeout) >= 0) {
                throw new MigrateException(ErrorKind.FAILED_STATE, "cannot judge what an interrupted run left: " + what
                        + ". It is still there after " + Workspace.describe(Duration.ofMillis(waited.toMillis() / 100
                        * 100)) + " (migrate.lockTimeout), and until it ends, its statement may still take effect. "
                        + "Let it finish, or end it, then run again. Nothing was changed.");
            }
            if (waited.compareTo(nextReport) >= 0) {
                ws.config.listener().info("Waiting for the server session of an interrupted run to end: " + what
                        + "; waited " + Workspace.describe(Duration.ofMillis(waited.toMillis() / 100 * 100)) + " of "
                        + Workspace.describe(timeout) + " (migrate.lockTimeout).");
                nextReport = nextReport.plus(SESSION_REPORT_EVERY);
            }
            try {
                Thread.sleep(SESSION_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MigrateException(ErrorKind.FAILED_STATE, "interrupted while waiting for " + what, e);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            if (lease != null) {
                lease.close();
            }
            awaitOthersServed();
        }
    }

    private static final long SERVED_POLL_MILLIS = 100;

    /**
     * When this process serves the database to other processes (an H2 file opened with {@code AUTO_SERVER=TRUE}, which
     * the first process to open it serves to the others), letting go of it ends their sessions: wait until they are
     * done, up to {@code migrate.lockTimeout}. With a DataSource the application decides how long it keeps the
     * database open, so there is nothing to wait for.
     */
    private void awaitOthersServed() {
        if (ws.config.dataSource() != null) {
            return;
        }
        try {
            Optional<String> others = dialect.servedToOthers(connection);
            if (others.isEmpty()) {
                return;
            }
            Duration timeout = ws.config.options().lockTimeout();
            ws.config.listener().info("This process serves " + ws.database() + " to " + others.get() + ": waiting "
                    + "for them to finish before letting go of it, up to " + Workspace.describe(timeout)
                    + " (migrate.lockTimeout).");
            long start = System.nanoTime();
            while (others.isPresent()) {
                if (Workspace.millisSince(start) >= timeout.toMillis()) {
                    ws.config.listener().warn("Other processes still use " + ws.database() + " through this one ("
                            + others.get() + ") after " + Workspace.describe(timeout) + ": they lose their connection "
                            + "when this process ends. For long-lived sharing, run the database as a server of its own and "
                            + "give every process its server URL.");
                    return;
                }
                Thread.sleep(SERVED_POLL_MILLIS);
                others = dialect.servedToOthers(connection);
            }
        } catch (SQLException e) {
            // The database is going away anyway; nothing more to wait for.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
