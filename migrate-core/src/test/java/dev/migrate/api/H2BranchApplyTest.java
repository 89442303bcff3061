package dev.migrate.api;

import dev.migrate.testing.H2Memory;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;

import java.sql.SQLException;

/** The branch suite on a private in-memory H2 database per test. */
class H2BranchApplyTest extends BranchApplyContract {

    private final H2Memory database = new H2Memory("branches");

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
