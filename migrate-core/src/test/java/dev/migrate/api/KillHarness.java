package dev.migrate.api;

import dev.migrate.report.StatusReport;
import dev.migrate.testing.ChildJvm;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.UpgradeMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash harness: an upgrade in a child JVM is killed with SIGKILL at a random moment, over and over, each time
 * from an empty database. After every kill, and after every step of the recovery, the database is compared with what
 * the journal and the version rows say:
 * <ul>
 *   <li>status reports the database healthy only when every applied revision's effects are there exactly once and
 *       nothing of any other revision is, unless it says a run is in progress (right after a kill, the child's last
 *       statement may still run on the server, its lock session not yet closed): then it names the revision whose
 *       journal row the child left running;</li>
 *   <li>a revision left failed or interrupted has the effects of exactly the statements its journal row counts, once
 *       each, and of the statement after them only when that one could be in doubt;</li>
 *   <li>recovery goes the way a user would: {@code migrate.resume=true}, and where migrate says a statement is in doubt,
 *       a look at the database and {@code migrate.resume=skip} or {@code rerun} (after dropping what a cut-off
 *       {@code CREATE INDEX CONCURRENTLY} left); in the end every revision's effects exist exactly once.</li>
 * </ul>
 * The number of kills is {@code -Dmigrate.killHarness.points} (the CI size by default), the seed
 * {@code -Dmigrate.killHarness.seed} (printed, to replay a run).
 */
abstract class KillHarness {

    @TempDir
    Path directory;

    /** One statement, and a query that counts its effect in the database (null: nothing to count). */
    record Statement(String sql, String effect) {
    }

    /** A revision: its statements, and whether its upgrade section says {@code transaction:false}. */
    record Rev(String id, boolean outsideTransaction, List<Statement> statements, String downgrade) {
    }

    /** A statement whose effect {@code count} counts. */
    static Statement effect(String sql, String count) {
        return new Statement(sql, count);
    }

    /** A statement with nothing to count. */
    static Statement plain(String sql) {
        return new Statement(sql, null);
    }

    /** A row of the {@code effects} table, for revision {@code rev}. */
    static Statement row(String rev, int n) {
        return effect("INSERT INTO effects VALUES ('" + rev + "', " + n + ")",
                "SELECT count(*) FROM effects WHERE rev = '" + rev + "' AND n = " + n);
    }

    abstract TestDatabase database();

    /** The revisions, applied in this order. */
    abstract List<Rev> revisions();

    /** Empties the database between two kill points. */
    abstract void emptyDatabase() throws Exception;

    /** Waits until the killed child's lock and server sessions are gone. */
    abstract void awaitChildGone() throws Exception;

    /** Whether a statement can be left in doubt by a kill (it commits on its own). */
    abstract boolean mayBeInDoubt(Statement statement);

    /** Removes what a statement cut off by a kill left behind (an INVALID index), before it runs again. */
    abstract void cleanUpAfter(Statement statement) throws Exception;

    /** What the catalog must say about a statement in doubt, given its effect count; null: nothing required. */
    abstract String expectedEvidence(Statement statement, long count);

    /** How many kills CI runs. */
    abstract int ciPoints();

    abstract String name();

    private final Map<String, Integer> tally = new LinkedHashMap<>();

    private void count(String what) {
        tally.merge(what, 1, Integer::sum);
    }

    private Migrator migrator(ResumeMode resume) {
        TestDatabase db = database();
        return Migrator.configure().url(db.url()).user(db.user()).password(db.password())
                .migrationsDirectory(directory.resolve("migrations")).resume(resume)
                .listener(new dev.migrate.testing.RecordingListener()).build();
    }

    private void writeRevisions() {
        MigrationFiles files = new MigrationFiles(directory.resolve("migrations"));
        String previous = "";
        for (Rev rev : revisions()) {
            String upgrade = String.join(";\n", rev.statements().stream().map(Statement::sql).toList()) + ";";
            if (rev.outsideTransaction()) {
                files.addOutsideTransaction(rev.id(), previous, "Revision " + rev.id(), upgrade, rev.downgrade());
            } else {
                files.add(rev.id(), previous, "Revision " + rev.id(), upgrade, rev.downgrade());
            }
            previous = rev.id();
        }
    }

