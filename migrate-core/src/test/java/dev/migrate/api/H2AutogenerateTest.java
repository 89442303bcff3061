package dev.migrate.api;

import org.junit.jupiter.api.AfterEach;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** The autogenerate suite on H2: the target is an in-memory database, the shadows are private ones. */
class H2AutogenerateTest extends AutogenerateContract {

    private final String url = "jdbc:h2:mem:autogen_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
    }

    @Override
    String url() {
        return url;
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String password() {
        return "";
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }
}
