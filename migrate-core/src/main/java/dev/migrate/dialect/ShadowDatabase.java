package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/** A private, empty database for autogenerate and checks. Always closed, also on failure. */
public interface ShadowDatabase extends AutoCloseable {

    /** The shadow's JDBC URL (credentials are the configured ones). */
    String url();

    /** A new connection to the shadow. */
    Connection connect() throws SQLException;

    /** Makes the shadow empty again, as when it was created. */
    void reset() throws SQLException;

    /** Drops the shadow (or empties it, when it was attached rather than created). */
    @Override
    void close() throws SQLException;
}
