package dev.migrate.api;

import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

/** Callbacks on PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class PostgresCallbackTest extends CallbackContract {

    private final PostgresDatabase database;

    /** A clean database before the contract's own set-up runs (a superclass's {@code @BeforeEach} runs first). */
    PostgresCallbackTest(PostgresDatabase database) throws SQLException {
        this.database = database;
        database.reset();
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    boolean transactionalDdl() {
        return true;
    }
}
