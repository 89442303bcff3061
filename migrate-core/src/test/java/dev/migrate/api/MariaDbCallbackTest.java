package dev.migrate.api;

import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

/** Callbacks on MariaDB. */
@ExtendWith(MariaDbExtension.class)
class MariaDbCallbackTest extends CallbackContract {

    private final MariaDbDatabase database;

    /** A clean database before the contract's own set-up runs (a superclass's {@code @BeforeEach} runs first). */
    MariaDbCallbackTest(MariaDbDatabase database) throws SQLException {
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
    String identityColumn() {
        return "INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY";
    }
}
