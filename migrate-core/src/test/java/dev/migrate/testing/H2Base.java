package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** An H2 database at a URL, reached as {@code sa} without a password. */
abstract class H2Base implements TestDatabase {

    private final String url;

    H2Base(String url) {
        this.url = url;
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
}
