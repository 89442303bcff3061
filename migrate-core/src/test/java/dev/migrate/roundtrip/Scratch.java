package dev.migrate.roundtrip;

import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.PostgresDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Where a test gets empty databases of one dialect. Each {@link #openEmpty()} hands out a connection to an empty
 * database; a test uses one at a time and closes it before it asks for the next.
 */
abstract class Scratch {

    private final TestDialect dialect;

    private Scratch(TestDialect dialect) {
        this.dialect = dialect;
    }

    TestDialect dialect() {
        return dialect;
    }

    /** A connection to an empty database. */
    abstract Connection openEmpty() throws SQLException;

    /** A new private in-memory H2 database each time; it vanishes when its connection closes. */
    static Scratch h2() {
        return new Scratch(TestDialect.H2) {
            @Override
            Connection openEmpty() throws SQLException {
                return DriverManager.getConnection("jdbc:h2:mem:scratch_" + UUID.randomUUID().toString().replace("-", ""),
                        "sa", "");
            }
        };
    }

    /** The test class's PostgreSQL database, emptied ({@link PostgresDatabase#reset()}) each time. */
    static Scratch postgres(PostgresDatabase database) {
        return new Scratch(TestDialect.POSTGRESQL) {
            @Override
            Connection openEmpty() throws SQLException {
                database.reset();
                return database.connect();
            }
        };
    }

    /** The test class's MariaDB database, emptied ({@link MariaDbDatabase#reset()}) each time. */
    static Scratch mariadb(MariaDbDatabase database) {
        return new Scratch(TestDialect.MARIADB) {
            @Override
            Connection openEmpty() throws SQLException {
                database.reset();
                return database.connect();
            }
        };
    }
}
