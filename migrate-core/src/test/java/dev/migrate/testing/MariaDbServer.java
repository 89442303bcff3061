package dev.migrate.testing;

import dev.migrate.connect.DatabaseUrl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The MariaDB (or MySQL) server the tests use, found once per JVM: {@code MIGRATE_TEST_MARIADB_URL} (a
 * {@code jdbc:mariadb://} URL or a {@code mariadb://user:password@host/db} URI), else a server on 127.0.0.1:3306
 * (user root, no password). With {@code CI=true} a missing server is a failure, never a skip.
 */
public final class MariaDbServer {

    private static MariaDbServer instance;
    private static String unavailableReason;

    private final String adminUrl;
    private final String user;
    private final String password;

    private MariaDbServer(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /** The server, or null with {@link #unavailableReason()} set. */
    public static synchronized MariaDbServer find() {
        if (instance != null || unavailableReason != null) {
            return instance;
        }
        String fromEnvironment = System.getenv("MIGRATE_TEST_MARIADB_URL");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            DatabaseUrl url = DatabaseUrl.parse(fromEnvironment, "MIGRATE_TEST_MARIADB_URL");
            instance = new MariaDbServer(url.jdbcUrl(), url.user(), url.password());
        } else if (PostgresServer.answers("127.0.0.1", 3306)) {
            instance = new MariaDbServer("jdbc:mariadb://127.0.0.1:3306/test", "root", null);
        } else {
            unavailableReason = "no MariaDB: MIGRATE_TEST_MARIADB_URL is not set and nothing answers on 127.0.0.1:3306 "
                    + "(start it with: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd)";
        }
        return instance;
    }

    public static synchronized String unavailableReason() {
        return unavailableReason;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
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

    public Connection connectAdmin() throws SQLException {
        return DriverManager.getConnection(adminUrl, properties());
    }

    /** Creates a fresh database named after {@code owner}; the caller drops it with {@link #drop(String)}. */
    public String createDatabase(String owner) throws SQLException {
        String name = ("migrate_test_" + owner.replaceAll("[^A-Za-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        if (name.length() > 64) {
            name = "m" + name.substring(name.length() - 63);
        }
        try (Connection admin = connectAdmin(); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE `" + name + "`");
        }
        return name;
    }

    /** A further fresh database for a test that needs two; the caller drops it with {@link #drop(String)}. */
    public MariaDbDatabase newDatabase(String owner) throws SQLException {
        return new MariaDbDatabase(this, createDatabase(owner));
    }

    public void drop(String database) throws SQLException {
        try (Connection admin = connectAdmin(); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + database + "`");
        }
    }

    /** The JDBC URL of {@code database} on this server. */
    public String urlOf(String database) {
        int schemeEnd = adminUrl.indexOf("//") + 2;
        int slash = adminUrl.indexOf('/', schemeEnd);
        int query = adminUrl.indexOf('?');
        String base = slash < 0 ? (query < 0 ? adminUrl : adminUrl.substring(0, query)) + "/"
                : adminUrl.substring(0, slash + 1);
        return base + database + (query >= 0 ? adminUrl.substring(query) : "");
    }
}
