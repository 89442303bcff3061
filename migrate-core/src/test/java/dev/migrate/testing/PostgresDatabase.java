package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A fresh PostgreSQL database for one test class, created and dropped by {@link PostgresExtension}. */
public final class PostgresDatabase implements TestDatabase {

    private final PostgresServer server;
    private final String name;

    PostgresDatabase(PostgresServer server, String name) {
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

    public PostgresServer server() {
        return server;
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), server.properties());
    }

    /** Drops every schema but the system ones and recreates an empty {@code public}: a clean slate between tests. */
    public void reset() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("DO $$DECLARE s text; BEGIN "
                    + "FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                    + "AND nspname <> 'information_schema' LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP; "
                    + "END$$");
            st.execute("CREATE SCHEMA public");
        }
    }
}
