package dev.migrate.api;

import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

/** Migrating from a jar, on MariaDB. */
@ExtendWith(MariaDbExtension.class)
class MariaDbJarMigrationTest extends JarMigrationContract {

    private final MariaDbDatabase database;

    MariaDbJarMigrationTest(MariaDbDatabase database) throws SQLException {
        this.database = database;
        database.reset();
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
