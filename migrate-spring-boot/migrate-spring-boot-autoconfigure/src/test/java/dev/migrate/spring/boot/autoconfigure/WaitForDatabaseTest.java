package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;
import dev.migrate.spring.boot.autoconfigure.plain.PlainApplication;
import dev.migrate.testing.PostgresServer;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@code migrate.wait-for-database}: a database that is not up yet (or not created yet) when the application starts is
 * waited for, and the log says so at each attempt; after the time is up, the start fails saying how long it waited.
 */
@ExtendWith(OutputCaptureExtension.class)
class WaitForDatabaseTest {

    @Test
    void aServerThatComesUpWhileWaitingIsMigrated(CapturedOutput output) throws Exception {
        int port = Starts.freePort();
        CompletableFuture<Server> server = CompletableFuture.supplyAsync(() -> {
            awaitWaiting(output);
            try {
                return Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (ConfigurableApplicationContext context = Starts.run(PlainApplication.class,
                "spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + port + "/mem:waited;DB_CLOSE_DELAY=-1",
                "spring.datasource.username=sa", "migrate.wait-for-database=1m",
                "migrate.connect-retry-interval=200ms")) {
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT text FROM greetings", String.class))
                    .isEqualTo("hello");
            assertThat(output.getAll()).contains("Waiting for the database (migrate.wait-for-database = 1 min, ")
                    .contains("cannot connect to the DataSource").contains("The database answered after ");
        } finally {
            server.get(30, TimeUnit.SECONDS).stop();
        }
    }

    @Test
    void aDatabaseNotCreatedYetIsWaitedFor(CapturedOutput output) throws Exception {
        PostgresServer server = TestDatabases.postgresServer();
        String name = "migrate_test_waitfordatabase_" + UUID.randomUUID().toString().substring(0, 8);
        CompletableFuture<Void> created = CompletableFuture.runAsync(() -> {
            awaitWaiting(output);
            try (Connection admin = server.connectAdmin()) {
                admin.createStatement().execute("CREATE DATABASE " + name);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (ConfigurableApplicationContext context = Starts.run(PlainApplication.class,
                "spring.datasource.url=" + server.urlOf(name), "spring.datasource.username=" + server.user(),
                "migrate.wait-for-database=1m", "migrate.connect-retry-interval=200ms")) {
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT text FROM greetings", String.class))
                    .isEqualTo("hello");
            assertThat(output.getAll()).contains("Waiting for the database (migrate.wait-for-database = 1 min, ")
                    .contains("the database does not exist");
        } finally {
            created.get(30, TimeUnit.SECONDS);
            server.drop(name);
        }
    }

    /** The database appears once the application has said that it waits for it. */
    private static void awaitWaiting(CapturedOutput output) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!output.getAll().contains("Waiting for the database") && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void afterTheWaitTheStartFailsSayingHowLongItWaited(CapturedOutput output) {
        int port = Starts.freePort();
        long start = System.nanoTime();

        Throwable failure = catchThrowable(() -> Starts.run(PlainApplication.class,
                "spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + port + "/mem:never", "spring.datasource.username=sa",
                "migrate.wait-for-database=2s", "migrate.connect-retry-interval=500ms"));

        MigrateException cause = FailedStartTest.findCause(failure, MigrateException.class);
        assertThat(cause.kind()).isEqualTo(ErrorKind.CONNECTION);
        assertThat(cause.getMessage()).startsWith("gave up waiting for the database after ")
                .contains("migrate.wait-for-database = 2 s): cannot connect to the DataSource");
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(2000);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("For a database that starts with the application, set migrate.wait-for-database");
    }
}
