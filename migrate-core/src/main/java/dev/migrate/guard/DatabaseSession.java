package dev.migrate.guard;

import dev.migrate.apply.DatabaseStateException;
import dev.migrate.apply.VersionStore;
import dev.migrate.apply.VersionTables;
import dev.migrate.connect.Connections;
import dev.migrate.dialect.Dialect;
import dev.migrate.lock.LockHolder;
import dev.migrate.lock.MigrationLock;
import dev.migrate.report.Durations;
import dev.migrate.report.MigrationListener;
import dev.migrate.script.ScriptDirectory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One goal's hold on the database: its connection, the version store, what the database says, and for writing goals
 * the migration lock. A writing goal reads and plans first without the lock (so a bad target, an up-to-date database
 * or a known problem costs no lock and changes nothing), then takes the lock and reads again, because another
 * process may have moved the database while it waited.
 */
public final class DatabaseSession implements AutoCloseable {

    /** How often the holder of a busy lock is logged while waiting. */
    static final Duration LOCK_REPORT_EVERY = Duration.ofSeconds(5);

    private final Connections connections;
    final GuardSettings settings;
    final MigrationListener listener;
    public final Dialect dialect;
    public final ScriptDirectory scripts;
    public final Connection connection;
    public final VersionStore store;
    private MigrationLock.Lease lease;

    private DatabaseSession(Connections connections, GuardSettings settings, MigrationListener listener,
                            Dialect dialect, ScriptDirectory scripts, Connection connection) {
        this.connections = connections;
        this.settings = settings;
        this.listener = listener;
        this.dialect = dialect;
        this.scripts = scripts;
        this.connection = connection;
        this.store = versionStore(dialect, settings.schema(), settings.tables());
    }

    /** Opens the connection a goal works on, over the revision files {@code scripts}. */
    public static DatabaseSession open(Connections connections, GuardSettings settings, MigrationListener listener,
                                       Dialect dialect, ScriptDirectory scripts) throws SQLException {
        return new DatabaseSession(connections, settings, listener, dialect, scripts, connections.open(dialect));
    }

    /** The version store in the configured schema ({@code schema} unfolded, or null for the connection's). */
    public static VersionStore versionStore(Dialect dialect, String schema, VersionTables tables) {
        return new VersionStore(dialect, schema == null ? null : dialect.foldIdentifier(schema), tables);
    }

    /** The version rows, on a connection opened for reading them only, checked against the files. */
    public static List<String> currentRows(Connections connections, Dialect dialect, String schema,
                                           VersionTables tables, ScriptDirectory scripts) throws SQLException {
        try (Connection connection = connections.open(dialect)) {
            return readHeads(versionStore(dialect, schema, tables), connection, scripts).orElse(List.of());
        }
    }

    /** Reads the version rows and checks that the files know every one of them. */
    public static Optional<List<String>> readHeads(VersionStore store, Connection connection, ScriptDirectory scripts)
            throws SQLException {
        Optional<List<String>> rows = store.readHeads(connection);
        for (String row : rows.orElse(List.of())) {
            if (!scripts.contains(row)) {
                throw new DatabaseStateException("the database is at " + row + ", which is not in "
                        + scripts.description() + ": the revisions that brought it there are missing here ("
                        + store.versionTable() + " lists " + String.join(", ", rows.get()) + "). Point the migrations "
                        + "at the ones this database was migrated with (the deployment's migrations, or the branch "
                        + "that has them; are you on the right branch?), or, to restart its history from a baseline "
                        + "of its schema, stamp it there with purge (migrate:stamp)");
            }
        }
        return rows;
    }

    /** Reads the version rows (checking the files know them) and the journal. */
    public DatabaseState read() throws SQLException {
        Optional<List<String>> heads = readHeads(store, connection, scripts);
        if (heads.isEmpty() && !store.tables().areDefaults()) {
            warnAboutDefaultTables();
        }
        return new DatabaseState(heads, store.readJournal(connection));
    }

    /**
     * A configured version table that does not exist yet, next to migrate's default one that does, is most often a
     * renamed setting whose tables were not renamed: every revision would look pending. Two applications that share
     * a schema, each with its own tables, look the same, so this is a warning, not a refusal.
     */
    private void warnAboutDefaultTables() throws SQLException {
        VersionStore defaults = new VersionStore(dialect, store.schema());
        if (dialect.tableExists(connection, store.schema(), dialect.foldIdentifier(VersionTables.DEFAULT_VERSION))) {
            listener.warn("migrate.versionTable = " + store.tables().version() + " does not exist yet, but "
                    + defaults.versionTable() + " does. If you changed migrate.versionTable or migrate.historyTable "
                    + "for a database migrate already manages, rename the tables first (ALTER TABLE "
                    + defaults.versionTable() + " RENAME TO " + store.tables().version() + ", and the same for "
                    + defaults.historyTable() + "), or every revision counts as pending.");
        }
    }

