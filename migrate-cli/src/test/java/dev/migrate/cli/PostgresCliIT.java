package dev.migrate.cli;

import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

/** The commands through {@code bin/migrate} on PostgreSQL: one database for the class, emptied before each test. */
@ExtendWith(PostgresExtension.class)
class PostgresCliIT extends CliScenarios {

    private static PostgresDatabase database;

    @BeforeAll
    static void database(PostgresDatabase given) {
        database = given;
    }

    @Override
    TestDatabase emptyDatabase() throws Exception {
        database.reset();
        return database;
    }

    @Override
    List<String> legacyExtras() {
        return List.of("CREATE FUNCTION legacy_next(i INTEGER) RETURNS INTEGER LANGUAGE sql AS 'SELECT i + 1'");
    }

    @Override
    String urlWithPassword(String password) {
        return db.url().replaceFirst("^jdbc:postgresql://", "postgres://" + (db.user() == null ? "postgres"
                : db.user()) + ":" + password + "@");
    }
}
