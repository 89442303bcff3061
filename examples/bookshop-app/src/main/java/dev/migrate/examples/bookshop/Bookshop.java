package dev.migrate.examples.bookshop;

import com.sun.net.httpserver.HttpServer;
import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.report.UpgradeResult;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * The running application: its database migrated to the newest revision, and an HTTP server answering
 * {@code GET /health}. {@link #start} migrates before it opens the port, so an application whose migration failed
 * never answers a request.
 */
public final class Bookshop implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.migrate.examples.bookshop");
    /** A database container that starts with the application gets about 13 minutes (1 s, 2 s, ... 30 s apart). */
    private static final int CONNECT_RETRIES = 30;

    private final Migrator migrator;
    private final HttpServer server;

    private Bookshop(Migrator migrator, HttpServer server) {
        this.migrator = migrator;
        this.server = server;
    }

    /**
     * Migrates the database, then serves HTTP.
     *
     * @throws MigrateException when the settings are wrong, the database cannot be reached or a revision fails;
     *                          revisions before the failing one stay applied, and no port is opened
     * @throws IOException      when the port cannot be opened
     */
    public static Bookshop start(Settings settings) throws IOException {
        Migrator migrator = migrator(settings).connectRetries(CONNECT_RETRIES).build();
        UpgradeResult result = migrator.upgrade();
        UpgradeSummary.lines(result).forEach(line -> LOG.log(System.Logger.Level.INFO, line));

        // A Migrator retries only until the database has answered once, so the health check sharing it says
        // "down" at once instead of waiting for the database.
        HttpServer server = listen(settings.port());
        server.createContext("/health", new HealthCheck(migrator));
        server.start();
        Bookshop bookshop = new Bookshop(migrator, server);
        LOG.log(System.Logger.Level.INFO, "Serving http://localhost:" + bookshop.port() + "/health");
        return bookshop;
    }

    private static HttpServer listen(int port) throws IOException {
        try {
            return HttpServer.create(new InetSocketAddress(port), 0);
        } catch (IOException e) {
            // The JDK's message ("Address already in use") does not say which port.
            throw new IOException("cannot listen on port " + port + ": " + e.getMessage(), e);
        }
    }

    private static Migrator.Builder migrator(Settings settings) {
        return Migrator.configure()
                .url(settings.databaseUrl()).user(settings.user()).password(settings.password())
                .locations(settings.locations().toArray(String[]::new));
    }

    /** The port the server listens on (the one the system chose when the settings said 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Whether every revision the application knows is applied to its database, asked now. */
    public boolean isUpToDate() {
        return migrator.status().isUpToDate();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
