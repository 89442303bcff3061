package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresServer;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The databases the tests start applications on: a private in-memory H2 database, or a fresh PostgreSQL database on
 * the server migrate-core's tests use ({@code MIGRATE_TEST_PG_URL}, the local server, or an embedded one). Without
 * PostgreSQL a test is skipped, except under {@code CI=true}, where it fails.
 */
final class TestDatabases {

    private TestDatabases() {
    }

    static String h2(String purpose) {
        return "jdbc:h2:mem:" + purpose + "_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }

    static PostgresServer postgresServer() {
        PostgresServer server = PostgresServer.find();
        if (server == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and " + PostgresServer.unavailableReason());
            }
            Assumptions.abort(PostgresServer.unavailableReason());
        }
        return server;
    }

    static PostgresDatabase postgres(Class<?> owner) {
        try {
            return postgresServer().newDatabase(owner.getSimpleName());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void drop(PostgresDatabase database) throws SQLException {
        if (database != null) {
            database.server().drop(database.name());
        }
    }

    /** Runs SQL on a database outside the application, as an operator would. */
    static void execute(String url, String user, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            for (String sql : statements) {
                connection.createStatement().execute(sql);
            }
        }
    }
}
