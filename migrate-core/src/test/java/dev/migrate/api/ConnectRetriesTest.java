package dev.migrate.api;

import dev.migrate.report.MigrationListener;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.RecordingListener;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Waiting for a database that is not up yet: {@code migrate.connectRetries} and {@code connectRetryInterval}. */
class ConnectRetriesTest {

    @TempDir
    Path directory;

    private MigrationFiles files;
    private final RecordingListener listener = new RecordingListener();
    private Server server;

    @BeforeEach
    void oneRevision() {
        files = new MigrationFiles(directory.resolve("migrations"));
        files.add("a1", "", "Create things", "CREATE TABLE things (id INTEGER);", "DROP TABLE things;");
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void eachAttemptIsLoggedThenOneClearError() throws Exception {
        int port = freePort();
        MigrateException e = (MigrateException) org.assertj.core.api.Assertions.catchThrowable(() ->
                Migrator.configure().url("jdbc:postgresql://127.0.0.1:" + port + "/app").user("app")
                        .password("Hunter2-pw").migrationsDirectory(files.directory()).listener(listener)
                        .connectRetries(2, Duration.ZERO).build().upgrade());

        assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
        assertThat(e.getMessage()).startsWith("cannot connect to jdbc:postgresql://127.0.0.1:" + port + "/app: the "
                + "server is not reachable;").containsPattern(" \\(gave up after 3 attempts in [0-9.]+ m?s, "
                        + "migrate.connectRetries = 2\\)$")
                .doesNotContain("Hunter2-pw");
        assertThat(listener.warnings).hasSize(2);
        assertThat(listener.warnings.get(0)).startsWith("Cannot connect yet (attempt 1 of 3): cannot connect to "
                + "jdbc:postgresql://127.0.0.1:" + port + "/app: the server is not reachable").endsWith(
                " Trying again in 0 ms; all 3 attempts end within 33 s (migrate.connectTimeout, "
                        + "migrate.connectRetries).");
        assertThat(listener.warnings.get(1)).startsWith("Cannot connect yet (attempt 2 of 3): ");
    }

    @Test
    void aDatabaseThatComesUpWhileWaitingIsUsed() throws Exception {
        int port = freePort();
        MigrationListener startsTheServerOnFirstRetry = new MigrationListener() {
            @Override
            public void warn(String message) {
                listener.warn(message);
                if (server == null) {
                    try {
                        server = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
        String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:retried;DB_CLOSE_DELAY=-1";

        Migrator migrator = Migrator.configure().url(url).user("sa").password("").migrationsDirectory(files.directory())
                .listener(startsTheServerOnFirstRetry).connectRetries(5, Duration.ofMillis(10)).build();

        assertThat(migrator.upgrade().headsAfter()).containsExactly("a1");
        assertThat(listener.warnings).singleElement().asString().startsWith("Cannot connect yet (attempt 1 of 6): ")
                .contains(" Trying again in 10 ms; all 6 attempts end within ");
        DriverManager.getConnection(url, "sa", "").close();

        // Once it has answered, the same Migrator (a health check) no longer waits: it fails at once.
        server.stop();
        server = null;
        long start = System.nanoTime();
        assertThatThrownBy(migrator::status).isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.CONNECTION));
        assertThat(listener.warnings).hasSize(1);
        assertThat(server).as("no retry started the server again").isNull();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void rejectedCredentialsAreNotRetried() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("secured").toAbsolutePath();
        DriverManager.getConnection(url, "owner", "right-password").close();

        assertThatThrownBy(() -> Migrator.configure().url(url).user("owner").password("wrong-password")
                .migrationsDirectory(files.directory()).listener(listener).connectRetries(3, Duration.ZERO).build()
                .status())
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.AUTHENTICATION));
        assertThat(listener.warnings).isEmpty();
    }

    @Test
    void thePauseDoublesUpToThirtySeconds() {
        RunOptions options = new RunOptions(Duration.ofSeconds(60), true, TransactionMode.PER_MIGRATION, ResumeMode.OFF, 10,
                Duration.ofSeconds(1), true, Duration.ofSeconds(10), Duration.ZERO);
        List<Long> pauses = new ArrayList<>();
        for (int retry = 1; retry <= 8; retry++) {
            pauses.add(options.retryPause(retry).toSeconds());
        }
        assertThat(pauses).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);

        RunOptions slow = new RunOptions(Duration.ofSeconds(60), true, TransactionMode.PER_MIGRATION, ResumeMode.OFF, 3,
                Duration.ofSeconds(45), true, Duration.ofSeconds(10), Duration.ZERO);
        assertThat(slow.retryPause(1)).isEqualTo(Duration.ofSeconds(45));
        assertThat(slow.retryPause(3)).isEqualTo(Duration.ofSeconds(45));
    }
}
