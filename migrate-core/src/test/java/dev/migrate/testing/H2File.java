package dev.migrate.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * An H2 file database that several processes share. With {@code AUTO_SERVER=TRUE} the first process to open the
 * file serves it to the others over TCP; {@link #host()} makes the test that first process, and keeps it so until
 * {@link #close()}, so that children can come and go (or be killed) without taking the database with them.
 */
public final class H2File extends H2Base implements AutoCloseable {

    private Connection host;

    public H2File(Path directory, String name) {
        super("jdbc:h2:file:" + directory.resolve(name).toAbsolutePath() + ";AUTO_SERVER=TRUE");
    }

    /** Opens the database in this process and keeps it open. */
    public H2File host() throws SQLException {
        if (host == null) {
            host = connect();
        }
        return this;
    }

    @Override
    public void close() throws SQLException {
        if (host != null) {
            host.close();
            host = null;
        }
    }
}
