package dev.migrate.cli;

import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands through {@code bin/migrate} on PostgreSQL: one database for the class, emptied before each test. */
@ExtendWith(PostgresExtension.class)
class PostgresCliIT extends CliScenarios {

    private static PostgresDatabase database;

    @BeforeAll
    static void database(PostgresDatabase given) {
        database = given;
    }

    @Override
    TestDatabase emptyDatabase() throws Exception {
        database.reset();
        return database;
    }

    @Override
    List<String> legacyExtras() {
        return List.of("CREATE FUNCTION legacy_next(i INTEGER) RETURNS INTEGER LANGUAGE sql AS 'SELECT i + 1'");
    }

    /**
     * {@code --wait-for-database}: the database's port answers only after a while (a forwarder to the real server
     * starts eight seconds late, well after the process started); the upgrade waits, says so, and goes on once the database accepts the connection.
     */
    @Test
    void waitForDatabaseWaitsUntilTheServerAcceptsConnections() throws Exception {
        java.net.URI real = java.net.URI.create(db.url().substring("jdbc:".length()));
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String late = db.url().replace(":" + real.getPort() + "/", ":" + port + "/");
        java.util.concurrent.ExecutorService forwarder = java.util.concurrent.Executors.newCachedThreadPool();
        java.util.concurrent.atomic.AtomicReference<java.net.ServerSocket> listening =
                new java.util.concurrent.atomic.AtomicReference<>();
        try {
            forwarder.submit(() -> {
                Thread.sleep(8000);
                try (java.net.ServerSocket server = new java.net.ServerSocket(port, 50,
                        java.net.InetAddress.getLoopbackAddress())) {
                    listening.set(server);
                    while (!server.isClosed()) {
                        java.net.Socket client = server.accept();
                        java.net.Socket upstream = new java.net.Socket(real.getHost(), real.getPort());
                        forwarder.submit(() -> client.getInputStream().transferTo(upstream.getOutputStream()));
                        forwarder.submit(() -> upstream.getInputStream().transferTo(client.getOutputStream()));
                    }
                }
                return null;
            });
            CliProcess.Result upgrade = migrate("upgrade", "--url", late, "--wait-for-database", "30s");
            assertExit(upgrade, ExitCode.OK);
            assertThat(upgrade.err()).contains("Waiting for the database (attempt 1, 0 s of 30 s): ")
                    .contains("The database accepts connections (after ");
            assertThat(db.versionRows()).containsExactly(ISBN);
        } finally {
            if (listening.get() != null) {
                listening.get().close();
            }
            forwarder.shutdownNow();
        }

        CliProcess.Result never = migrate("current", "--url", late, "--wait-for-database=2");
        assertExit(never, ExitCode.FAILURE);
        assertThat(never.err()).contains("migrate.waitForDatabase = 2 s");
    }

    /** A statement that runs 11 s: a heartbeat line after 10 s says which revision, statement and line. */
    @Test
    void aLongStatementPrintsAHeartbeat() throws Exception {
        assertExit(migrate("upgrade"), ExitCode.OK);
        migrations.add("d4d4d4d4d4d4", ISBN, "Slow", "SELECT 1;\nSELECT pg_sleep(11);", "SELECT 1;");
        CliProcess.Result upgrade = migrate("upgrade");
        assertExit(upgrade, ExitCode.OK);
        assertThat(upgrade.err()).containsPattern("still running: d4d4d4d4d4d4 statement 2 of 2 \\(migrations/"
                + "\\d+_\\d+-d4d4d4d4d4d4_slow\\.sql:\\d+\\), 10 s");
    }

    @Override
    String urlWithPassword(String password) {
        return db.url().replaceFirst("^jdbc:postgresql://", "postgres://" + (db.user() == null ? "postgres"
                : db.user()) + ":" + password + "@");
    }
}
