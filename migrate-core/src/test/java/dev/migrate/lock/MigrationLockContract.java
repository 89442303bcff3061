package dev.migrate.lock;

import dev.migrate.dialect.Dialect;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The migration lock on a real database, the same suite for every dialect: mutual exclusion, waiting with reports of
 * the holder, timeouts, release, and that a lock dies with its connection.
 */
public abstract class MigrationLockContract {

    protected static final Duration QUICK = Duration.ofMillis(100);
    protected static final Duration LONG = Duration.ofSeconds(30);

    protected abstract TestDatabase database();

    protected abstract Dialect dialect();

    /** The default schema of a connection, as the database stores it. */
    protected abstract String defaultSchema();

    /** Ends the holder's connection the hard way, as if its process had died. */
    protected abstract void kill(Connection holder) throws SQLException;

    protected MigrationLock lock(String schema) {
        return dialect().migrationLock(schema, dialect().foldIdentifier("migrate_version")).orElseThrow();
    }

    protected MigrationLock lock() {
        return lock(defaultSchema());
    }

    protected Connection connect() throws SQLException {
        return database().connect();
    }

    @Test
    void aFreeLockIsTakenAtOnceAndReleasedOnClose() throws SQLException {
        List<Duration> waits = new ArrayList<>();
        try (MigrationLock.Lease lease = lock().acquire(connect(), Duration.ZERO, QUICK, (h, waited) -> waits.add(waited))) {
            assertThat(lease).isNotNull();
        }
        try (MigrationLock.Lease again = lock().acquire(connect(), Duration.ZERO, QUICK, (h, waited) -> waits.add(waited))) {
            assertThat(waits).as("never busy, never reported").isEmpty();
        }
    }

    @Test
    void aBusyLockReportsItsHolderThenTimesOutNamingIt() throws SQLException {
        try (MigrationLock.Lease held = lock().acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { })) {
            List<Optional<LockHolder>> reports = new CopyOnWriteArrayList<>();
            long start = System.nanoTime();

            assertThatThrownBy(() -> lock().acquire(connect(), Duration.ofMillis(450), QUICK,
                    (holder, waited) -> reports.add(holder)))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageStartingWith("the migration lock (" + lock().description() + ") is still held by ")
                    .hasMessageEndingWith(" after waiting 450 ms")
                    .satisfies(e -> assertThat(((LockTimeoutException) e).holder()).isPresent());

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(440), Duration.ofSeconds(5));
            assertThat(reports).as("reported at once, then every 100 ms").hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(holder -> assertThat(holder).isPresent());
            assertThat(reports.get(0).orElseThrow().describe()).matches(holderPattern());
        }
    }

    /** How {@link LockHolder#describe()} looks for a holder on this database. */
    protected abstract String holderPattern();

    @Test
    void holderIsSeenWithoutTakingTheLock() throws SQLException {
        try (Connection observer = connect()) {
            assertThat(lock().holder(observer)).isEmpty();
            try (MigrationLock.Lease held = lock().acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { })) {
                assertThat(lock().holder(observer)).isPresent();
            }
            assertThat(lock().holder(observer)).isEmpty();
        }
    }

    @Test
    void aWaiterGetsTheLockWhenItIsReleased() throws Exception {
        MigrationLock.Lease held = lock().acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { });
        CountDownLatch waiting = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<MigrationLock.Lease> waiter = pool.submit(() ->
                    lock().acquire(connect(), LONG, QUICK, (h, w) -> waiting.countDown()));
            assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
            held.close();
            try (MigrationLock.Lease got = waiter.get(10, TimeUnit.SECONDS)) {
                assertThat(got).isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLockDiesWithItsConnection() throws Exception {
        Connection holder = connect();
        MigrationLock.Lease held = lock().acquire(holder, Duration.ZERO, QUICK, (h, w) -> { });
        kill(holder);

        try (MigrationLock.Lease got = lock().acquire(connect(), Duration.ofSeconds(10), QUICK, (h, w) -> { })) {
            assertThat(got).isNotNull();
        }
        try {
            held.close();
        } catch (SQLException expected) {
            // its connection is gone
        }
    }

    @Test
    void locksOfDifferentSchemasAreIndependent() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS " + dialect().quoteIdentifier(dialect().foldIdentifier("other_app")));
        }
        try (MigrationLock.Lease first = lock().acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { });
             MigrationLock.Lease second = lock(dialect().foldIdentifier("other_app"))
                     .acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { })) {
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
        }
    }

    @Test
    void eightContendersNeverOverlap() throws Exception {
        int threads = 8;
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicInteger entered = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 3; round++) {
                        try (MigrationLock.Lease lease = lock().acquire(connect(), LONG, QUICK, (h, w) -> { })) {
                            maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            entered.incrementAndGet();
                            Thread.sleep(5);
                            inside.decrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(entered.get()).isEqualTo(24);
        assertThat(maxInside.get()).as("never two holders at once").isEqualTo(1);
    }

    @Test
    void transactionsAndDdlOnOtherConnectionsDoNotReleaseIt() throws SQLException {
        try (MigrationLock.Lease held = lock().acquire(connect(), Duration.ZERO, QUICK, (h, w) -> { });
             Connection work = connect(); Statement st = work.createStatement()) {
            work.setAutoCommit(false);
            st.execute("CREATE TABLE lock_neighbour (id INTEGER)");
            st.execute("INSERT INTO lock_neighbour VALUES (1)");
            work.commit();
            st.execute("ALTER TABLE lock_neighbour ADD COLUMN name VARCHAR(10)");
            work.rollback();
            work.setAutoCommit(true);
            st.execute("DROP TABLE lock_neighbour");

            assertThatThrownBy(() -> lock().acquire(connect(), Duration.ofMillis(200), QUICK, (h, w) -> { }))
                    .isInstanceOf(LockTimeoutException.class);
        }
    }
}
