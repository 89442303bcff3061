package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A fresh MariaDB database for one test class, created and dropped by {@link MariaDbExtension}. */
public final class MariaDbDatabase implements TestDatabase {

    private final MariaDbServer server;
    private final String name;
    /**
     * The databases the contract suites create through {@code migrate.schema} (a schema is a database here, so they
     * live beside the test's own): {@link #reset()} drops them.
     */
    private static final List<String> CONTRACT_SCHEMAS = List.of("shop", "Shop", "Other", "app");

    MariaDbDatabase(MariaDbServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public String url() {
        return server.urlOf(name);
    }

    @Override
    public String user() {
        return server.user();
    }

    @Override
    public String password() {
        return server.password();
    }

    public MariaDbServer server() {
        return server;
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), server.properties());
    }

    /**
     * Drops and recreates the database, and drops the databases the contract suites create through
     * {@code migrate.schema}: a clean slate between tests.
     */
    public void reset() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String database : CONTRACT_SCHEMAS) {
                st.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
            st.execute("DROP DATABASE `" + name + "`");
            st.execute("CREATE DATABASE `" + name + "`");
        }
    }

    /** Whether a table of that name (any case) exists in this database. */
    @Override
    public boolean tableExists(String table) throws SQLException {
        return !query("SELECT table_name FROM information_schema.tables WHERE lower(table_name) = '" + table
                + "' AND table_schema = DATABASE()").isEmpty();
    }

    /** Whether a table of this database has a column of that name (any case). */
    @Override
    public boolean columnExists(String table, String column) throws SQLException {
        return !query("SELECT column_name FROM information_schema.columns WHERE lower(table_name) = '" + table
                + "' AND lower(column_name) = '" + column + "' AND table_schema = DATABASE()").isEmpty();
    }

    /** The names of the databases on the server, for tests that check that nothing was left behind. */
    public List<String> databases() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT schema_name FROM information_schema.schemata")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