    @Test
    void everyKillRecoversToEveryEffectExactlyOnceAndStatusNeverReportsHealthyWhileTheDatabaseDiffers()
            throws Exception {
        int points = Integer.getInteger("migrate.killHarness.points", ciPoints());
        long seed = Long.getLong("migrate.killHarness.seed", System.nanoTime());
        Random random = new Random(seed);
        System.out.printf("[kill harness] %s: %d kill points, seed %d (-Dmigrate.killHarness.seed=%d replays it)%n",
                name(), points, seed, seed);
        writeRevisions();
        long window = calibrate();
        int kills = 0;
        int attempts = 0;
        while (kills < points) {
            assertThat(++attempts).as("kills that landed, of attempts").isLessThan(points * 4 + 10);
            emptyDatabase();
            long delay = (long) (random.nextDouble() * window);
            boolean killed = killAfter(delay);
            if (!killed) {
                count("child finished before the kill");
                continue;
            }
            kills++;
            recover(delay);
        }
        System.out.printf("[kill harness] %s: %d kills in %d attempts; %s%n", name(), kills, attempts, tally);
        assertThat(kills).isEqualTo(points);
    }

    /** One undisturbed run: how long the work takes from the lock to the end, the window kills are spread over. */
    private long calibrate() throws Exception {
        emptyDatabase();
        try (ChildJvm child = start()) {
            assertThat(child.awaitLine("INFO Upgrading", 60)).as(child.output()).isTrue();
            long start = System.nanoTime();
            assertThat(child.waitFor(60)).as(child.output()).isZero();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            System.out.printf("[kill harness] %s: an undisturbed upgrade takes %d ms after taking the lock%n", name(),
                    millis);
            assertFinal();
            return Math.max(200, millis * 11 / 10);
        }
    }

    private ChildJvm start() throws Exception {
        TestDatabase db = database();
        return ChildJvm.start(UpgradeMain.class, List.of(db.url(), db.user(),
                db.password() == null || db.password().isEmpty() ? "-" : db.password(),
                directory.resolve("migrations").toString(), "60000"));
    }

    /** Starts an upgrade and kills it {@code delay} ms after it took the lock; false when it finished first. */
    private boolean killAfter(long delay) throws Exception {
        try (ChildJvm child = start()) {
            assertThat(child.awaitLine("INFO Upgrading", 60)).as(child.output()).isTrue();
            Thread.sleep(delay);
            int exit = child.kill();
            if (exit != 137) {
                assertThat(exit).as(child.output()).isZero();
                return false;
            }
            // Right after the kill, before anything settles, the killed child's last statement may still run on the
            // server with the lock held: status must then say a run is in progress (the journal's settled state is
            // checked by the recovery once the child's session is gone). Otherwise status may only say healthy if
            // the database agrees.
            StatusReport status = migrator(ResumeMode.OFF).status();
            List<String> inProgress = status.warnings().stream().filter(w -> w.contains("right now")).toList();
            awaitChildGone();
            if (!inProgress.isEmpty()) {
                count("in progress right after the kill");
                assertRunningRowNamed(inProgress, "status right after a kill at " + delay + " ms");
            } else if (status.isHealthy()) {
                count("healthy right after the kill");
                assertConsistent(true, "status said healthy right after a kill at " + delay + " ms");
            }
            return true;
        }
    }

    /**
     * Status said a run is in progress: the revision it names must be the one whose journal row the killed child left
     * running (once its session is gone, that row is what the recovery judges).
     */
    private void assertRunningRowNamed(List<String> inProgress, String where) throws SQLException {
        List<List<Object>> running = database().query("SELECT revision FROM migrate_history WHERE state = 'running'");
        assertThat(running).as("%s reported %s, so a journal row was running", where, inProgress).hasSize(1);
        assertThat(inProgress).as(where).singleElement().asString().startsWith(running.get(0).get(0) + " is being ");
    }

    /** The recovery a user would go through, checking the database against the journal at every step. */
    private void recover(long delay) throws Exception {
        String where = "after a kill at " + delay + " ms";
        for (int step = 0; step < 6; step++) {
            StatusReport status = migrator(ResumeMode.OFF).status();
            assertConsistent(status.isHealthy(), where + ", recovery step " + step + " (status: "
                    + status.problems() + ")");
            if (status.isHealthy()) {
                migrator(ResumeMode.OFF).upgrade();
                assertFinal();
                return;
            }
            try {
                migrator(ResumeMode.ON).upgrade();
                count("resumed with migrate.resume=true");
            } catch (MigrateException e) {
                assertThat(e.kind()).as(e.getMessage()).isEqualTo(ErrorKind.FAILED_STATE);
                assertThat(e.getMessage()).as(where).contains("is in doubt");
                decide(e, where);
            }
        }
        throw new AssertionError("no recovery after six steps " + where);
    }

