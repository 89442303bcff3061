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
        return dialect.migrationLock(schema, dialect.foldIdentifier(VersionStore.VERSION_TABLE));
    }

    /** Takes the migration lock, waiting up to {@code migrate.lockTimeout}, then reads the database again. */
    DatabaseState lock() throws SQLException {
        acquireLock();
        return read();
    }

    /**
     * Takes the migration lock without reading anything, for a goal that reads the version rows its own way (stamp
     * accepts rows the files do not know).
     */
    void acquireLock() throws SQLException {
        Optional<MigrationLock> lock = migrationLock();
        if (lock.isEmpty()) {
            ws.config.listener().warn("The " + dialect.displayName() + " dialect cannot hold a migration lock: do not "
                    + "run migrate on this database from several places at once.");
            return;
        }
        Duration timeout = ws.config.options().lockTimeout();
        boolean[] waited = new boolean[1];
        long start = System.nanoTime();
        lease = lock.get().acquire(ws.connectAgain(dialect), timeout, LOCK_REPORT_EVERY, (holder, sofar) -> {
            waited[0] = true;
            ws.config.listener().info("Waiting for the migration lock (" + lock.get().description() + "): held by "
                    + holder.map(LockHolder::describe).orElse("another session") + "; waited "
                    + Workspace.describe(Duration.ofMillis(sofar.toMillis() / 100 * 100)) + " of "
                    + Workspace.describe(timeout) + " (migrate.lockTimeout).");
        });
        if (waited[0]) {
            ws.config.listener().info("Got the migration lock after "
                    + Workspace.describe(Duration.ofMillis(Workspace.millisSince(start) / 100 * 100)) + ".");
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            if (lease != null) {
                lease.close();
            }
        }
    }
}
