package dev.migrate.api;

import dev.migrate.report.UpgradeResult;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.SignallingListener;
import dev.migrate.testing.PausingListener;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The safety suite on PostgreSQL, plus what only it can do: one transaction per run, CREATE INDEX CONCURRENTLY. */
@ExtendWith(PostgresExtension.class)
class PostgresSafetyTest extends SafetyContract {

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
    boolean transactionalDdl() {
        return true;
    }

    @Test
    void oneTransactionForTheWholeRunLeavesNothingWhenAnyRevisionFails() throws SQLException {
        files.add("d4", "c3", "Broken", "CREATE TABLE reviews (id INTEGER);\nINSERT INTO nowhere VALUES (1);", "");

        assertThatThrownBy(() -> configure().transactionMode(TransactionMode.ALL).build().upgrade())
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.MIGRATION_FAILED))
                .hasMessageContaining("Nothing of this run remains: migrate.transactionMode=all rolled back every "
                        + "revision of it (3 revision(s) before d4 included).");

        assertThat(database.tableExists("authors")).isFalse();
        assertThat(database.tableExists("reviews")).isFalse();
        assertThat(database.versionRows()).isEmpty();
        assertThat(database.query("SELECT revision, state FROM migrate_history"))
                .containsExactly(List.of("d4", "rolled_back"));

        database.execute("CREATE TABLE nowhere (id INTEGER)");
        UpgradeResult result = configure().transactionMode(TransactionMode.ALL).build().upgrade();
        assertThat(result.migrations()).hasSize(4);
        assertThat(database.versionRows()).containsExactly("d4");
    }

    @Test
    void oneTransactionForTheWholeRunRefusesANonTransactionalSectionBeforeTouchingAnything() throws Exception {
        migrator().upgrade();
        Path index = outsideTransaction(files.add("d4", "c3", "Index names",
                "CREATE INDEX CONCURRENTLY authors_name ON authors (name);", "DROP INDEX authors_name;"));

        assertThatThrownBy(() -> configure().transactionMode(TransactionMode.ALL).build().upgrade())
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.REFUSED))
                .hasMessage("migrate.transactionMode = all cannot run " + location(index) + ":7: that section is marked "
                        + "transaction:false and must run outside a transaction. Run with migrate.transactionMode = "
                        + "per-migration (the default); nothing was changed.");
        assertThat(database.versionRows()).containsExactly("c3");
    }

    @Test
    void nonTransactionalSectionsRunBothWays() throws Exception {
        Path index = outsideTransaction(files.add("d4", "c3", "Index names",
                "CREATE INDEX CONCURRENTLY authors_name ON authors (name);", "DROP INDEX CONCURRENTLY authors_name;"));
        edit(index, "-- migrate:downgrade\n", "-- migrate:downgrade transaction:false\n");

        migrator().upgrade();
        assertThat(database.query("SELECT indexname FROM pg_indexes WHERE indexname = 'authors_name'")).hasSize(1);
        migrator().downgrade("-1");
        assertThat(database.query("SELECT indexname FROM pg_indexes WHERE indexname = 'authors_name'")).isEmpty();
        assertThat(database.query("SELECT direction, state FROM migrate_history WHERE revision = 'd4' ORDER BY id"))
                .containsExactly(List.of("upgrade", "completed"), List.of("downgrade", "completed"));
    }

    /**
     * The holder builds an index concurrently while another migrate waits for the lock. A waiter blocked inside
     * {@code pg_advisory_lock} would hold a snapshot that the index build waits for: a deadlock until the waiter's
     * lock timeout. The holder must finish long before that.
     */
    @Test
    void createIndexConcurrentlyDoesNotDeadlockWithTheLockOrItsWaiters() throws Exception {
        migrator().upgrade();
        database.execute("INSERT INTO authors SELECT g, 'author ' || g FROM generate_series(2, 20000) g");
        outsideTransaction(files.add("d4", "c3", "Index names",
                "CREATE INDEX CONCURRENTLY authors_name ON authors (name);", "DROP INDEX authors_name;"));
        PausingListener holderListener = PausingListener.atStartOf("d4");
        SignallingListener waiterListener = new SignallingListener("Waiting for the migration lock");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<UpgradeResult> holder = pool.submit(() -> configure().listener(holderListener).build().upgrade());
            assertThat(holderListener.awaitArrival()).isTrue();
            Future<UpgradeResult> waiter = pool.submit(() ->
                    configure().listener(waiterListener).lockTimeout(Duration.ofSeconds(60)).build().upgrade());
            assertThat(waiterListener.await()).isTrue();

            long start = System.nanoTime();
            holderListener.release();
            assertThat(holder.get(30, TimeUnit.SECONDS).headsAfter()).containsExactly("d4");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
            assertThat(waiter.get(30, TimeUnit.SECONDS).nothingToDo()).isTrue();
        } finally {
            holderListener.release();
            pool.shutdownNow();
        }
        assertThat(database.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'authors_name'::regclass"))
                .containsExactly(List.of(true));
    }
}
