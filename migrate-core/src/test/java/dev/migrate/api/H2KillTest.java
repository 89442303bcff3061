package dev.migrate.api;

import dev.migrate.dialect.h2.H2Dialect;
import dev.migrate.report.IntegrityProblem;
import dev.migrate.report.RepairResult;
import dev.migrate.testing.Barrier;
import dev.migrate.testing.ChildJvm;
import dev.migrate.testing.Figures;
import dev.migrate.testing.H2File;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.UpgradeMain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An upgrade in a child JVM is killed with SIGKILL at several points of an H2 file database that the test serves
 * ({@code AUTO_SERVER=TRUE}, opened here first). The kill points are {@code CALL KILL_POINT(...)} statements, which
 * H2 runs in this JVM, so the test knows exactly where the child is. H2 keeps what each completed statement did; the
 * killed revision is reported as failed, and either repaired (after undoing by hand) and run again, or resumed.
 */
class H2KillTest {

    @TempDir
    Path directory;

    private H2File database;
    private MigrationFiles files;

    @BeforeEach
    void writeRevisions() throws SQLException {
        database = new H2File(directory, "killed").host();
        database.execute("CREATE ALIAS KILL_POINT FOR 'dev.migrate.testing.Barrier.pass'");
        files = new MigrationFiles(directory.resolve("migrations"));
        files.add("k1", "", "First", "CREATE TABLE k1 (id INTEGER);\nCALL KILL_POINT('h2-kp1');\n"
                + "CREATE TABLE k1b (id INTEGER);", "DROP TABLE k1b;\nDROP TABLE k1;");
        files.add("k2", "k1", "Second", "CREATE TABLE k2 (id INTEGER);\nINSERT INTO k2 VALUES (2);\n"
                + "CALL KILL_POINT('h2-kp2');\nINSERT INTO k2 VALUES (3);", "DROP TABLE k2;");
        files.add("k3", "k2", "Third", "CALL KILL_POINT('h2-kp3');\nCREATE TABLE k3 (id INTEGER);", "DROP TABLE k3;");
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        List.of("h2-kp1", "h2-kp2", "h2-kp3").forEach(Barrier::release);
        database.close();
    }

    private Migrator migrator(boolean resume) {
        return Migrator.configure().url(database.url()).user(database.user()).password(database.password())
                .migrationsDirectory(files.directory()).resume(resume).build();
    }

    private void killAt(String point) throws Exception {
        Barrier.arm(point);
        try (ChildJvm child = ChildJvm.start(UpgradeMain.class, List.of(database.url(), database.user(), "-",
                files.directory().toString(), "60000"))) {
            assertThat(Barrier.awaitArrival(point, 60)).as("child output:%n%s", child.output()).isTrue();
            assertThat(child.kill()).as("SIGKILL: 128 + 9").isEqualTo(137);
        } finally {
            Barrier.release(point);
        }
        database.awaitLockReleased(new H2Dialect(), "PUBLIC");
    }

    private void assertCompleted() throws SQLException {
        assertThat(database.versionRows()).containsExactly("k3");
        assertThat(database.query("SELECT id FROM k2 ORDER BY id")).containsExactly(List.of(2), List.of(3));
        assertThat(database.tableExists("k1b")).isTrue();
        assertThat(database.tableExists("k3")).isTrue();
        assertThat(migrator(false).status().isHealthy()).isTrue();
    }

    private void assertFailedState(String revision, String progress) {
        assertThat(migrator(false).status().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(IntegrityProblem.Kind.FAILED);
            assertThat(problem.revision()).isEqualTo(revision);
            assertThat(problem.message()).contains(" was interrupted: its upgrade by ").contains(" and never finished "
                    + "(the process was killed or lost its connection).").contains(progress);
        });
        assertThatThrownBy(() -> migrator(false).upgrade())
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.FAILED_STATE))
                .hasMessageContaining(progress);
    }

    @Test
    void killedAfterADdlStatementIsRepairedAfterUndoingItAndRunAgain() throws Exception {
        killAt("h2-kp1");

        assertThat(database.versionRows()).isEmpty();
        assertThat(database.tableExists("k1")).isTrue();
        assertThat(database.query("SELECT state, statements_done FROM migrate_history WHERE revision = 'k1'"))
                .containsExactly(List.of("running", 1));
        assertFailedState("k1", "1 of 3 statements had completed (line 8) and stays applied, because H2 cannot roll "
                + "back DDL, so migrate commits each statement as it completes; statement 2 (from line 9) was running "
                + "when the run stopped and is in doubt: it commits on its own, outside migrate's record of it, so "
                + "whether it took effect is not known; statement 3 (from line 10) did not run.");

        database.execute("DROP TABLE k1");
        RepairResult repaired = migrator(false).repair();
        assertThat(repaired.actions()).extracting(RepairResult.Action::revision).containsExactly("k1");
        assertThat(repaired.actions().get(0).description()).contains("was interrupted after 1 of 3 statements");

        assertThat(Figures.timed("H2 rerun after kill", () -> migrator(false).upgrade()).migrations()).hasSize(3);
        assertCompleted();
    }

    @Test
    void killedInTheMiddleOfARevisionIsResumed() throws Exception {
        killAt("h2-kp2");

        assertThat(database.versionRows()).containsExactly("k1");
        assertThat(database.query("SELECT id FROM k2")).containsExactly(List.of(2));
        assertFailedState("k2", "2 of 4 statements had completed (lines 8-9)");

        assertThatThrownBy(() -> migrator(true).upgrade()).hasMessageContaining("cannot resume k2: statement 3 (")
                .hasMessageContaining("is in doubt").hasMessageContaining("-Dmigrate.resume=rerun");

        assertThat(Figures.timed("H2 resume after kill", () -> Migrator.configure().url(database.url())
                .user(database.user()).password(database.password()).migrationsDirectory(files.directory())
                .resume(ResumeMode.RERUN).build().upgrade()).migrations()).hasSize(2);
        assertCompleted();
        assertThat(database.query("SELECT revision, direction, state, statements_done FROM migrate_history ORDER BY id"))
                .containsExactly(List.of("k1", "upgrade", "completed", 3), List.of("k2", "upgrade", "interrupted", 2),
                        List.of("k2", "decision", "completed", 2), List.of("k2", "upgrade", "completed", 4),
                        List.of("k3", "upgrade", "completed", 2));
        assertThat(database.query("SELECT applied_by, message FROM migrate_history WHERE direction = 'decision'"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get(0)).isEqualTo(System.getProperty("user.name"));
                    assertThat((String) row.get(1)).contains(" decided that statement 3 (").contains(", in doubt after "
                            + "the interrupted upgrade of ").contains(", did not take effect: it runs again "
                            + "(migrate.resume=rerun).");
                });
    }

    @Test
    void killedAtTheFirstStatementIsRepairedAndRunAgain() throws Exception {
        killAt("h2-kp3");

        assertThat(database.versionRows()).containsExactly("k2");
        assertFailedState("k3", "None of its 2 statements had completed; statement 1 (from line 8) was running "
                + "when the run stopped and is in doubt: it commits on its own, outside migrate's record of it, so "
                + "whether it took effect is not known; statement 2 (from line 9) did not run.");

        assertThat(migrator(false).repair().actions()).hasSize(1);
        assertThat(Figures.timed("H2 rerun after kill", () -> migrator(false).upgrade()).migrations()).hasSize(1);
        assertCompleted();
    }
}
