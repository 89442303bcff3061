package dev.migrate.dialect;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * An optional capability of a dialect: writing a schema to a file with the database's own dump tool (or its own
 * SQL), for {@code migrate.backup=dump}. A dialect without it cannot make dumps.
 */
public interface DatabaseDump {

    /**
     * What a dump needs to know.
     *
     * @param connection an open connection to the database
     * @param jdbcUrl    its JDBC URL, for a tool that connects on its own
     * @param user       the user to connect as, or null for the tool's default
     * @param password   the password, or null; handed to the tool through its environment, never its arguments
     * @param schema     the schema to dump
     * @param file       the file to write
     */
    record Request(Connection connection, String jdbcUrl, String user, String password, String schema, Path file) {
    }

    /**
     * Writes the dump and says how to restore it, in one line.
     *
     * @throws DumpException when the tool is missing or fails: the message says which and what to do
     */
    String dump(Request request) throws SQLException, DumpException;

    /** A dump that could not be made. */
    final class DumpException extends Exception {
        public DumpException(String message) {
            super(message);
        }
    }
}