    /**
     * Creates migrate's tables (and the configured schema) where missing, and makes the configured schema the
     * connection's default: when it did not exist yet, connecting could not select it, and the revisions about to run
     * must create their objects there.
     */
    public void createTables() throws SQLException {
        store.createTables(connection);
        if (store.schema() != null) {
            dialect.useSchema(connection, store.schema());
        }
    }

    /** The lock for this database's version table; empty when the dialect cannot hold one. */
    public Optional<MigrationLock> migrationLock() throws SQLException {
        String schema = store.schema() != null ? store.schema() : dialect.currentSchema(connection);
        return dialect.migrationLock(schema, dialect.foldIdentifier(store.tables().version()));
    }

    /** Takes the migration lock, waiting up to {@code migrate.lockTimeout}, then reads the database again. */
    public DatabaseState lock() throws SQLException {
        acquireLock();
        return read();
    }

    /**
     * Takes the migration lock without reading anything, for a goal that reads the version rows its own way (stamp
     * accepts rows the files do not know); then closes the journal rows of runs that were interrupted.
     */
    public void acquireLock() throws SQLException {
        Optional<MigrationLock> lock = migrationLock();
        if (lock.isEmpty()) {
            listener.warn("The " + dialect.displayName() + " dialect cannot hold a migration lock: do not "
                    + "run migrate on this database from several places at once.");
            return;
        }
        takeLock(lock.get());
        closeInterruptedRuns();
    }

    private void takeLock(MigrationLock lock) throws SQLException {
        Duration timeout = settings.lockTimeout();
        boolean[] waited = new boolean[1];
        long start = System.nanoTime();
        lease = lock.acquire(connections.openAgain(dialect), timeout, LOCK_REPORT_EVERY, (holder, sofar) -> {
            waited[0] = true;
            listener.info("Waiting for the migration lock (" + lock.description() + "): held by "
                    + holder.map(LockHolder::describe).orElse("another session") + "; waited "
                    + Durations.describe(Duration.ofMillis(sofar.toMillis() / 100 * 100)) + " of "
                    + Durations.describe(timeout) + " (migrate.lockTimeout).");
        });
        if (waited[0]) {
            listener.info("Got the migration lock after "
                    + Durations.describe(Duration.ofMillis(Durations.millisSince(start) / 100 * 100)) + ".");
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
            listener.warn("The " + row.direction() + " of " + row.revision() + " (journal row " + row.id()
                    + ") never finished: its process stopped while it ran. Its journal row is now closed as "
                    + "interrupted.");
        }
    }

    private void awaitSessionEnd(VersionStore.RunningRow row) throws SQLException {
        Duration timeout = settings.lockTimeout();
        long start = System.nanoTime();
        Duration nextReport = Duration.ZERO;
        while (true) {
            Optional<String> active = dialect.activeSession(connection, row.serverSession());
            if (active.isEmpty()) {
                return;
            }
            Duration waited = Duration.ofMillis(Durations.millisSince(start));
            String what = "the " + row.direction() + " of " + row.revision() + " (journal row " + row.id()
                    + "), whose process stopped, ran in " + active.get();
            if (waited.compareTo(timeout) >= 0) {
                throw new GuardException(GuardException.Reason.FAILED_STATE, "cannot judge what an interrupted run left: " + what
                        + ". It is still there after " + Durations.describe(Duration.ofMillis(waited.toMillis() / 100
                        * 100)) + " (migrate.lockTimeout), and until it ends, its statement may still take effect. "
                        + "Let it finish, or end it, then run again. Nothing was changed.");
            }
            if (waited.compareTo(nextReport) >= 0) {
                listener.info("Waiting for the server session of an interrupted run to end: " + what
                        + "; waited " + Durations.describe(Duration.ofMillis(waited.toMillis() / 100 * 100)) + " of "
                        + Durations.describe(timeout) + " (migrate.lockTimeout).");
                nextReport = nextReport.plus(SESSION_REPORT_EVERY);
            }
            try {
                Thread.sleep(SESSION_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GuardException(GuardException.Reason.FAILED_STATE, "interrupted while waiting for " + what, e);
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
        if (connections.usesDataSource()) {
            return;
        }
        try {
            Optional<String> others = dialect.servedToOthers(connection);
            if (others.isEmpty()) {
                return;
            }
            Duration timeout = settings.lockTimeout();
            listener.info("This process serves " + connections.shownAs() + " to " + others.get() + ": waiting "
                    + "for them to finish before letting go of it, up to " + Durations.describe(timeout)
                    + " (migrate.lockTimeout).");
            long start = System.nanoTime();
            while (others.isPresent()) {
                if (Durations.millisSince(start) >= timeout.toMillis()) {
                    listener.warn("Other processes still use " + connections.shownAs() + " through this one ("
                            + others.get() + ") after " + Durations.describe(timeout) + ": they lose their connection "
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
