package dev.migrate.api;

import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

/** The safety suite on MariaDB, whose DDL commits on its own. */
@ExtendWith(MariaDbExtension.class)
class MariaDbSafetyTest extends SafetyContract {

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

    @Override
    boolean transactionalDdl() {
        return false;
    }

    @Override
    String nonTransactionalName() {
        return "MariaDB";
    }
}
