package dev.migrate.connect;

import java.util.List;
import java.util.Objects;

/**
 * The resolved connection: a JDBC URL, credentials, and where each came from. {@link #toString()} never shows the
 * password.
 *
 * @param jdbcUrl        the JDBC URL
 * @param user           the user, or null
 * @param password       the password, or null
 * @param urlSource      where the URL came from
 * @param userSource     where the user came from, or null
 * @param passwordSource where the password came from, or null
 * @param embedded       whether this is the embedded default (no URL was configured anywhere)
 */
public record ConnectionSettings(String jdbcUrl, String user, String password, String urlSource, String userSource,
                                 String passwordSource, boolean embedded) {

    public ConnectionSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /**
     * Resolves each setting from the first layer that has it (layers are given highest precedence first). A
     * {@code postgres://user:pass@...} URL brings its credentials as part of its own layer. When no layer has a
     * URL, the {@code embeddedDefault} is used with its own credentials.
     */
    public static ConnectionSettings resolve(List<ConnectionLayer> layers, ConnectionSettings embeddedDefault) {
        String url = null;
        String urlSource = null;
        String user = null;
        String userSource = null;
        String password = null;
        String passwordSource = null;
        for (ConnectionLayer layer : layers) {
            String layerUser = layer.user();
            String layerPassword = layer.password();
            if (layer.url() != null) {
                DatabaseUrl parsed = DatabaseUrl.parse(layer.url(), layer.source());
                if (url == null) {
                    url = parsed.jdbcUrl();
                    urlSource = layer.source();
                }
                layerUser = layerUser != null ? layerUser : parsed.user();
                layerPassword = layerPassword != null ? layerPassword : parsed.password();
            }
            if (user == null && layerUser != null) {
                user = layerUser;
                userSource = layer.source();
            }
            if (password == null && layerPassword != null) {
                password = layerPassword;
                passwordSource = layer.source();
            }
        }
        if (url == null) {
            return embeddedDefault;
        }
        return new ConnectionSettings(url, user, password, urlSource, userSource, passwordSource, false);
    }

    /** The URL with any password masked. */
    public String maskedUrl() {
        return Secrets.maskUrl(jdbcUrl);
    }

    /** {@code url from X, user from Y, password from Z}: for the log line every goal prints. */
    public String describeSources() {
        StringBuilder out = new StringBuilder();
        out.append(embedded ? urlSource : "url from " + urlSource);
        if (!embedded) {
            if (user != null) {
                out.append(", user from ").append(userSource);
            }
            if (password != null) {
                out.append(", password from ").append(passwordSource);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return maskedUrl() + (user == null ? "" : " as " + user) + " (" + describeSources() + ")";
    }
}
