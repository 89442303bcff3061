package dev.migrate.api;

import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

/** The concurrency suite on MariaDB: separate JVMs, one GET_LOCK lock. */
@ExtendWith(MariaDbExtension.class)
class MariaDbConcurrencyTest extends ConcurrencyContract {

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
    String holderPattern() {
        return "connection \\d+ \\(user \\w+, from [^,)]+\\)";
    }

    @Override
    String pause(int millis) {
        return "SELECT SLEEP(" + millis / 1000.0 + ")";
    }

    @Override
    String pauseSetup() {
        return "";
    }
}
