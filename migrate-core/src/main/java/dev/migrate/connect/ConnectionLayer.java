package dev.migrate.connect;

/**
 * One place connection settings can come from, such as {@code -D} properties, the environment, the POM or a
 * {@code settings.xml} server. Any field may be null.
 *
 * @param source   how the place is shown in logs, e.g. {@code -Dmigrate.url} or {@code environment DATABASE_URL}
 * @param url      a JDBC URL or a {@code postgres://} URI
 * @param user     the user
 * @param password the password
 */
public record ConnectionLayer(String source, String url, String user, String password) {

    public ConnectionLayer {
        url = blankToNull(url);
        user = blankToNull(user);
        password = password == null || password.isEmpty() ? null : password;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
