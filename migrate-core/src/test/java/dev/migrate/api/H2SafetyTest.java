package dev.migrate.api;

import dev.migrate.testing.H2Memory;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The safety suite on H2, whose DDL commits on its own. */
class H2SafetyTest extends SafetyContract {

    private final H2Memory database = new H2Memory("safety");

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    boolean transactionalDdl() {
        return false;
    }

    @Test
    void oneTransactionForTheWholeRunIsRefusedBeforeAnythingIsTouched() throws SQLException {
        assertThatThrownBy(() -> configure().transactionMode(TransactionMode.ALL).build().upgrade())
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.CONFIGURATION))
                .hasMessage("migrate.transactionMode = all needs a database whose DDL is transactional, and H2 commits "
                        + "DDL on its own: one transaction could not undo a failed run. Use migrate.transactionMode = "
                        + "per-migration (the default); nothing was changed.");
        assertThat(database.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'PUBLIC'"))
                .containsExactly(java.util.List.of(0L));
    }

    @Test
    void theLockRowLivesInTheSchemaOfMigratesTables() throws SQLException {
        configure().schema("app").build().upgrade();

        assertThat(database.query("SELECT table_schema, table_name FROM information_schema.tables "
                + "WHERE table_name LIKE 'MIGRATE%' ORDER BY table_name"))
                .containsExactly(java.util.List.of("APP", "MIGRATE_HISTORY"), java.util.List.of("APP", "MIGRATE_LOCK"),
                        java.util.List.of("APP", "MIGRATE_VERSION"));
    }
}
