package dev.migrate.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A database a test works on: where it is and how to reach it, and the queries tests ask of it. */
public interface TestDatabase {

    String url();

    String user();

    String password();

    Connection connect() throws SQLException;

    /** The rows of {@code sql}; INTEGER and SMALLINT values come back as {@link Integer}, the rest as the driver has them. */
    default List<List<Object>> query(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int k = 1; k <= columns; k++) {
                    Object value = rs.getObject(k);
                    row.add(value instanceof Integer || value instanceof Short ? ((Number) value).intValue() : value);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Runs statements, each in its own autocommitted transaction. */
    default void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
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

    /** Whether a table of that name (any case, any user schema) exists. */
    default boolean tableExists(String name) throws SQLException {
        return !query("SELECT table_name FROM information_schema.tables WHERE lower(table_name) = '" + name
                + "' AND lower(table_schema) NOT IN ('information_schema', 'pg_catalog')").isEmpty();
    }

    /** Whether a table has a column of that name (any case). */
    default boolean columnExists(String table, String column) throws SQLException {
        return !query("SELECT column_name FROM information_schema.columns WHERE lower(table_name) = '" + table
                + "' AND lower(column_name) = '" + column + "'").isEmpty();
    }
}
