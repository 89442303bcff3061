package dev.migrate.api;

import dev.migrate.testing.H2Memory;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;

import java.sql.SQLException;

/** The autogenerate suite on H2: the target is an in-memory database, the shadows are private ones. */
class H2AutogenerateTest extends AutogenerateContract {

    private final H2Memory database = new H2Memory("autogen");

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
