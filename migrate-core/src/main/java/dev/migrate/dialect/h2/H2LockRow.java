package dev.migrate.dialect.h2;

import dev.migrate.dialect.Dialect;
import dev.migrate.lock.LockHolder;
import dev.migrate.lock.LockWait;
import dev.migrate.lock.MigrationLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * H2's migration lock: the single row of a lock table, held by an uncommitted {@code UPDATE} on a dedicated
 * connection with autocommit off. Nothing else runs on that connection, because any DDL would commit the UPDATE and
 * drop the lock; {@code SELECT ... FOR UPDATE} is no use on H2 (it does not stop other connections' DDL).
 *
 * <p>The first UPDATE only tries ({@code SET LOCK_TIMEOUT 1}); while the row is busy, the following ones wait inside
 * H2, each bounded by {@code SET LOCK_TIMEOUT} to at most {@value #STEP_MILLIS} ms, so the holder can be reported
 * between them. The table and its row are created on first use.
 *
 * <p>The lock table goes with the version table: {@code migrate_lock} for the default {@code migrate_version}, and
 * {@code <versionTable>_lock} for any other, so that applications that keep their own version tables in one schema
 * do not wait for each other. A database that an older migrate ran with a custom version table has that version table
 * and {@code migrate_lock}, but no {@code <versionTable>_lock}: it keeps using {@code migrate_lock}, so that an older
 * migrate still running against it (a rolling deployment) and this one exclude each other.
 */
final class H2LockRow implements MigrationLock {

    /** The lock table of the default version table, and of every version table before lock tables were derived. */
    static final String TABLE = "migrate_lock";
    private static final String DEFAULT_VERSION_TABLE = "migrate_version";

    private static final long STEP_MILLIS = 1000;
    /** "Timeout trying to lock table", and the deadlock H2 reports instead when it notices a cycle. */
    private static final Set<Integer> BUSY = Set.of(50200, 40001);
    private static final int SCHEMA_NOT_FOUND = 90079;
    private static final String DUPLICATE_KEY = "23505";
    private static final int GENERAL_ERROR = 50000;
    private static final Object CREATING = new Object();

    private final Dialect dialect;
    private final String schema;
    private final String versionTable;
    /** The lock table, as stored: derived from the version table until a database says it is the legacy one. */
    private volatile String table;
    private volatile boolean resolved;

    /**
     * @param schema       the schema of migrate's tables, exactly as stored
     * @param versionTable the version table's name, exactly as stored
     */
    H2LockRow(Dialect dialect, String schema, String versionTable) {
        this.dialect = dialect;
        this.schema = schema;
        this.versionTable = versionTable;
        this.table = dialect.foldIdentifier(tableFor(versionTable));
    }

    /** The lock table of a version table: {@code migrate_lock} for the default one, else {@code <name>_lock}. */
    static String tableFor(String versionTable) {
        return versionTable == null || versionTable.equalsIgnoreCase(DEFAULT_VERSION_TABLE) ? TABLE
                : versionTable + "_lock";
    }

    @Override
    public String description() {
        return "lock row of " + schema + "." + table;
    }

    /** The lock table this database uses: the derived one, or {@code migrate_lock} where an older migrate made it. */
    private String table(Connection connection) throws SQLException {
        if (!resolved) {
            String legacy = dialect.foldIdentifier(TABLE);
            if (!table.equals(legacy) && !dialect.tableExists(connection, schema, table)
                    && dialect.tableExists(connection, schema, legacy)
                    && dialect.tableExists(connection, schema, versionTable)) {
                table = legacy;
            }
            resolved = true;
        }
        return table;
    }

    private String tableSql(Connection connection) throws SQLException {
        return dialect.quoteIdentifier(schema) + "." + dialect.quoteIdentifier(table(connection));
    }

    @Override
    public Lease acquire(Connection dedicated, Duration timeout, Duration reportEvery, LockListener listener)
            throws SQLException {
        table(dedicated);
        return LockWait.acquire(description(), dedicated, timeout, reportEvery, listener, new LockWait.Attempts() {
            // The first attempt only tries; later ones wait inside H2, a bounded step at a time. (H2 takes
            // LOCK_TIMEOUT 0 for its default of seconds, so the shortest wait is 1 ms.)
            private long step = 1;
            private long lockTimeout = -1;
            private boolean tableChecked;

            @Override
            public boolean tryTake(LockWait wait) throws SQLException {
                if (dedicated.getAutoCommit()) {
                    dedicated.setAutoCommit(false);
                }
                if (!tableChecked) {
                    // Ask the catalog first: an UPDATE of a missing table would land in H2's trace file.
                    tableChecked = true;
                    if (!dialect.tableExists(dedicated, schema, table(dedicated))) {
                        create(dedicated, Math.max(1, Math.min(STEP_MILLIS, wait.remainingMillis())));
                        lockTimeout = -1;
                    }
                }
                while (true) {
                    if (step != lockTimeout) {
                        try (Statement st = dedicated.createStatement()) {
                            st.execute("SET LOCK_TIMEOUT " + step);
                        }
                        lockTimeout = step;
                    }
                    Attempt attempt = attempt(dedicated);
                    if (attempt == Attempt.TAKEN) {
                        return true;
                    }
                    if (attempt == Attempt.MISSING) {
                        lockTimeout = -1;
                        if (create(dedicated, Math.max(1, Math.min(STEP_MILLIS, wait.remainingMillis())))) {
                            continue;
                        }
                    }
                    dedicated.rollback();
                    return false;
                }
            }

            @Override
            public void beforeRetry(LockWait wait) {
                step = Math.max(1, Math.min(Math.min(STEP_MILLIS, reportEvery.toMillis()), wait.remainingMillis()));
            }

            @Override
            public Optional<LockHolder> holder() throws SQLException {
                return H2LockRow.this.holder(dedicated);
            }

            @Override
            public void release() throws SQLException {
                H2LockRow.release(dedicated);
            }
        });
    }

    private enum Attempt { TAKEN, BUSY, MISSING }

    private Attempt attempt(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            int rows = st.executeUpdate("UPDATE " + tableSql(connection)
                    + " SET locked_at = CURRENT_TIMESTAMP WHERE id = 1");
            return rows == 1 ? Attempt.TAKEN : Attempt.MISSING;
        } catch (SQLException e) {
            if (BUSY.contains(e.getErrorCode())) {
                return Attempt.BUSY;
            }
            if (dialect.isUndefinedTable(e) || e.getErrorCode() == SCHEMA_NOT_FOUND) {
                connection.rollback();
                return Attempt.MISSING;
            }
            throw e;
        }
    }

    /**
     * Creates the schema, the table and its row where missing, in autocommit (never while holding the lock). DDL locks
     * H2's metadata ({@code SYS}) for a moment, so processes that start together wait up to {@code waitMillis} for
     * each other here; returns false when it stayed busy, and the caller goes on as for a busy lock.
     */
    private boolean create(Connection connection, long waitMillis) throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
        // H2 2.3 can fail with a ConcurrentModificationException (and even close the database) when several sessions
        // run DDL at once: the threads of one JVM create the table one at a time.
        synchronized (CREATING) {
            return createTable(connection, waitMillis);
        }
    }

    private boolean createTable(Connection connection, long waitMillis) throws SQLException {
        String tableSql = tableSql(connection);
        try (Statement st = connection.createStatement()) {
            st.execute("SET LOCK_TIMEOUT " + waitMillis);
            for (String sql : dialect.createSchemaIfMissing(schema)) {
                st.execute(sql);
            }
            st.execute("CREATE TABLE IF NOT EXISTS " + tableSql
                    + " (id INTEGER NOT NULL PRIMARY KEY, locked_at TIMESTAMP WITH TIME ZONE)");
            st.executeUpdate("INSERT INTO " + tableSql + " (id) SELECT 1 FROM (VALUES (1)) AS one (x) "
                    + "WHERE NOT EXISTS (SELECT 1 FROM " + tableSql + " WHERE id = 1)");
        } catch (SQLException e) {
            if (BUSY.contains(e.getErrorCode()) || isConcurrentModification(e)) {
                return false;
            }
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
            // Another process inserted the row at the same moment: fine.
        } finally {
            connection.setAutoCommit(false);
        }
        return true;
    }

    /** H2's "General error" for a race inside the engine; another process's DDL at the same moment. */
    private static boolean isConcurrentModification(SQLException e) {
        return e.getErrorCode() == GENERAL_ERROR && String.valueOf(e.getMessage()).contains("ConcurrentModification");
    }

    private static void release(Connection connection) throws SQLException {
        try (connection) {
            connection.rollback();
        }
    }

    @Override
    public Optional<LockHolder> holder(Connection connection) throws SQLException {
        // Only the holder has an uncommitted change on the table; waiters hold its table lock too, but change nothing.
        String sql = "SELECT s.SESSION_ID, s.USER_NAME, s.CLIENT_ADDR, s.SESSION_START "
                + "FROM INFORMATION_SCHEMA.LOCKS l JOIN INFORMATION_SCHEMA.SESSIONS s ON s.SESSION_ID = l.SESSION_ID "
                + "WHERE l.TABLE_SCHEMA = ? AND l.TABLE_NAME = ? AND l.SESSION_ID <> SESSION_ID() "
                + "ORDER BY s.CONTAINS_UNCOMMITTED DESC, s.SESSION_START";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, schema);
            st.setString(2, table(connection));
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp since = rs.getTimestamp(4);
                return Optional.of(new LockHolder("H2 session " + rs.getInt(1), null, rs.getString(2),
                        rs.getString(3), since == null ? null : since.toInstant()));
            }
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
    }
}
