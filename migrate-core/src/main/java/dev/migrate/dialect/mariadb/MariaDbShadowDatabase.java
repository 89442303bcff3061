package dev.migrate.dialect.mariadb;

import dev.migrate.dialect.ShadowDatabase;
import dev.migrate.dialect.ShadowRequest;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A shadow database on the configured server: {@code CREATE DATABASE migrate_shadow_<12 hex>}, dropped on close
 * (and by a shutdown hook if the JVM ends first). An attached shadow ({@code migrate.shadowUrl}) must be empty and
 * is emptied again (dropped and created under its name) on close.
 */
final class MariaDbShadowDatabase implements ShadowDatabase {

    static final String NAME_PREFIX = "migrate_shadow_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String USER_OBJECTS = "SELECT LOWER(TABLE_TYPE), TABLE_NAME FROM information_schema.TABLES "
            + "WHERE TABLE_SCHEMA = DATABASE() UNION ALL SELECT LOWER(ROUTINE_TYPE), ROUTINE_NAME "
            + "FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() LIMIT 6";

    private final ShadowRequest request;
    private final String url;
    private final String database;
    private final boolean created;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;

    private MariaDbShadowDatabase(ShadowRequest request, String url, String database, boolean created) {
        this.request = request;
        this.url = url;
        this.database = database;
        this.created = created;
        this.shutdownHook = new Thread(this::closeOnShutdown, "migrate-shadow-cleanup");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static ShadowDatabase create(ShadowRequest request) throws SQLException {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        String database = NAME_PREFIX + HexFormat.of().formatHex(random);
        try (Connection admin = request.opener().open(request.url()); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE `" + database + "`");
        }
        return new MariaDbShadowDatabase(request, withDatabase(request.url(), database), database, true);
    }

    static ShadowDatabase attach(ShadowRequest request) throws SQLException {
        List<String> found = new ArrayList<>();
        String database;
        try (Connection connection = request.opener().open(request.url());
             Statement st = connection.createStatement()) {
            database = new MariaDbDialect().currentSchema(connection);
            if (database == null) {
                throw new SQLException("the shadow URL " + request.url() + " names no database; add one "
                        + "(jdbc:mariadb://host/shadow_db)");
            }
            try (ResultSet rs = st.executeQuery(USER_OBJECTS)) {
                while (rs.next()) {
                    found.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
        }
        if (!found.isEmpty()) {
            throw new SQLException("the shadow database " + request.url() + " is not empty ("
                    + String.join(", ", found.subList(0, Math.min(5, found.size())))
                    + (found.size() > 5 ? ", ..." : "") + "); migrate empties a shadow database after use, so it "
                    + "only accepts an empty one: give it an empty database, or let it create its own shadow");
        }
        return new MariaDbShadowDatabase(request, request.url(), database, false);
    }

    /** {@code url} with its database replaced: {@code jdbc:mariadb://h:p/db?x} keeps hosts and parameters. */
    static String withDatabase(String url, String database) {
        int scheme = url.indexOf("//");
        if (scheme < 0) {
            throw new IllegalArgumentException("not a MariaDB JDBC URL with a host: " + url);
        }
        int question = url.indexOf('?');
        String parameters = question < 0 ? "" : url.substring(question);
        String location = question < 0 ? url : url.substring(0, question);
        int slash = location.indexOf('/', scheme + 2);
        String hosts = slash < 0 ? location : location.substring(0, slash);
        return hosts + "/" + database + parameters;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public Connection connect() throws SQLException {
        return request.opener().open(url);
    }

    @Override
    public void reset() throws SQLException {
        try (Connection connection = connect(); Statement st = connection.createStatement()) {
            st.execute("DROP DATABASE `" + database + "`");
            st.execute("CREATE DATABASE `" + database + "`");
        }
    }

    @Override
    public void close() throws SQLException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway, and finds the shadow closed
        }
        drop();
    }

    private void drop() throws SQLException {
        try (Connection connection = connect(); Statement st = connection.createStatement()) {
            st.execute("DROP DATABASE `" + database + "`");
            if (!created) {
                st.execute("CREATE DATABASE `" + database + "`");
            }
        }
    }

    private void closeOnShutdown() {
        if (closed.compareAndSet(false, true)) {
            try {
                drop();
            } catch (SQLException ignored) {
                // the JVM is going away; nothing more can be done
            }
        }
    }
}
