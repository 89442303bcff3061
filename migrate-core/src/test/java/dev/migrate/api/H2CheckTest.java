package dev.migrate.api;

import dev.migrate.testing.H2Memory;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;

import java.sql.SQLException;

/** The check suite on H2. */
class H2CheckTest extends CheckContract {

    private final H2Memory database = new H2Memory("check");

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
