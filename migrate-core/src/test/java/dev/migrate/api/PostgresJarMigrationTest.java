package dev.migrate.api;

import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

/** Migrating from a jar, on PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class PostgresJarMigrationTest extends JarMigrationContract {

    private final PostgresDatabase database;

    PostgresJarMigrationTest(PostgresDatabase database) throws SQLException {
        this.database = database;
        database.reset();
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
