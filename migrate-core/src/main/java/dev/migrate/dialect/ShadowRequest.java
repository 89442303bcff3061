package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where to make a shadow database.
 *
 * @param url    the configured database's JDBC URL (the shadow goes on the same server), or the explicit shadow URL
 * @param opener opens a connection to a URL with the configured credentials
 */
public record ShadowRequest(String url, ConnectionOpener opener) {

    /** Opens a connection with the configured credentials. */
    @FunctionalInterface
    public interface ConnectionOpener {
        Connection open(String url) throws SQLException;
    }
}
