package dev.migrate.api;

import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.RecordingListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A server that accepts connections and never says a word (a socket on loopback that only listens): every goal must
 * fail within {@code migrate.connectTimeout}, retries must bound the whole wait, and a statement that runs longer
 * than the connect timeout must not be cut off by it.
 */
@ExtendWith(PostgresExtension.class)
@Timeout(60)
class ConnectTimeoutTest {

    @TempDir
    Path directory;

    private MigrationFiles files;
    private final RecordingListener listener = new RecordingListener();
    private SilentServer silent;

    /** Accepts every connection and keeps it open without reading or writing anything. */
    private static final class SilentServer implements AutoCloseable {
        final ServerSocket socket;
        final List<Socket> held = new CopyOnWriteArrayList<>();

        SilentServer() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        held.add(socket.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        files = new MigrationFiles(directory.resolve("migrations"));
        files.add("a1", "", "Create things", "CREATE TABLE things (id INTEGER);", "DROP TABLE things;");
        silent = new SilentServer();
    }

    @AfterEach
    void stop() throws IOException {
        silent.close();
    }

    private Migrator.Builder against(String url) {
        return Migrator.configure().url(url).user("app").password("Hunter2-pw").migrationsDirectory(files.directory())
                .listener(listener).connectTimeout(Duration.ofSeconds(1));
    }

    private static long secondsSince(long start) {
        return (System.nanoTime() - start) / 1_000_000_000L;
    }

    @Test
    void aSilentPostgresServerFailsTheGoalWithinTheConnectTimeout() {
        String url = "jdbc:postgresql://127.0.0.1:" + silent.port() + "/app";
        long start = System.nanoTime();

        MigrateException e = catchThrowableOfType(MigrateException.class, () -> against(url).build().status());

        assertThat(secondsSince(start)).as("seconds waited").isLessThan(5);
        assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
        assertThat(e.getMessage()).startsWith("cannot connect to " + url + ": no answer within 1 s "
                + "(migrate.connectTimeout);").doesNotContain("Hunter2-pw");
        assertThat(silent.held).as("the server did accept the connection").isNotEmpty();
    }

    @Test
    void aSilentH2ServerFailsTheGoalWithinTheConnectTimeout() {
        String url = "jdbc:h2:tcp://127.0.0.1:" + silent.port() + "/mem:app";
        long start = System.nanoTime();

        MigrateException e = catchThrowableOfType(MigrateException.class, () -> against(url).build().upgrade());

        assertThat(secondsSince(start)).as("seconds waited").isLessThan(5);
        assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
        assertThat(e.getMessage()).startsWith("cannot connect to " + url + ": no answer within 1 s "
                + "(migrate.connectTimeout);");
    }

    @Test
    void retriesBoundTheWholeWait() {
        String url = "jdbc:postgresql://127.0.0.1:" + silent.port() + "/app";
        long start = System.nanoTime();

        MigrateException e = catchThrowableOfType(MigrateException.class, () -> against(url)
                .connectRetries(2, Duration.ofMillis(100)).build().upgrade());

        // 3 attempts of at most 1 s (and the 1 s grace), 100 ms and 200 ms between them.
        assertThat(secondsSince(start)).as("seconds waited").isLessThan(8);
        assertThat(e.getMessage()).contains("no answer within 1 s (migrate.connectTimeout)")
                .containsPattern(" \\(gave up after 3 attempts in [0-9.]+ s, migrate.connectRetries = 2\\)$");
        assertThat(listener.warnings).hasSize(2);
        assertThat(listener.warnings.get(0)).startsWith("Cannot connect yet (attempt 1 of 3): cannot connect to ")
                .endsWith("Trying again in 100 ms; all 3 attempts end within 6.3 s (migrate.connectTimeout, "
                        + "migrate.connectRetries).");
    }

    @Test
    void theDefaultIsTenSecondsAndNoStatementTimeout() {
        RunOptions options = Migrator.configure().url("jdbc:h2:mem:x").buildConfig().options();

        assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.statementTimeout()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aStatementLongerThanTheConnectTimeoutIsNotCutOffButAStatementTimeoutCutsIt(PostgresDatabase database)
            throws SQLException {
        database.reset();
        files.add("a2", "a1", "Slow", "SELECT pg_sleep(2.5);", "SELECT 1;");
        Migrator.Builder builder = Migrator.configure().url(database.url()).user(database.user())
                .password(database.password()).migrationsDirectory(files.directory()).listener(listener)
                .connectTimeout(Duration.ofSeconds(1));

        assertThat(builder.build().upgrade().migrations()).hasSize(2);

        files.add("a3", "a2", "Slower", "SELECT pg_sleep(5);", "SELECT 1;");
        MigrateException e = catchThrowableOfType(MigrateException.class, () -> builder
                .statementTimeout(Duration.ofSeconds(1)).build().upgrade());
        assertThat(e.kind()).isEqualTo(ErrorKind.MIGRATION_FAILED);
        assertThat(e.getMessage()).contains("canceling statement due to statement timeout");
        assertThat(database.versionRows()).containsExactly("a2");
    }
}
