package dev.migrate.cli;

import dev.migrate.testing.H2File;
import dev.migrate.testing.TestDatabase;

/** The commands through {@code bin/migrate} on an H2 file database. */
class H2CliIT extends CliScenarios {

    @Override
    TestDatabase emptyDatabase() {
        return new H2File(project.resolve("db"), "app");
    }

    @Override
    String urlWithPassword(String password) {
        return db.url() + ";PASSWORD=" + password;
    }
}
