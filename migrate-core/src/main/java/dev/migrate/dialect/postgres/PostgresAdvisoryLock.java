package dev.migrate.dialect.postgres;

import dev.migrate.lock.LockHolder;
import dev.migrate.lock.LockKey;
import dev.migrate.lock.LockWait;
import dev.migrate.lock.MigrationLock;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;

/**
 * A PostgreSQL session advisory lock, never a transaction-scoped one. The key is the first 8 bytes of SHA-256 of
 * {@code migrate lock <schema>.<table>}, so every migrate that works on one version table uses one key, and migrate
 * processes on different schemas do not wait for each other.
 *
 * <p>Waiting is a loop of {@code pg_try_advisory_lock} with short pauses rather than a blocking
 * {@code pg_advisory_lock}: a blocked statement holds a snapshot, and {@code CREATE INDEX CONCURRENTLY} in the
 * holder's migration would wait for that snapshot while the waiter waits for the holder, a deadlock.
 */
final class PostgresAdvisoryLock implements MigrationLock {

    private final String target;
    private final long key;

    PostgresAdvisoryLock(String schema, String table) {
        this.target = schema + "." + table;
        this.key = keyOf(schema, table);
    }

    static long keyOf(String schema, String table) {
        return ByteBuffer.wrap(LockKey.digest("migrate lock " + schema + "." + table), 0, Long.BYTES).getLong();
    }

    long key() {
        return key;
    }

    @Override
    public String description() {
        return "PostgreSQL advisory lock " + key + " on " + target;
    }

    @Override
    public Lease acquire(Connection dedicated, Duration timeout, Duration reportEvery, LockListener listener)
            throws SQLException {
        return LockWait.acquire(description(), dedicated, timeout, reportEvery, listener, new LockWait.Attempts() {
            @Override
            public boolean tryTake(LockWait wait) throws SQLException {
                dedicated.setAutoCommit(true);
                return tryLock(dedicated);
            }

            @Override
            public void beforeRetry(LockWait wait) throws SQLException {
                wait.pause();
            }

            @Override
            public Optional<LockHolder> holder() throws SQLException {
                return PostgresAdvisoryLock.this.holder(dedicated);
            }

            @Override
            public void release() throws SQLException {
                PostgresAdvisoryLock.this.release(dedicated);
            }
        });
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + key + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private void release(Connection connection) throws SQLException {
        try (connection; Statement st = connection.createStatement()) {
            st.execute("SELECT pg_advisory_unlock(" + key + ")");
        }
    }

    @Override
    public Optional<LockHolder> holder(Connection connection) throws SQLException {
        // pg_locks splits a bigint advisory key into classid (high 32 bits) and objid (low 32 bits).
        String sql = "SELECT a.pid, a.application_name, a.usename, host(a.client_addr), a.backend_start "
                + "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                + "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
                + "AND l.classid = " + (key >>> 32) + " AND l.objid = " + (key & 0xFFFFFFFFL) + " "
                + "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                + "AND l.pid <> pg_backend_pid()";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Timestamp since = rs.getTimestamp(5);
            return Optional.of(new LockHolder("pid " + rs.getInt(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), since == null ? null : since.toInstant()));
        }
    }
}
