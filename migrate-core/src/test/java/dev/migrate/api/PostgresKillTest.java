package dev.migrate.api;

import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.report.IntegrityProblem;
import dev.migrate.report.StatusReport;
import dev.migrate.testing.ChildJvm;
import dev.migrate.testing.Figures;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.UpgradeMain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An upgrade in a child JVM is killed with SIGKILL at several points, then run again. The kill points are statements
 * that wait for an advisory lock the test holds, so the test knows (from {@code pg_locks}) that the child is there.
 * Transactional revisions leave nothing behind; a {@code transaction:false} section is reported and resumed.
 */
@ExtendWith(PostgresExtension.class)
class PostgresKillTest {

    @TempDir
    Path directory;

    private PostgresDatabase database;
    private MigrationFiles files;
    private Path k3;

    @BeforeEach
    void writeRevisions(PostgresDatabase database) throws SQLException, IOException {
        this.database = database;
        database.reset();
        files = new MigrationFiles(directory.resolve("migrations"));
        files.add("k1", "", "First", "CREATE TABLE k1 (id INTEGER);\n" + point(1) + ";\nINSERT INTO k1 VALUES (1);",
                "DROP TABLE k1;");
        files.add("k2", "k1", "Second", "CREATE TABLE k2 (id INTEGER);\nINSERT INTO k2 VALUES (2);\n" + point(2) + ";",
                "DROP TABLE k2;");
        k3 = files.add("k3", "k2", "Third", "CREATE TABLE k3 (id INTEGER);\n" + point(3) + ";\n"
                + "CREATE INDEX CONCURRENTLY k3_id ON k3 (id);", "DROP TABLE k3;");
        Files.writeString(k3, Files.readString(k3).replace("-- migrate:upgrade\n", "-- migrate:upgrade transaction:false\n"));
    }

    private static long key(int point) {
        return 7_000_000L + point;
    }

    private static String point(int point) {
        return "SELECT pg_advisory_xact_lock_shared(" + key(point) + ")";
    }

    private Migrator migrator(boolean resume) {
        return Migrator.configure().url(database.url()).user(database.user()).password(database.password())
                .migrationsDirectory(files.directory()).resume(resume).build();
    }

    /** Starts an upgrade in a child JVM, waits until it blocks at the kill point, kills it, lets the point go. */
    private void killAt(int point) throws Exception {
        try (Connection barrier = database.connect(); Statement st = barrier.createStatement()) {
            st.execute("SELECT pg_advisory_lock(" + key(point) + ")");
            try (ChildJvm child = ChildJvm.start(UpgradeMain.class, List.of(database.url(), database.user(),
                    database.password() == null ? "-" : database.password(), files.directory().toString(), "60000"))) {
                awaitWaiter(point, child);
                assertThat(child.kill()).as("SIGKILL: 128 + 9").isEqualTo(137);
                assertThat(child.output()).contains("STARTED k" + point).doesNotContain("FINISHED k" + point);
            }
            st.execute("SELECT pg_advisory_unlock(" + key(point) + ")");
        }
        database.awaitLockReleased(new PostgresDialect(), "public");
    }

    private void awaitWaiter(int point, ChildJvm child) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (database.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid = "
                + key(point)).isEmpty()) {
            assertThat(System.nanoTime()).as("child never reached kill point %d:%n%s", point, child.output())
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private void assertCompleted() throws SQLException {
        assertThat(database.versionRows()).containsExactly("k3");
        assertThat(database.query("SELECT revision FROM migrate_history WHERE direction = 'upgrade' AND state = "
                + "'completed' ORDER BY id")).containsExactly(List.of("k1"), List.of("k2"), List.of("k3"));
        assertThat(database.query("SELECT id FROM k1")).containsExactly(List.of(1));
        assertThat(database.query("SELECT id FROM k2")).containsExactly(List.of(2));
        assertThat(database.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'k3_id'::regclass"))
                .containsExactly(List.of(true));
    }

    @Test
    void killedInTheFirstRevisionLeavesNothingOfItAndTheRerunCompletes() throws Exception {
        killAt(1);

        assertThat(database.versionRows()).isEmpty();
        assertThat(database.tableExists("k1")).isFalse();
        assertThat(database.query("SELECT count(*) FROM migrate_history")).containsExactly(List.of(0L));
        assertThat(migrator(false).status().isHealthy()).isTrue();

        assertThat(Figures.timed("PostgreSQL rerun after kill", () -> migrator(false).upgrade()).migrations()).hasSize(3);
        assertCompleted();
    }

    @Test
    void killedInALaterRevisionKeepsTheEarlierOnesAndTheRerunCompletes() throws Exception {
        killAt(2);

        assertThat(database.versionRows()).containsExactly("k1");
        assertThat(database.tableExists("k2")).isFalse();
        assertThat(migrator(false).status().isHealthy()).isTrue();

        assertThat(Figures.timed("PostgreSQL rerun after kill", () -> migrator(false).upgrade()).migrations()).hasSize(2);
        assertCompleted();
    }

    @Test
    void killedInANonTransactionalSectionIsReportedAndResumed() throws Exception {
        killAt(3);

        assertThat(database.versionRows()).containsExactly("k2");
        assertThat(database.tableExists("k3")).as("statement 1 of k3 had committed").isTrue();
        assertThat(database.query("SELECT state, statements_done, server_session IS NOT NULL FROM migrate_history "
                + "WHERE revision = 'k3'")).containsExactly(List.of("running", 1, true));
        StatusReport status = migrator(false).status();
        assertThat(status.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(IntegrityProblem.Kind.FAILED);
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.message()).contains("k3 (Third) was interrupted: its upgrade by ")
                    .contains(" and never finished (the process was killed or lost its connection).")
                    .contains("1 of 3 statements had completed (line 8) and stays applied, because the section runs "
                            + "outside a transaction (transaction:false); statement 2 (from line 9) was running when "
                            + "the run stopped and did not take effect: it runs in one transaction with migrate's "
                            + "record of it, and that record says it did not commit; statement 3 (from line 10) did "
                            + "not run.")
                    .contains("run upgrade again with -Dmigrate.resume=true, which runs statements 2-3 (from line 9)");
        });
        assertThatThrownBy(() -> migrator(false).upgrade())
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.FAILED_STATE));

        assertThat(Figures.timed("PostgreSQL resume after kill", () -> migrator(true).upgrade()).migrations()).hasSize(1);
        assertCompleted();
        assertThat(database.query("SELECT state, statements_done FROM migrate_history WHERE revision = 'k3' ORDER BY id"))
                .as("the killed run's row is closed as interrupted by the next run")
                .containsExactly(List.of("interrupted", 1), List.of("completed", 3));
    }
}
