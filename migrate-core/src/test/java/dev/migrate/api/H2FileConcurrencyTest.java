package dev.migrate.api;

import dev.migrate.testing.H2File;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.sql.SQLException;

/**
 * The concurrency suite on an H2 file database opened with {@code AUTO_SERVER=TRUE}: the test opens it first and so
 * serves it to the other processes for the whole test.
 */
class H2FileConcurrencyTest extends ConcurrencyContract {

    private H2File database;

    @BeforeEach
    void openDatabase() throws SQLException {
        database = new H2File(directory, "shared").host();
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        database.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    String holderPattern() {
        return "H2 session \\d+ \\(user SA, connected since [-0-9: ]+Z\\)";
    }

    @Override
    String pause(int millis) {
        return "CALL SLEEP_MS(" + millis + ")";
    }

    @Override
    String pauseSetup() {
        return "CREATE ALIAS SLEEP_MS FOR 'java.lang.Thread.sleep';\n";
    }
}
