package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A private in-memory H2 database that lives until {@link #close()}. */
public final class H2Memory implements TestDatabase, AutoCloseable {

    private final String url;

    public H2Memory(String purpose) {
        url = "jdbc:h2:mem:" + purpose + "_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public String user() {
        return "sa";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    /** Drops the database. */
    @Override
    public void close() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
    }
}
