package dev.migrate.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A private in-memory H2 database that lives until {@link #close()}. */
public final class H2Memory extends H2Base implements AutoCloseable {

    public H2Memory(String purpose) {
        super("jdbc:h2:mem:" + purpose + "_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
    }

    /** Drops the database. */
    @Override
    public void close() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
    }
}
