package dev.migrate.roundtrip;

import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.stream.Stream;

/**
 * A test class whose tests run once per dialect: on private in-memory H2 databases, on MariaDB in a fresh database
 * for the class ({@link MariaDbExtension}), and on PostgreSQL in a fresh database for the class ({@link PostgresExtension}: skipped without a server, except under {@code CI=true}). A
 * subclass says what to test given a source of empty databases; each dialect is a nested class, so H2 still runs
 * when PostgreSQL is missing.
 */
abstract class OnEachDialect {

    /** The tests to run on {@code scratch}'s dialect. */
    abstract Stream<? extends DynamicNode> tests(Scratch scratch);

    @Nested
    class OnH2 {
        @TestFactory
        Stream<? extends DynamicNode> h2() {
            return tests(Scratch.h2());
        }
    }

    @Nested
    @ExtendWith(PostgresExtension.class)
    class OnPostgresql {
        @TestFactory
        Stream<? extends DynamicNode> postgresql(PostgresDatabase database) {
            return tests(Scratch.postgres(database));
        }
    }

    @Nested
    @ExtendWith(MariaDbExtension.class)
    class OnMariadb {
        @TestFactory
        Stream<? extends DynamicNode> mariadb(MariaDbDatabase database) {
            return tests(Scratch.mariadb(database));
        }
    }
}
