package dev.migrate.api;

import dev.migrate.testing.H2Memory;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;

import java.sql.SQLException;

/** The apply suite on a private in-memory H2 database per test. */
class H2ApplyTest extends ApplyContract {

    private final H2Memory database = new H2Memory("apply");

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    boolean transactionalDdl() {
        return false;
    }
}
