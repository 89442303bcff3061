package dev.migrate.api;

import dev.migrate.apply.JournalEntry;
import dev.migrate.apply.StepState;
import dev.migrate.apply.VersionStore;
import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.report.IntegrityProblem;
import dev.migrate.script.DirectorySource;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.SplitOptions;
import dev.migrate.testing.ChildJvm;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.RecordingListener;
import dev.migrate.testing.UpgradeMain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What migrate says and does after a run that was killed, or lost its connection, in the middle of a statement on
 * PostgreSQL: it waits until the server session of that run has ended, never calls a statement's outcome known when
 * it is not, says what the catalog shows, and runs nothing in doubt until the user decides.
 */
@ExtendWith(PostgresExtension.class)
class PostgresCrashRecoveryTest {

    @TempDir
    Path directory;

    private PostgresDatabase database;
    private MigrationFiles files;
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void setUp(PostgresDatabase database) throws SQLException {
        this.database = database;
        database.reset();
        files = new MigrationFiles(directory.resolve("migrations"));
    }

    private Migrator.Builder builder() {
        return Migrator.configure().url(database.url()).user(database.user()).password(database.password())
                .migrationsDirectory(files.directory()).listener(listener);
    }

    private ChildJvm startUpgrade() throws Exception {
        return ChildJvm.start(UpgradeMain.class, List.of(database.url(), database.user(),
                database.password() == null ? "-" : database.password(), files.directory().toString(), "60000"));
    }

    /**
     * Waits until migrate's session runs a statement that starts with {@code start} (not the journal row that holds the
     * file's text).
     */
    private void awaitRunning(String start, ChildJvm child) throws Exception {
        await("SELECT 1 FROM pg_stat_activity WHERE application_name = 'migrate' AND state = 'active' AND query LIKE '"
                + start + "%'", true, () -> "the child never ran " + start + ":\n" + child.output());
    }

    private void awaitNoMigrateSession() throws Exception {
        await("SELECT 1 FROM pg_stat_activity WHERE application_name = 'migrate'", false,
                () -> "migrate's sessions never ended");
    }

    /** Waits until {@code query} returns rows ({@code rows}), or no rows. */
    private void await(String query, boolean rows, java.util.function.Supplier<String> why) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (database.query(query).isEmpty() == rows) {
            assertThat(System.nanoTime()).as(why.get()).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Starts an upgrade in a child JVM and kills it while it runs a statement that starts with {@code start}. */
    private void killWhileRunning(String start) throws Exception {
        try (ChildJvm child = startUpgrade()) {
            awaitRunning(start, child);
            kill(child);
        }
    }

    private void kill(ChildJvm child) throws Exception {
        assertThat(child.kill()).as("SIGKILL: 128 + 9").isEqualTo(137);
        database.awaitLockReleased(new PostgresDialect(), "public");
    }

    @Test
    void aStatementTheServerFinishesAfterTheKillIsNotRunAgain() throws Exception {
        // The reproduction of the issue: the server finishes the CREATE after the client died.
        files.addOutsideTransaction("z1", "", "Slow copy", "CREATE TABLE z1 AS SELECT 1 AS x FROM pg_sleep(1.5);\n"
                + "INSERT INTO z1 VALUES (2);", "DROP TABLE z1;");
        killWhileRunning("CREATE TABLE z1 AS");

        builder().resume(true).build().upgrade();

        assertThat(database.query("SELECT x FROM z1 ORDER BY x")).containsExactly(List.of(1), List.of(2));
        assertThat(database.query("SELECT state FROM migrate_history WHERE revision = 'z1' ORDER BY id"))
                .containsExactly(List.of("interrupted"), List.of("completed"));
        assertThat(builder().build().status().isHealthy()).isTrue();
    }

    @Test
    void theNextRunWaitsForTheKilledRunsSessionToEnd() throws Exception {
        // Without the server's client check, the killed run's statement runs on to its end.
        files.addOutsideTransaction("w1", "", "Long statement", "SET client_connection_check_interval = 0;\n"
                + "CREATE TABLE w1 AS SELECT 7 AS x FROM pg_sleep(4);\nINSERT INTO w1 VALUES (8);", "DROP TABLE w1;");
        killWhileRunning("CREATE TABLE w1 AS");

        assertThat(builder().build().status().problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("w1 (Long statement) was interrupted: ")
                        .contains(" Its server session is still there: PostgreSQL session ")
                        .contains("running: CREATE TABLE w1 AS SELECT 7 AS x FROM pg_sleep(4)")
                        .contains("SELECT pg_terminate_backend("));
        assertThatThrownBy(() -> builder().lockTimeout(Duration.ofMillis(500)).resume(true).build().upgrade())
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.FAILED_STATE))
                .hasMessageStartingWith("cannot judge what an interrupted run left: the upgrade of w1 (journal row ")
                .hasMessageContaining("It is still there after ").hasMessageContaining("Nothing was changed.");
        assertThat(database.query("SELECT state FROM migrate_history")).containsExactly(List.of("running"));

