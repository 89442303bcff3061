package dev.migrate.api;

import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;

/** The apply suite on PostgreSQL: a fresh database for the class, emptied before each test. */
@ExtendWith(PostgresExtension.class)
class PostgresApplyTest extends ApplyContract {

    private PostgresDatabase database;

    @BeforeEach
    void emptyDatabase(PostgresDatabase database) throws SQLException {
        this.database = database;
        database.reset();
    }

    @Override
    String url() {
        return database.url();
    }

    @Override
    String user() {
        return database.user();
    }

    @Override
    String password() {
        return database.password();
    }

    @Override
    boolean transactionalDdl() {
        return true;
    }

    @Override
    Connection connect() throws SQLException {
        return database.connect();
    }
}
