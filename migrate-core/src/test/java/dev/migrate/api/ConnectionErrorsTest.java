package dev.migrate.api;

import dev.migrate.connect.Connector;
import dev.migrate.dialect.DialectRegistry;
import dev.migrate.testing.ChildJvm;
import dev.migrate.testing.HoldDatabase;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unknown URL kinds, unreachable servers and bad credentials: one clear line each, no password. */
@ExtendWith(PostgresExtension.class)
class ConnectionErrorsTest {

    @TempDir
    Path directory;

    @BeforeEach
    void emptyMigrations() throws Exception {
        Files.createDirectories(directory);
    }

    private MigrateException failure(Migrator.Builder builder) {
        try {
            builder.migrationsDirectory(directory).build().status();
        } catch (MigrateException e) {
            assertThat(e.getMessage()).doesNotContain("Hunter2-pw").doesNotContain("\n");
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void aJdbcUrlWithoutDialect() {
        MigrateException e = failure(Migrator.configure().url("jdbc:sqlite:/tmp/x.db").password("Hunter2-pw"));

        assertThat(e.kind()).isEqualTo(ErrorKind.UNSUPPORTED_DATABASE);
        assertThat(e.getMessage()).isEqualTo("migrate has no dialect for jdbc:sqlite:/tmp/x.db; supported: "
                + "jdbc:postgresql:, jdbc:h2:, jdbc:mariadb: (set migrate.dialect to use one of them for a compatible "
                + "database)");
    }

    @Test
    void anUnreachableServer() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        MigrateException e = failure(Migrator.configure()
                .url("jdbc:postgresql://127.0.0.1:" + port + "/db?connectTimeout=2").user("app").password("Hunter2-pw"));

        assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
        assertThat(e.getMessage()).startsWith("cannot connect to jdbc:postgresql://127.0.0.1:" + port
                + "/db?connectTimeout=2: the server is not reachable; is it running, and are the host and port in migrate.url right?");
    }

    @Test
    void wrongCredentialsOnH2() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("secured").toAbsolutePath();
        DriverManager.getConnection(url, "owner", "right-password").close();

        MigrateException e = failure(Migrator.configure().url(url).user("owner").password("Hunter2-pw"));

        assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
        assertThat(e.getMessage()).startsWith("cannot log in to " + url + " for user 'owner': the server rejected the "
                + "credentials (user from the Java API, password from the Java API); check migrate.user and migrate.password");
    }

    @Test
    void anH2FileThatAnotherProcessHasOpen() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("busy").toAbsolutePath();
        try (ChildJvm holder = ChildJvm.start(HoldDatabase.class, List.of(url, "sa", "-"))) {
            assertThat(holder.awaitLine("OPEN", 30)).as(holder.output()).isTrue();

            MigrateException e = failure(Migrator.configure().url(url).user("sa").password("Hunter2-pw"));

            assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
            assertThat(e.getMessage()).startsWith("cannot open " + url + ": another process has this H2 file database "
                    + "open. For several processes on one file, add ;AUTO_SERVER=TRUE to the URL of every one of them");
        }
    }

    @Test
    void aServerThatIsStartingUpIsAConnectionProblemThatRetriesWaitFor() {
        MigrateException e = Problems.connection(Connector.classify(new java.sql.SQLException(
                "FATAL: the database system is starting up", "57P03"), "jdbc:postgresql://db/app", null, null,
                java.time.Duration.ZERO, DialectRegistry.load(null).all()));

        assertThat(e.kind()).as("CONNECTION problems are the ones migrate.connectRetries retries")
                .isEqualTo(ErrorKind.CONNECTION);
        assertThat(e.getMessage()).isEqualTo("cannot connect to jdbc:postgresql://db/app: the server is starting up or "
                + "shutting down; try again shortly (migrate.connectRetries waits for it). Server said: FATAL: the "
                + "database system is starting up");
    }

    @Test
    void anUnknownRoleOnPostgres(PostgresDatabase database) {
        MigrateException e = failure(Migrator.configure().url(database.url()).user("no_such_role").password("Hunter2-pw"));

        assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
        assertThat(e.getMessage()).contains("for user 'no_such_role': the server rejected the credentials");
    }

    @Test
    void aMissingDatabaseOnPostgres(PostgresDatabase database) {
        String url = database.url().replace(database.name(), "no_such_database_here");

        MigrateException e = failure(Migrator.configure().url(url).user(database.user()).password(database.password()));

        assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
        assertThat(e.getMessage()).contains(": the database does not exist; create it or fix migrate.url.");
    }
}
