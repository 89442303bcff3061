package dev.migrate.dialect.mariadb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Server sessions (connections) of MariaDB/MySQL, for the journal of a step that runs statement by statement: an id
 * is {@code <connection id>@<server start>}, since connection ids start again from 1 when the server restarts.
 */
final class MariaDbSessions {

    /** The server start is computed from the uptime and the clock, each in whole seconds. */
    private static final long START_TOLERANCE_SECONDS = 2;

    private MariaDbSessions() {
    }

    static Optional<String> current(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT CONNECTION_ID(), "
                + "UNIX_TIMESTAMP() - (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS "
                + "WHERE VARIABLE_NAME = 'UPTIME')")) {
            return rs.next() ? Optional.of(rs.getLong(1) + "@" + rs.getLong(2)) : Optional.empty();
        }
    }

    static Optional<String> active(Connection connection, String id) throws SQLException {
        int at = id.indexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        long connectionId;
        long started;
        try {
            connectionId = Long.parseLong(id.substring(0, at));
            started = Long.parseLong(id.substring(at + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<String> now = current(connection);
        if (now.isEmpty() || Math.abs(Long.parseLong(now.get().substring(now.get().indexOf('@') + 1)) - started)
                > START_TOLERANCE_SECONDS) {
            return Optional.empty(); // the server restarted since: the session is gone
        }
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT COMMAND, TIME, LEFT(INFO, 200) FROM information_schema.PROCESSLIST WHERE ID = ?")) {
            st.setLong(1, connectionId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String query = rs.getString(3) == null ? "" : rs.getString(3).strip().replaceAll("\\s+", " ");
                return Optional.of("MariaDB connection " + connectionId + " (" + rs.getString(1) + ", for "
                        + rs.getLong(2) + " s" + (query.isEmpty() ? "" : ", running: " + query) + "); it ends on its "
                        + "own when its statement ends, or at once with KILL " + connectionId);
            }
        }
    }

    /**
     * The client program a connection named ({@code program_name} in {@code performance_schema}, where that is
     * enabled); empty otherwise.
     */
    static Optional<String> program(Connection connection, long connectionId) {
        try (PreparedStatement st = connection.prepareStatement("SELECT ATTR_VALUE FROM "
                + "performance_schema.session_connect_attrs WHERE PROCESSLIST_ID = ? AND ATTR_NAME = 'program_name'")) {
            st.setLong(1, connectionId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty(); // performance_schema is off, or not readable for this user
        }
    }
}
