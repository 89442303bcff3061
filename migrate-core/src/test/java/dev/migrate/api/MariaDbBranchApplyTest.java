package dev.migrate.api;

import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

/** The branch and merge apply suite on MariaDB. */
@ExtendWith(MariaDbExtension.class)
class MariaDbBranchApplyTest extends BranchApplyContract {

    private MariaDbDatabase database;

    @BeforeEach
    void emptyDatabase(MariaDbDatabase database) throws SQLException {
        this.database = database;
        database.reset();
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
