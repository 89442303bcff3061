package dev.migrate.spring.boot.autoconfigure;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The application's DataSource as migrate sees it. Connection pools report a database they cannot reach when they
 * first start as a RuntimeException around the driver's SQLException (HikariCP, Spring Boot's default, throws
 * {@code PoolInitializationException}); migrate reads the SQLException to tell an unreachable or missing database,
 * which {@code migrate.wait-for-database} waits for, from rejected credentials, which it names at once.
 */
final class PoolExceptionUnwrapper extends DelegatingDataSource {

    PoolExceptionUnwrapper(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return super.getConnection();
        } catch (RuntimeException e) {
            throw unwrapped(e);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        try {
            return super.getConnection(username, password);
        } catch (RuntimeException e) {
            throw unwrapped(e);
        }
    }

    private static RuntimeException unwrapped(RuntimeException e) throws SQLException {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                throw sql;
            }
        }
        return e;
    }
}
