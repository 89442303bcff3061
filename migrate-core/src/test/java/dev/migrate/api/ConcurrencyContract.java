package dev.migrate.api;

import dev.migrate.report.UpgradeResult;
import dev.migrate.testing.ChildJvm;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.PausingListener;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.UpgradeMain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight upgrades of one database at once, as from eight release nodes: threads of one JVM, and separate JVMs. Every
 * run ends green or with the lock-timeout error, every revision runs exactly once (its own row in
 * {@code applied_log} says so), and the journal and the version rows agree.
 */
abstract class ConcurrencyContract {

    static final int RUNS = 8;
    static final int REVISIONS = 6;

    @TempDir
    Path directory;

    MigrationFiles files;

    abstract TestDatabase database();

    /** A statement that takes a while. */
    abstract String pause(int millis);

    /** Statements that create what {@link #pause} needs, run by the first revision. */
    abstract String pauseSetup();

    @BeforeEach
    void writeRevisions() throws IOException {
        files = new MigrationFiles(directory.resolve("migrations"));
        files.add("r1", "", "Log", pauseSetup() + "CREATE TABLE applied_log (revision VARCHAR(10) NOT NULL);\n"
                + "INSERT INTO applied_log VALUES ('r1');", "DROP TABLE applied_log;");
        for (int k = 2; k <= REVISIONS; k++) {
            Path file = files.add("r" + k, "r" + (k - 1), "Step " + k, "CREATE TABLE t" + k + " (id INTEGER);\n"
                    + pause(150) + ";\nINSERT INTO applied_log VALUES ('r" + k + "');", "DROP TABLE t" + k + ";");
            if (k == 4) {
                String text = Files.readString(file);
                Files.writeString(file, text.replace("-- migrate:upgrade\n", "-- migrate:upgrade transaction:false\n"));
            }
        }
    }

    Migrator migrator(Duration lockTimeout) {
        return configure(lockTimeout).build();
    }

    Migrator.Builder configure(Duration lockTimeout) {
        TestDatabase db = database();
        return Migrator.configure().url(db.url()).user(db.user()).password(db.password())
                .migrationsDirectory(files.directory()).lockTimeout(lockTimeout);
    }

    List<String> childArguments(long lockTimeoutMillis) {
        TestDatabase db = database();
        return List.of(db.url(), db.user(), db.password() == null || db.password().isEmpty() ? "-" : db.password(),
                files.directory().toString(), Long.toString(lockTimeoutMillis));
    }

    /** How the holder of the lock looks in the waiting message on this database. */
    abstract String holderPattern();

    @Test
    void aProcessThatCannotGetTheLockReportsTheHolderAndGivesUp() throws Exception {
        PausingListener paused = PausingListener.atStartOf("r2");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<UpgradeResult> holder = pool.submit(() -> configure(Duration.ofSeconds(60)).listener(paused).build()
                    .upgrade());
            assertThat(paused.awaitArrival()).isTrue();
            try (ChildJvm child = ChildJvm.start(UpgradeMain.class, childArguments(1500))) {
                assertThat(child.waitFor(60)).as(child.output()).isEqualTo(2);
                assertThat(child.result()).startsWith("LOCK_TIMEOUT cannot migrate ")
                        .contains(") is still held by ").contains(" after waiting 1.5 s (migrate.lockTimeout).");
                assertThat(child.output()).containsPattern("INFO Waiting for the migration lock \\(.*\\): held by "
                        + holderPattern() + "; waited \\d+ ms of 1.5 s \\(migrate.lockTimeout\\)\\.");
            }
            paused.release();
            assertThat(holder.get(60, TimeUnit.SECONDS).migrations()).hasSize(REVISIONS);
        } finally {
            paused.release();
            pool.shutdownNow();
        }
    }

    @Test
    void eightUpgradesInOneJvmApplyEachRevisionOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RUNS);
        List<Future<String>> outcomes = new ArrayList<>();
        long begin = System.nanoTime();
        try {
            for (int k = 0; k < RUNS; k++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        UpgradeResult result = migrator(Duration.ofSeconds(60)).upgrade();
                        return "ok " + result.migrations().size();
                    } catch (MigrateException e) {
                        return e.kind() + " " + e.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(120, TimeUnit.SECONDS));
            }
            report("threads", results, begin);
            assertConsistent(results);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eightUpgradesInSeparateJvmsApplyEachRevisionOnce() throws Exception {
        List<ChildJvm> children = new ArrayList<>();
        long begin = System.nanoTime();
        try {
            for (int k = 0; k < RUNS; k++) {
                children.add(ChildJvm.start(UpgradeMain.class, childArguments(2000)));
            }
            List<String> results = new ArrayList<>();
            for (ChildJvm child : children) {
                int exit = child.waitFor(120);
                String result = child.result();
                assertThat(result).as("output of %d:%n%s", child.pid(), child.output()).isNotNull();
                assertThat(exit).isEqualTo(result.startsWith("ok ") ? 0 : 2);
                assertThat(result).as("output of %d:%n%s", child.pid(), child.output()).matches("ok \\d|LOCK_TIMEOUT .*");
                results.add(result);
            }
            report("processes", results, begin);
            assertConsistent(results);
            assertThat(migrator(Duration.ZERO).upgrade().nothingToDo()).isTrue();
        } finally {
            children.forEach(ChildJvm::close);
        }
    }

    private void assertConsistent(List<String> results) throws SQLException {
        assertThat(results).allSatisfy(result -> assertThat(result).matches("ok \\d|LOCK_TIMEOUT .*"));
        assertThat(results.stream().filter(r -> r.startsWith("ok ")).mapToInt(r -> Integer.parseInt(r.substring(3))).sum())
                .as("revisions applied over all runs").isEqualTo(REVISIONS);
        assertThat(database().query("SELECT revision, count(*) FROM applied_log GROUP BY revision ORDER BY revision"))
                .as("each revision ran exactly once")
                .containsExactly(List.of("r1", 1L), List.of("r2", 1L), List.of("r3", 1L), List.of("r4", 1L),
                        List.of("r5", 1L), List.of("r6", 1L));
        assertThat(database().query("SELECT revision, direction, state FROM migrate_history ORDER BY id"))
                .containsExactly(List.of("r1", "upgrade", "completed"), List.of("r2", "upgrade", "completed"),
                        List.of("r3", "upgrade", "completed"), List.of("r4", "upgrade", "completed"),
                        List.of("r5", "upgrade", "completed"), List.of("r6", "upgrade", "completed"));
        assertThat(database().versionRows()).containsExactly("r6");
    }

    private void report(String how, List<String> results, long begin) {
        long ok = results.stream().filter(r -> r.startsWith("ok ")).count();
        System.out.printf("[concurrency] %s, %d %s: %d green (%s), %d lock timeouts, %d ms%n", getClass().getSimpleName(),
                RUNS, how, ok, String.join(", ", results.stream().filter(r -> r.startsWith("ok ")).toList()),
                results.size() - ok, (System.nanoTime() - begin) / 1_000_000);
    }
}
