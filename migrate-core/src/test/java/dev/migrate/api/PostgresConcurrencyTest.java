package dev.migrate.api;

import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

/** The concurrency suite on PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class PostgresConcurrencyTest extends ConcurrencyContract {

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

    @Override
    String holderPattern() {
        return "pid \\d+ \\(application migrate, user \\w+, from [0-9a-f.:]+, connected since [-0-9: ]+Z\\)";
    }

    @Override
    String pause(int millis) {
        return "SELECT pg_sleep(" + millis / 1000.0 + ")";
    }

    @Override
    String pauseSetup() {
        return "";
    }
}
