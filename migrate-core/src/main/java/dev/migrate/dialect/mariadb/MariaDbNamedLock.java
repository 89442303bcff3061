package dev.migrate.dialect.mariadb;

import dev.migrate.lock.LockHolder;
import dev.migrate.lock.LockKey;
import dev.migrate.lock.LockWait;
import dev.migrate.lock.MigrationLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A MariaDB/MySQL named lock ({@code GET_LOCK}) on a dedicated connection: it belongs to the session, not to a
 * transaction, so the DDL of the migrations (which commits) does not release it, and it goes away with the
 * connection, so it never goes stale. The name is {@code migrate:} plus the first 48 hex digits of SHA-256 of
 * {@code <database>.<table>}: the server allows 64 characters, and every migrate that works on one version table uses
 * one name while migrate processes on different databases do not wait for each other.
 *
 * <p>Waiting is a loop of {@code GET_LOCK(name, 0)} with short pauses, so that the holder (from
 * {@code IS_USED_LOCK}, named through {@code information_schema.PROCESSLIST}) can be reported while waiting.
 */
final class MariaDbNamedLock implements MigrationLock {

    private final String target;
    private final String name;

    MariaDbNamedLock(String schema, String table) {
        this.target = schema + "." + table;
        this.name = nameOf(schema, table);
    }

    static String nameOf(String schema, String table) {
        return "migrate:" + HexFormat.of().formatHex(LockKey.digest(schema + "." + table), 0, 24);
    }

    @Override
    public String description() {
        return "named lock " + name + " on " + target;
    }

    @Override
    public Lease acquire(Connection dedicated, Duration timeout, Duration reportEvery, LockListener listener)
            throws SQLException {
        return LockWait.acquire(description(), dedicated, timeout, reportEvery, listener, new LockWait.Attempts() {
            @Override
            public boolean tryTake(LockWait wait) throws SQLException {
                dedicated.setAutoCommit(true);
                try (PreparedStatement st = dedicated.prepareStatement("SELECT GET_LOCK(?, 0)")) {
                    st.setString(1, name);
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        return rs.getInt(1) == 1;
                    }
                }
            }

            @Override
            public void beforeRetry(LockWait wait) throws SQLException {
                wait.pause();
            }

            @Override
            public Optional<LockHolder> holder() throws SQLException {
                return MariaDbNamedLock.this.holder(dedicated);
            }

            @Override
            public void release() throws SQLException {
                try (dedicated; PreparedStatement st = dedicated.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    st.setString(1, name);
                    st.execute();
                }
            }
        });
    }

    @Override
    public Optional<LockHolder> holder(Connection connection) throws SQLException {
        String sql = "SELECT p.ID, p.USER, p.HOST FROM information_schema.PROCESSLIST p "
                + "WHERE p.ID = IS_USED_LOCK(?) AND p.ID <> CONNECTION_ID()";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong(1);
                String host = rs.getString(3);
                if (host != null && host.lastIndexOf(':') > 0 && host.indexOf(':') == host.lastIndexOf(':')) {
                    host = host.substring(0, host.lastIndexOf(':'));
                }
                return Optional.of(new LockHolder("connection " + id, MariaDbSessions.program(connection, id)
                        .orElse(null), rs.getString(2), host, null));
            }
        }
    }
}