    /** A statement is in doubt: look at the database, as a user would, and decide. */
    private void decide(MigrateException refusal, String where) throws Exception {
        List<Object> row = database().query("SELECT revision, statements_done FROM migrate_history WHERE id = "
                + "(SELECT MAX(id) FROM migrate_history WHERE direction <> 'decision')").get(0);
        Rev rev = rev((String) row.get(0));
        int done = ((Number) row.get(1)).intValue();
        Statement next = rev.statements().get(done);
        assertThat(mayBeInDoubt(next)).as("%s: migrate called statement %d of %s in doubt: %s", where, done + 1,
                rev.id(), next.sql()).isTrue();
        long effect = next.effect() == null ? 0 : count(next);
        String evidence = expectedEvidence(next, effect);
        if (evidence != null) {
            assertThat(refusal.getMessage()).as(where).contains(evidence);
        }
        if (next.effect() != null && effect == 1) {
            migrator(ResumeMode.SKIP).upgrade();
            count("in doubt, took effect: skip");
        } else {
            cleanUpAfter(next);
            migrator(ResumeMode.RERUN).upgrade();
            count("in doubt, did not take effect: rerun");
        }
    }

    private Rev rev(String id) {
        return revisions().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private long count(Statement statement) {
        try {
            List<List<Object>> rows = database().query(statement.effect());
            return rows.isEmpty() ? 0 : ((Number) rows.get(0).get(0)).longValue();
        } catch (SQLException e) {
            return 0; // what it counts in does not exist yet
        }
    }

    /**
     * Every statement's effect against what the journal says: revisions in the version rows all once; the revision
     * in a failed state, if any, once for each statement its row counts (and the next one, if it may be in doubt, at
     * most once); everything else not at all.
     */
    private void assertConsistent(boolean healthy, String where) throws SQLException {
        List<String> applied = appliedRevisions();
        String failed = null;
        int done = 0;
        if (!healthy) {
            List<List<Object>> latest = database().query("SELECT revision, statements_done, state FROM migrate_history "
                    + "WHERE id IN (SELECT MAX(id) FROM migrate_history WHERE direction <> 'decision' GROUP BY revision) "
                    + "AND state IN ('running', 'interrupted', 'failed')");
            assertThat(latest).as("%s: status is not healthy, so one revision is in a failed state", where).hasSize(1);
            failed = (String) latest.get(0).get(0);
            done = ((Number) latest.get(0).get(1)).intValue();
        }
        for (Rev rev : revisions()) {
            for (int k = 0; k < rev.statements().size(); k++) {
                Statement statement = rev.statements().get(k);
                if (statement.effect() == null) {
                    continue;
                }
                long effect = count(statement);
                String what = where + ": " + rev.id() + " statement " + (k + 1) + " (" + statement.sql() + ")";
                if (applied.contains(rev.id())) {
                    assertThat(effect).as(what + ", applied").isEqualTo(1);
                } else if (rev.id().equals(failed) && k < done) {
                    assertThat(effect).as(what + ", completed before the failure").isEqualTo(1);
                } else if (rev.id().equals(failed) && k == done && mayBeInDoubt(statement)) {
                    assertThat(effect).as(what + ", in doubt").isBetween(0L, 1L);
                } else {
                    assertThat(effect).as(what + ", not applied").isZero();
                }
            }
        }
    }

    /** The revisions the version rows say are applied: the history is linear, so the head and all below it. */
    private List<String> appliedRevisions() throws SQLException {
        List<String> applied = new ArrayList<>();
        List<List<Object>> rows;
        try {
            rows = database().query("SELECT revision FROM migrate_version");
        } catch (SQLException e) {
            return applied;
        }
        assertThat(rows).hasSizeLessThanOrEqualTo(1);
        if (rows.isEmpty()) {
            return applied;
        }
        for (Rev rev : revisions()) {
            applied.add(rev.id());
            if (rev.id().equals(rows.get(0).get(0))) {
                break;
            }
        }
        return applied;
    }

    private void assertFinal() throws SQLException {
        StatusReport status = migrator(ResumeMode.OFF).status();
        assertThat(status.isHealthy()).as(status.problems().toString()).isTrue();
        assertThat(status.isUpToDate()).isTrue();
        assertConsistent(true, "in the end");
        assertThat(database().query("SELECT count(*) FROM migrate_history WHERE state = 'running'").get(0).get(0))
                .as("no journal row stays running").isEqualTo(0L);
    }

    /** How long to wait for a condition on the database. */
    static final Duration PATIENCE = Duration.ofSeconds(60);
}
