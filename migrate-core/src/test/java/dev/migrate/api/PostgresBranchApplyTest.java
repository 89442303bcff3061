package dev.migrate.api;

import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

/** The branch suite on PostgreSQL: a fresh database for the class, emptied before each test. */
@ExtendWith(PostgresExtension.class)
class PostgresBranchApplyTest extends BranchApplyContract {

    private PostgresDatabase database;

    @BeforeEach
    void emptyDatabase(PostgresDatabase database) throws SQLException {
        this.database = database;
        database.reset();
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
