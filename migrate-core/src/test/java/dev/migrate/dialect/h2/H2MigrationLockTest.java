package dev.migrate.dialect.h2;

import dev.migrate.dialect.Dialect;
import dev.migrate.lock.MigrationLock;
import dev.migrate.lock.MigrationLockContract;
import dev.migrate.testing.H2Memory;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lock suite on H2: a lock row held by an uncommitted UPDATE. */
class H2MigrationLockTest extends MigrationLockContract {

    private final H2Memory database = new H2Memory("lock");

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Dialect dialect() {
        return new H2Dialect();
    }

    @Override
    protected String defaultSchema() {
        return "PUBLIC";
    }

    @Override
    protected String holderPattern() {
        return "H2 session \\d+ \\(user SA, connected since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ\\)";
    }

    @Override
    protected void kill(Connection holder) throws SQLException {
        holder.close();
    }

    @Test
    void theLockTableIsCreatedOnFirstUseWithItsOneRow() throws SQLException {
        try (MigrationLock.Lease lease = lock().acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { })) {
            assertThat(lease).isNotNull();
        }
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM migrate_lock")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void aCustomVersionTableGetsItsOwnLockTableSoApplicationsSharingASchemaDoNotWait() throws SQLException {
        MigrationLock acme = dialect().migrationLock("PUBLIC", "ACME_VERSION").orElseThrow();
        assertThat(acme.description()).isEqualTo("lock row of PUBLIC.ACME_VERSION_LOCK");

        try (MigrationLock.Lease held = acme.acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { });
             MigrationLock.Lease other = lock().acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { })) {
            assertThat(held).isNotNull();
            assertThat(other).as("the default version table's lock is another row").isNotNull();
        }
        assertThat(tables()).contains("ACME_VERSION_LOCK", "MIGRATE_LOCK");
        assertThat(new H2Dialect().internalTables("acme_version")).containsExactlyInAnyOrder("migrate_lock",
                "acme_version_lock");
        assertThat(new H2Dialect().internalTables("migrate_version")).containsExactly("migrate_lock");
    }

    /**
     * A database an older migrate ran with a custom version table has {@code migrate_lock} and that version table:
     * it keeps locking {@code migrate_lock}, so an older migrate still running (a rolling deployment) is excluded.
     */
    @Test
    void anExistingMigrateLockOfACustomVersionTableIsStillHonoured() throws SQLException {
        try (MigrationLock.Lease first = lock().acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { })) {
            assertThat(first).isNotNull();
        }
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE acme_version (revision VARCHAR(64))");
        }
        MigrationLock acme = dialect().migrationLock("PUBLIC", "ACME_VERSION").orElseThrow();

        try (MigrationLock.Lease olderMigrate = lock().acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { })) {
            assertThat(olderMigrate).isNotNull();
            assertThatThrownBy(() -> acme.acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { }))
                    .hasMessageStartingWith("the migration lock (lock row of PUBLIC.MIGRATE_LOCK) is still held by ");
        }
        try (MigrationLock.Lease taken = acme.acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { })) {
            assertThat(taken).isNotNull();
        }
        assertThat(tables()).doesNotContain("ACME_VERSION_LOCK");
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = 'PUBLIC'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /**
     * Processes that start together all find the lock table missing and create it at once; H2 locks its metadata for
     * each CREATE, so most of them meet a busy {@code SYS} table. They must wait for each other, not fail. (Twenty
     * fresh databases, eight contenders each: racy by nature, so the number of rounds makes a regression show.)
     */
    @Test
    void contendersCreatingTheLockTableTogetherWaitForEachOther() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                H2Memory fresh = new H2Memory("lock_create");
                MigrationLock lock = dialect().migrationLock("PUBLIC", "MIGRATE_VERSION").orElseThrow();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> contenders = new ArrayList<>();
                for (int k = 0; k < 8; k++) {
                    contenders.add(pool.submit(() -> {
                        start.await();
                        try (MigrationLock.Lease lease = lock.acquire(fresh.connect(), LONG, QUICK, (h, w) -> { })) {
                            return lease;
                        }
                    }));
                }
                start.countDown();
                for (Future<?> contender : contenders) {
                    contender.get(30, TimeUnit.SECONDS);
                }
                fresh.close();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingRowIsPutBack() throws SQLException {
        try (MigrationLock.Lease lease = lock().acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { })) {
            assertThat(lease).isNotNull();
        }
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM migrate_lock");
        }
        try (MigrationLock.Lease lease = lock().acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { })) {
            assertThat(lease).isNotNull();
        }
    }
}