        builder().resume(true).build().upgrade();

        assertThat(listener.infos).anyMatch(info -> info.startsWith("Waiting for the server session of an interrupted "
                + "run to end: the upgrade of w1 (journal row "));
        assertThat(database.query("SELECT x FROM w1 ORDER BY x")).as("the CREATE committed after the kill, with its "
                + "progress record; it did not run again").containsExactly(List.of(7), List.of(8));
    }

    @Test
    void aConcurrentIndexBuildCutOffByTheKillIsInDoubtAndTheCatalogShowsItsInvalidIndex() throws Exception {
        // The index expression waits for an advisory lock the test holds: the child is inside CREATE INDEX
        // CONCURRENTLY when it is killed, and the server cancels the build when it notices.
        database.execute("CREATE TABLE items (id INTEGER)", "INSERT INTO items VALUES (1), (2)",
                "CREATE FUNCTION held(i INTEGER) RETURNS INTEGER IMMUTABLE LANGUAGE plpgsql AS $$ BEGIN "
                        + "PERFORM pg_advisory_xact_lock_shared(4242); RETURN i; END $$");
        files.addOutsideTransaction("c1", "", "Index items", "CREATE INDEX CONCURRENTLY items_held ON items (held(id));\n"
                + "INSERT INTO items VALUES (3);", "DROP INDEX items_held;");
        try (Connection barrier = database.connect(); Statement st = barrier.createStatement()) {
            st.execute("SELECT pg_advisory_lock(4242)");
            try (ChildJvm child = startUpgrade()) {
                awaitRunning("CREATE INDEX CONCURRENTLY", child);
                kill(child);
            }
            awaitNoMigrateSession();
            st.execute("SELECT pg_advisory_unlock(4242)");
        }

        IntegrityProblem problem = builder().build().status().problems().get(0);
        assertThat(problem.message()).contains("statement 1 (from line 8) was running when the run stopped and is in "
                        + "doubt")
                .contains("The catalog shows index items_held exists but is INVALID: a CREATE INDEX CONCURRENTLY that "
                        + "did not finish leaves it so, and it is not used: the statement did not finish. Remove what "
                        + "it left with: DROP INDEX CONCURRENTLY \"items_held\";")
                .contains("-Dmigrate.resume=rerun");
        assertThatThrownBy(() -> builder().resume(true).build().upgrade())
                .hasMessageStartingWith("cannot resume c1: statement 1 (")
                .hasMessageContaining("is in doubt").hasMessageContaining("exists but is INVALID");

        database.execute("DROP INDEX CONCURRENTLY items_held");
        builder().resume(ResumeMode.RERUN).build().upgrade();

        assertThat(database.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'items_held'::regclass"))
                .containsExactly(List.of(true));
        assertThat(database.query("SELECT count(*) FROM items")).containsExactly(List.of(3L));
        assertThat(database.query("SELECT direction, state FROM migrate_history ORDER BY id")).containsExactly(
                List.of("upgrade", "interrupted"), List.of("decision", "completed"), List.of("upgrade", "completed"));
    }

    @Test
    void skipCountsTheStatementInDoubtAsDoneAndIsJournalledWithWhoAndWhen() throws Exception {
        database.execute("CREATE TABLE items (id INTEGER)");
        files.addOutsideTransaction("s1", "", "Index items", "VACUUM items;\nCREATE INDEX CONCURRENTLY items_id ON items "
                + "(id);\nINSERT INTO items VALUES (1);", "DROP INDEX items_id;");
        // As a killed run would leave it: statement 1 done, statement 2 running when the process died.
        database.execute("CREATE INDEX items_id ON items (id)");
        interruptedAfter("s1", 1);

        assertThatThrownBy(() -> builder().resume(true).build().upgrade()).hasMessageContaining("The catalog shows "
                + "index items_id exists and is valid: it looks as if the statement took effect.");
        builder().resume(ResumeMode.SKIP).build().upgrade();

        assertThat(database.query("SELECT id FROM items")).containsExactly(List.of(1));
        assertThat(database.query("SELECT direction, state, statements_done FROM migrate_history ORDER BY id")).containsExactly(
                List.of("upgrade", "interrupted", 1), List.of("decision", "completed", 2),
                List.of("upgrade", "completed", 3));
        assertThat(database.query("SELECT applied_by, message FROM migrate_history WHERE direction = 'decision'"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get(0)).isEqualTo(System.getProperty("user.name"));
                    assertThat((String) row.get(1)).contains(" decided that statement 2 (").contains(
                            "CREATE INDEX CONCURRENTLY items_id ON items (id)), in doubt after the interrupted upgrade of ")
                            .endsWith(", took effect: it counts as done (migrate.resume=skip).");
                });
    }

    /** The journal as a run of {@code revision} killed after {@code done} statements leaves it. */
    private void interruptedAfter(String revision, int done) throws SQLException {
        RevisionScript script = ScriptDirectory.load(new DirectorySource(files.directory()), SplitOptions.POSTGRESQL)
                .script(revision);
        VersionStore store = new VersionStore(new PostgresDialect(), null);
        try (Connection connection = database.connect(); Statement st = connection.createStatement()) {
            store.createTables(connection);
            long id = store.insertRunning(connection, new JournalEntry(revision, "upgrade", script.message(),
                    script.checksum(), "ci", "postgres", Instant.now(), 0, StepState.RUNNING,
                    script.upgrade().statements().size(), 0, null, null, script.text()), null);
            st.executeUpdate(store.progressUpdate(id, done));
        }
    }

    @Test
    void skipIsRefusedForAStatementKnownNotToHaveRun() throws Exception {
        files.addOutsideTransaction("n1", "", "Rows", "CREATE TABLE n1 (x INTEGER);\nINSERT INTO n1 VALUES (1);",
                "DROP TABLE n1;");
        database.execute("CREATE TABLE n1 (x INTEGER)");
        interruptedAfter("n1", 1);

        assertThatThrownBy(() -> builder().resume(ResumeMode.SKIP).build().upgrade())
                .hasMessageContaining("migrate.resume = skip, but statement 2 (")
                .hasMessageContaining("did not take effect in the interrupted upgrade of ")
                .hasMessageContaining("run with -Dmigrate.resume=true, which runs it again. Nothing was changed.");
        builder().resume(true).build().upgrade();
        assertThat(database.query("SELECT x FROM n1")).containsExactly(List.of(1));
    }

    @Test
    void aCommitTheDatabaseRefusesFailsTheRevisionAndIsJournalled() throws SQLException {
        files.add("d1", "", "Parents", "CREATE TABLE parent (id INTEGER PRIMARY KEY);\nCREATE TABLE child (parent_id "
                + "INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);", "DROP TABLE child;\nDROP TABLE parent;");
        files.add("d2", "d1", "Orphan", "INSERT INTO child VALUES (42);", "DELETE FROM child;");

        assertThatThrownBy(() -> builder().build().upgrade())
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.MIGRATION_FAILED))
                .hasMessageContaining("upgrade of d2 (Orphan) failed at ").hasMessageContaining(":8 (at COMMIT)")
                .hasMessageContaining("statement: COMMIT, after INSERT INTO child VALUES (42)")
                .hasMessageContaining("violates foreign key constraint")
                .hasMessageContaining("Nothing of d2 remains: it was rolled back.");

        assertThat(database.versionRows()).containsExactly("d1");
        assertThat(database.query("SELECT count(*) FROM child")).containsExactly(List.of(0L));
        assertThat(database.query("SELECT revision, state, success, error_line, error_message LIKE '%foreign key%' "
                + "FROM migrate_history ORDER BY id")).containsExactly(Arrays.asList("d1", "completed", true, null, null),
                List.of("d2", "rolled_back", false, 8, true));
    }

    @Test
    void aLostConnectionLeavesTheRowRunningUntilTheNextRunClosesItAsInterrupted() throws SQLException {
        files.addOutsideTransaction("l1", "", "Lost", "CREATE TABLE l1 (x INTEGER);\n"
                + "SELECT pg_terminate_backend(pg_backend_pid());\nINSERT INTO l1 VALUES (1);", "DROP TABLE l1;");

        assertThatThrownBy(() -> builder().build().upgrade())
                .hasMessageStartingWith("upgrade of l1 (Lost) lost its connection at ")
                .hasMessageContaining("Whether that statement took effect is not known. Its journal row stays 'running'");
        assertThat(database.query("SELECT state, statements_done FROM migrate_history")).containsExactly(
                List.of("running", 1));

        Migrator next = builder().build();
        assertThatThrownBy(next::upgrade).hasMessageContaining("l1 (Lost) was interrupted: ")
                .hasMessageContaining("statement 2 (from line 9) was running when the run stopped and did not take "
                        + "effect");
        assertThat(listener.warnings).contains("The upgrade of l1 (journal row 1) never finished: its process stopped "
                + "while it ran. Its journal row is now closed as interrupted.");
        assertThat(database.query("SELECT state, statements_done FROM migrate_history")).containsExactly(
                List.of("interrupted", 1));
    }

    @Test
    void aJournalWrittenBeforeServerSessionsWereRecordedGetsTheColumnUnderTheLock() throws SQLException {
        try (Connection connection = database.connect(); Statement st = connection.createStatement()) {
            new VersionStore(new PostgresDialect(), null).createTables(connection);
            st.execute("ALTER TABLE migrate_history DROP COLUMN server_session");
        }
        files.addOutsideTransaction("f1", "", "Rows", "CREATE TABLE f1 (x INTEGER);\nINSERT INTO f1 VALUES (1);",
                "DROP TABLE f1;");

        assertThat(builder().build().status().pending()).hasSize(1);
        builder().build().upgrade();

        assertThat(database.query("SELECT state, server_session LIKE '%@%' FROM migrate_history"))
                .containsExactly(List.of("completed", true));
    }
}
