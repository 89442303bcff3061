package dev.migrate.examples.bookshop;

import java.util.List;
import java.util.Map;

/**
 * What the application needs to start: its database, where its revisions are, and the HTTP port.
 *
 * @param databaseUrl a JDBC URL or a {@code postgres://user:password@host:port/db} URI
 * @param user        the database user, or null when the URL carries it
 * @param password    the database password, or null
 * @param locations   where the revisions are, e.g. {@code classpath:db/migrations}
 * @param port        the HTTP port; 0 lets the system pick a free one
 */
public record Settings(String databaseUrl, String user, String password, List<String> locations, int port) {

    /** An H2 file database under the working directory, so that a first run needs no setup. */
    static final String DEFAULT_DATABASE_URL = "jdbc:h2:file:./target/bookshop-db/bookshop";
    static final List<String> MIGRATIONS = List.of("classpath:db/migrations");
    static final int DEFAULT_PORT = 8080;

    public Settings {
        locations = List.copyOf(locations);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("PORT = " + port + " is not a port number; use 0 to 65535");
        }
    }

    /**
     * Reads {@code DATABASE_URL}, {@code DATABASE_USER}, {@code DATABASE_PASSWORD} and {@code PORT}. Without
     * {@code DATABASE_URL}, the H2 default with H2's usual user {@code sa}.
     */
    public static Settings fromEnvironment(Map<String, String> environment) {
        String url = blankToNull(environment.get("DATABASE_URL"));
        String user = blankToNull(environment.get("DATABASE_USER"));
        String password = environment.get("DATABASE_PASSWORD");
        if (url == null) {
            url = DEFAULT_DATABASE_URL;
            user = user == null ? "sa" : user;
        }
        return new Settings(url, user, password, MIGRATIONS, port(environment.get("PORT")));
    }

    /** The same settings with other revision locations (the tests add a broken revision this way). */
    public Settings withLocations(String... otherLocations) {
        return new Settings(databaseUrl, user, password, List.of(otherLocations), port);
    }

    private static int port(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT = '" + text + "' is not a port number; use 0 to 65535");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Never shows a password, neither the setting nor one inside a {@code postgres://} URI. */
    @Override
    public String toString() {
        return "Settings[databaseUrl=" + databaseUrl.replaceAll("//[^/@]*@", "//***@") + ", user=" + user
                + ", password=" + (password == null ? "none" : "***") + ", locations=" + locations + ", port=" + port + "]";
    }
}
