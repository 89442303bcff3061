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
    dev.migrate.testing.TestDatabase database() {
        return database;
    }

    @Override
    boolean transactionalDdl() {
        return true;
    }
}
