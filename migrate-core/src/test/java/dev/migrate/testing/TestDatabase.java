package dev.migrate.testing;

import dev.migrate.dialect.Dialect;
import dev.migrate.lock.MigrationLock;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A database a test works on: where it is and how to reach it, and a few queries tests ask it. */
public interface TestDatabase {

    String url();

    String user();

    String password();

    Connection connect() throws SQLException;

    /** The rows of a query; small integers come back as {@code Integer}, large text as {@code String}. */
    default List<List<Object>> query(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int k = 1; k <= columns; k++) {
                    Object value = rs.getObject(k);
                    if (value instanceof Clob clob) {
                        value = clob.getSubString(1, (int) clob.length());
                    }
                    row.add(value instanceof Integer || value instanceof Short ? ((Number) value).intValue() : value);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Runs statements in autocommit. */
    default void execute(String... sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String statement : sql) {
                st.execute(statement);
            }
        }
    }

    /** Whether a table of that name (any case) exists in a user schema. */
    default boolean tableExists(String name) throws SQLException {
        return !query("SELECT table_name FROM information_schema.tables WHERE lower(table_name) = '" + name
                + "' AND lower(table_schema) NOT IN ('information_schema', 'pg_catalog')").isEmpty();
    }

    /**
     * Waits until no session holds migrate's lock on {@code schema}: after a client is killed, the server closes its
     * session (and so releases the lock) a moment later.
     */
    default void awaitLockReleased(Dialect dialect, String schema) throws SQLException, InterruptedException {
        MigrationLock lock = dialect.migrationLock(schema, dialect.foldIdentifier("migrate_version")).orElseThrow();
        long deadline = System.nanoTime() + 30_000_000_000L;
        try (Connection c = connect()) {
            while (lock.holder(c).isPresent()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the lock is still held by " + lock.holder(c).orElseThrow().describe());
                }
                Thread.sleep(20);
            }
        }
    }

    /** The rows of {@code migrate_version}, sorted. */
    default List<String> versionRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        for (List<Object> row : query("SELECT revision FROM migrate_version ORDER BY revision")) {
            rows.add((String) row.get(0));
        }
        return rows;
    }

    /** Whether a table has a column of that name (any case). */
    default boolean columnExists(String table, String column) throws SQLException {
        return !query("SELECT column_name FROM information_schema.columns WHERE lower(table_name) = '" + table
                + "' AND lower(column_name) = '" + column + "'").isEmpty();
    }
}
