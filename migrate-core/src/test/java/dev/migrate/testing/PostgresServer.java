package dev.migrate.testing;

import dev.migrate.connect.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The PostgreSQL server the tests use, found once per JVM in this order: {@code MIGRATE_TEST_PG_URL}; a server on
 * 127.0.0.1:5432 (user postgres, trust auth); an embedded PostgreSQL (zonky, linux binaries). With {@code CI=true}
 * a missing server is a failure, never a skip.
 */
public final class PostgresServer {

    private static PostgresServer instance;
    private static String unavailableReason;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String description;

    private PostgresServer(String adminUrl, String user, String password, String description) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.description = description;
    }

    /** The server, or null with {@link #unavailableReason()} set. */
    public static synchronized PostgresServer find() {
        if (instance != null || unavailableReason != null) {
            return instance;
        }
        String fromEnvironment = System.getenv("MIGRATE_TEST_PG_URL");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            DatabaseUrl url = DatabaseUrl.parse(fromEnvironment, "MIGRATE_TEST_PG_URL");
            instance = new PostgresServer(url.jdbcUrl(), url.user(), url.password(), "MIGRATE_TEST_PG_URL");
            return instance;
        }
        if (answers("127.0.0.1", 5432)) {
            instance = new PostgresServer("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", null,
                    "local server 127.0.0.1:5432");
            return instance;
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            instance = new PostgresServer(embedded.getJdbcUrl("postgres", "postgres"), "postgres", null,
                    "embedded PostgreSQL");
        } catch (IOException | RuntimeException e) {
            unavailableReason = "no PostgreSQL: MIGRATE_TEST_PG_URL is not set, nothing answers on 127.0.0.1:5432 "
                    + "and embedded PostgreSQL failed to start (" + e + ")";
        }
        return instance;
    }

    public static synchronized String unavailableReason() {
        return unavailableReason;
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public String description() {
        return description;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connectAdmin() throws SQLException {
        return DriverManager.getConnection(adminUrl, properties());
    }

    Properties properties() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    /** Creates a fresh database named after {@code owner}; the caller drops it with {@link #drop(String)}. */
    public String createDatabase(String owner) throws SQLException {
        String name = ("migrate_test_" + owner.replaceAll("[^A-Za-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        if (name.length() > 63) {
            name = name.substring(name.length() - 63);
            name = "m" + name.substring(1);
        }
        try (Connection admin = connectAdmin(); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    /** A further fresh database for a test that needs two; the caller drops it with {@link #drop(String)}. */
    public PostgresDatabase newDatabase(String owner) throws SQLException {
        return new PostgresDatabase(this, createDatabase(owner));
    }

    public void drop(String database) throws SQLException {
        try (Connection admin = connectAdmin(); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** The JDBC URL of {@code database} on this server. */
    public String urlOf(String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?');
        String base = adminUrl.substring(0, slash + 1);
        return base + database + (query >= 0 ? adminUrl.substring(query) : "");
    }
}
