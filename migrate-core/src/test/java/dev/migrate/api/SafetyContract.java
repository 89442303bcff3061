package dev.migrate.api;

import dev.migrate.report.IntegrityProblem;
import dev.migrate.report.RepairResult;
import dev.migrate.report.StatusReport;
import dev.migrate.report.UpgradeResult;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.PausingListener;
import dev.migrate.testing.RecordingListener;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/**
 * Checksums, failed states, resume, repair, transaction modes and the lock as users meet them through the
 * {@link Migrator}; the same suite for every dialect, each test on an empty database.
 */
abstract class SafetyContract {

    static final String USER = System.getProperty("user.name");

    @TempDir
    Path directory;

    MigrationFiles files;
    RecordingListener listener;
    Path authors;
    Path books;

    abstract TestDatabase database();

    /** Whether the dialect rolls DDL back with the transaction. */
    abstract boolean transactionalDdl();

    /** How migrate names the database in messages, where its DDL is not transactional. */
    String nonTransactionalName() {
        return "H2";
    }

    @BeforeEach
    void writeRevisions() {
        files = new MigrationFiles(directory.resolve("migrations"));
        listener = new RecordingListener();
        authors = files.add("a1", "", "Create authors",
                "CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);", "DROP TABLE authors;");
        books = files.add("b2", "a1", "Create books",
                "CREATE TABLE books (id INTEGER PRIMARY KEY,\n    title VARCHAR(200) NOT NULL);", "DROP TABLE books;");
        files.add("c3", "b2", "Seed authors", "INSERT INTO authors (id, name) VALUES (1, 'Le Guin');",
                "DELETE FROM authors;");
    }

    Migrator.Builder configure() {
        TestDatabase db = database();
        return Migrator.configure().url(db.url()).user(db.user()).password(db.password())
                .migrationsDirectory(files.directory()).listener(listener);
    }

    Migrator migrator() {
        return configure().build();
    }

    static ErrorKind kindOf(Throwable e) {
        return ((MigrateException) e).kind();
    }

    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** Marks a file's upgrade section {@code transaction:false}. */
    static Path outsideTransaction(Path file) throws IOException {
        edit(file, "-- migrate:upgrade\n", "-- migrate:upgrade transaction:false\n");
        return file;
    }

    /** d4: four statements outside a transaction; the third fails. Lines 8-11. */
    Path failingReviews() throws IOException {
        return outsideTransaction(files.add("d4", "c3", "Reviews", """
                CREATE TABLE reviews (id INTEGER PRIMARY KEY);
                INSERT INTO reviews (id) VALUES (1);
                INSERT INTO no_such_table (id) VALUES (2);
                CREATE TABLE review_notes (id INTEGER);""", "DROP TABLE review_notes;\nDROP TABLE reviews;"));
    }

    String location(Path file) {
        return files.directory() + "/" + file.getFileName();
    }

    // --------------------------------------------------------------------------------------------- checksums

    @Test
    void anEditedAppliedRevisionStopsUpgradeNamingTheFirstChangedLine() throws Exception {
        migrator().upgrade("b2");
        edit(books, "title VARCHAR(200)", "title VARCHAR(250)");

        assertThatThrownBy(() -> migrator().upgrade())
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.CHECKSUM_MISMATCH))
                .hasMessageStartingWith("cannot upgrade, nothing was changed: b2 (Create books) changed after it was "
                        + "applied: " + location(books) + " differs from the text applied (upgrade) on ")
                .hasMessageContaining(" by " + USER + ", first at line 9:\n"
                        + "      was:     title VARCHAR(200) NOT NULL);\n"
                        + "      now:     title VARCHAR(250) NOT NULL);")
                .hasMessageContaining("run migrate:repair to accept it")
                .hasMessageContaining("-Dmigrate.validateChecksums=false skips this check");
        assertThat(database().versionRows()).containsExactly("b2");
        assertThat(database().query("SELECT count(*) FROM authors")).containsExactly(List.of(0L));

        assertThatThrownBy(() -> migrator().downgrade("-1"))
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.CHECKSUM_MISMATCH))
                .hasMessageStartingWith("cannot downgrade, nothing was changed: b2 (Create books) changed");
        assertThat(database().versionRows()).containsExactly("b2");

        StatusReport status = migrator().status();
        assertThat(status.isHealthy()).isFalse();
        assertThat(status.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(IntegrityProblem.Kind.CHECKSUM);
            assertThat(problem.revision()).isEqualTo("b2");
            assertThat(problem.location()).isEqualTo(location(books));
            assertThat(problem.line()).isEqualTo(9);
        });
        assertThat(status.toText()).anyMatch(line -> line.startsWith("Changed:     b2 (Create books) changed after"));
        assertThat(status.toJson()).contains("\"kind\": \"checksum\"").contains("\"line\": 9");
    }

    @Test
    void aWindowsCheckoutWithBomAndCrlfIsNotAnEdit() throws Exception {
        migrator().upgrade("b2");
        String text = Files.readString(books).replace("\n", "\r\n");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Files.write(books, bytes);

        assertThat(migrator().status().isHealthy()).isTrue();
        assertThat(migrator().upgrade().headsAfter()).containsExactly("c3");
    }

    @Test
    void theEscapeHatchWarnsAndGoesOn() throws Exception {
        migrator().upgrade("b2");
        edit(books, "title VARCHAR(200)", "title VARCHAR(250)");

        UpgradeResult result = configure().validateChecksums(false).build().upgrade();

        assertThat(result.headsAfter()).containsExactly("c3");
        assertThat(listener.warnings).anyMatch(w -> w.startsWith("b2 (Create books) changed after it was applied")
                && w.endsWith("(not checked: migrate.validateChecksums = false)"));
        assertThat(configure().validateChecksums(false).build().status().isHealthy()).isTrue();
        assertThat(migrator().status().isHealthy()).isFalse();
    }

    @Test
    void repairAcceptsTheEditAndJournalsWhoAndWhen() throws Exception {
        migrator().upgrade("b2");
        edit(books, "title VARCHAR(200)", "title VARCHAR(250)");

        assertThatThrownBy(() -> migrator().repair())
                .hasMessageStartingWith("cannot repair: the edit of applied revision b2 changes what it runs, not only "
                        + "its layout or comments; nothing was repaired:")
                .hasMessageContaining("VARCHAR(200)").hasMessageContaining("VARCHAR(250)")
                .hasMessageContaining("The database ran the old statements, so it may differ from the file.")
                .hasMessageContaining("migrate:repair -Dmigrate.repairReason=\"<why>\"");
        assertThat(database().query("SELECT count(*) FROM migrate_history WHERE direction = 'repair'").get(0).get(0)
                .toString()).isEqualTo("0");

        RepairResult repaired = migrator().repair("widened by hand in production, ticket 42");

        assertThat(repaired.actions()).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(IntegrityProblem.Kind.CHECKSUM);
            assertThat(action.revision()).isEqualTo("b2");
            assertThat(action.description()).startsWith("Accepted the edited file of b2 (" + location(books)
                    + "): checksum ").endsWith("Reason: widened by hand in production, ticket 42");
        });
        assertThat(database().query("SELECT message FROM migrate_history WHERE direction = 'repair'").get(0).get(0)
                .toString()).contains("Reason: widened by hand in production, ticket 42");
        assertThat(database().query("SELECT direction, state, applied_by, checksum, script FROM migrate_history "
                + "WHERE revision = 'b2' ORDER BY id"))
                .extracting(row -> row.subList(0, 3))
                .containsExactly(List.of("upgrade", "completed", USER), List.of("repair", "completed", USER));
        assertThat(database().query("SELECT script FROM migrate_history WHERE direction = 'repair'"))
                .containsExactly(List.of(Files.readString(books)));
        assertThat(database().versionRows()).as("repair never moves version rows").containsExactly("b2");

        assertThat(migrator().status().isHealthy()).isTrue();
        assertThat(migrator().upgrade().headsAfter()).containsExactly("c3");
        assertThat(migrator().repair().nothingToDo()).isTrue();
        assertThat(listener.infos).contains("Nothing to repair: no revision is in a failed state and every applied "
                + "revision's file has the checksum it was applied with.");
    }

    @Test
    void repairAcceptsAnEditOfLayoutAndCommentsWithoutAReason() throws Exception {
        migrator().upgrade("b2");
        edit(books, "title VARCHAR(200)", "title   varchar(200) -- the title, as printed\n");

        RepairResult repaired = migrator().repair();

        assertThat(repaired.actions()).singleElement().satisfies(action ->
                assertThat(action.description()).doesNotContain("Reason:"));
        assertThat(migrator().status().isHealthy()).isTrue();
    }

    @Test
    void repairOnAnEmptyDatabaseCreatesNothing() throws SQLException {
        assertThat(migrator().repair().nothingToDo()).isTrue();
        assertThat(database().tableExists("migrate_version")).isFalse();
        assertThat(database().tableExists("migrate_history")).isFalse();
        assertThat(database().tableExists("migrate_lock")).isFalse();
    }

    // -------------------------------------------------------------------------------------- partial failure

    @Test
    void aPartlyAppliedRevisionIsRecordedAndBlocksEveryRunUntilDealtWith() throws Exception {
        Path reviews = failingReviews();

        assertThatThrownBy(() -> migrator().upgrade())
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.MIGRATION_FAILED))
                .hasMessageStartingWith("upgrade of d4 (Reviews) failed at " + location(reviews) + ":10\n"
                        + "  statement: INSERT INTO no_such_table (id) VALUES (2)\n")
                .hasMessageContaining("  2 of 4 statements had completed (lines 8-9) and stay applied, because the "
                        + "section runs outside a transaction (transaction:false); statements 3-4 (from line 10) did "
                        + "not run. The 3 revision(s) before it stay applied.\n"
                        + "  d4 is marked failed, and migrate runs nothing more until you either\n"
                        + "    - fix the file (leaving the 2 completed statements as they are) and run upgrade again "
                        + "with -Dmigrate.resume=true, which runs statements 3-4 (from line 10), or\n"
                        + "    - apply statement 3 (from line 10) by hand (as it should have been), then run upgrade "
                        + "again with -Dmigrate.resume=skip, which counts it as done and runs statement 4, or\n"
                        + "    - undo what the completed statements did, by hand, then run migrate:repair and upgrade "
                        + "again, which runs d4 from its first statement.");
        assertThat(database().versionRows()).containsExactly("c3");
        assertThat(database().query("SELECT id FROM reviews")).containsExactly(List.of(1));
        assertThat(database().tableExists("review_notes")).isFalse();
        assertThat(database().query("SELECT state, success, statements_total, statements_done, error_line "
                + "FROM migrate_history WHERE revision = 'd4'")).containsExactly(List.of("failed", false, 4, 2, 10));

        for (Runnable run : List.<Runnable>of(() -> migrator().upgrade(), () -> migrator().downgrade("-1"))) {
            assertThatThrownBy(run::run)
                    .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.FAILED_STATE))
                    .hasMessageContaining("d4 (Reviews) is partly applied: its upgrade by " + USER + " on ")
                    .hasMessageContaining(" failed at " + location(reviews) + ":10: ")
                    .hasMessageContaining("2 of 4 statements had completed (lines 8-9) and stay applied")
                    .hasMessageContaining("-Dmigrate.resume=true")
                    .hasMessageContaining("migrate:repair");
        }
        assertThat(database().versionRows()).containsExactly("c3");
        StatusReport status = migrator().status();
        assertThat(status.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(IntegrityProblem.Kind.FAILED);
            assertThat(problem.line()).isEqualTo(10);
        });
        assertThat(status.toText()).anyMatch(line -> line.startsWith("Failed:      d4 (Reviews) is partly applied"));
    }

    @Test
    void resumeRunsOnlyTheStatementsAfterTheCompletedOnes() throws Exception {
        Path reviews = failingReviews();
        assertThatThrownBy(() -> migrator().upgrade()).isInstanceOf(MigrateException.class);
        edit(reviews, "INSERT INTO no_such_table (id) VALUES (2);", "INSERT INTO reviews (id) VALUES (2);");

        UpgradeResult result = configure().resume(true).build().upgrade();

        assertThat(result.headsAfter()).containsExactly("d4");
        assertThat(database().query("SELECT id FROM reviews ORDER BY id")).containsExactly(List.of(1), List.of(2));
        assertThat(database().tableExists("review_notes")).isTrue();
        assertThat(listener.infos).anyMatch(line -> line.startsWith("Resuming the upgrade of d4 (Reviews) at "
                + "statement 3 of 4 (" + location(reviews) + ":10): statements 1-2 completed in the failed run of "));
        assertThat(database().query("SELECT state, statements_done FROM migrate_history WHERE revision = 'd4' "
                + "ORDER BY id")).containsExactly(List.of("failed", 2), List.of("completed", 4));
        assertThat(migrator().status().isHealthy()).isTrue();
        assertThat(migrator().upgrade().nothingToDo()).isTrue();
    }

    @Test
    void resumeRefusesWhenACompletedStatementChanged() throws Exception {
        Path reviews = failingReviews();
        assertThatThrownBy(() -> migrator().upgrade()).isInstanceOf(MigrateException.class);
        edit(reviews, "INSERT INTO reviews (id) VALUES (1);", "INSERT INTO reviews (id) VALUES (10);");

        assertThatThrownBy(() -> configure().resume(true).build().upgrade())
                .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.FAILED_STATE))
                .hasMessage("cannot resume d4: statement 2 (" + location(reviews) + ":9) completed in the failed run, "
                        + "but it has changed since (it was: INSERT INTO reviews (id) VALUES (1)). Resume runs only the "
                        + "statements after the completed ones, so those must stay as they ran; put it back, or undo "
                        + "the completed statements by hand and run migrate:repair");
        assertThat(database().query("SELECT id FROM reviews")).containsExactly(List.of(1));
        assertThat(database().query("SELECT count(*) FROM migrate_history")).containsExactly(List.of(4L));
    }

    @Test
    void repairClearsTheFailedStateAndTheNextRunStartsOver() throws Exception {
        Path reviews = failingReviews();
        assertThatThrownBy(() -> migrator().upgrade()).isInstanceOf(MigrateException.class);
        database().execute("DROP TABLE reviews");
        edit(reviews, "INSERT INTO no_such_table (id) VALUES (2);", "INSERT INTO reviews (id) VALUES (2);");

        RepairResult repaired = migrator().repair();

        assertThat(repaired.actions()).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(IntegrityProblem.Kind.FAILED);
            assertThat(action.description()).startsWith("Cleared the failed state of d4: its upgrade of ")
                    .endsWith(" failed after 2 of 4 statements; the next upgrade runs it from its first statement.");
        });
        assertThat(migrator().upgrade().headsAfter()).containsExactly("d4");
        assertThat(database().query("SELECT id FROM reviews ORDER BY id")).containsExactly(List.of(1), List.of(2));
    }

    @Test
    void aRevisionThatFailsAtItsFirstStatementLeavesNothingToRepair() throws Exception {
        outsideTransaction(files.add("d4", "c3", "Broken at once", "INSERT INTO no_such_table (id) VALUES (1);", ""));

        assertThatThrownBy(() -> migrator().upgrade())
                .hasMessageContaining("Nothing of d4 remains: none of its statements had completed.");
        assertThat(database().query("SELECT state FROM migrate_history WHERE revision = 'd4'"))
                .containsExactly(List.of("rolled_back"));
        assertThat(migrator().status().isHealthy()).isTrue();
    }

    @Test
    void aFailedTransactionalRevisionWithDdlIsPartlyAppliedOnlyWithoutTransactionalDdl() throws Exception {
        files.add("d4", "c3", "Ratings", "CREATE TABLE ratings (id INTEGER);\nINSERT INTO nowhere VALUES (1);",
                "DROP TABLE ratings;");

        assertThatThrownBy(() -> migrator().upgrade()).isInstanceOf(MigrateException.class);

        if (transactionalDdl()) {
            assertThat(database().tableExists("ratings")).isFalse();
            assertThat(migrator().status().isHealthy()).isTrue();
            database().execute("CREATE TABLE nowhere (id INTEGER)");
            assertThat(migrator().upgrade().headsAfter()).as("a rolled-back revision simply runs again")
                    .containsExactly("d4");
        } else {
            assertThat(database().tableExists("ratings")).isTrue();
            assertThatThrownBy(() -> migrator().upgrade())
                    .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.FAILED_STATE))
                    .hasMessageContaining("1 of 2 statements had completed (line 8) and stays applied, because "
                            + nonTransactionalName() + " cannot roll back DDL, so migrate commits each statement as it completes; statement 2 "
                            + "(from line 9) did not run.");
        }
    }

    // --------------------------------------------------------------------------------------------- journal

    @Test
    void theJournalKeepsEachFileAsItRanAndHowEachStepEnded() throws Exception {
        migrator().upgrade();
        migrator().downgrade("-1");

        assertThat(database().query("SELECT revision, direction, state, success FROM migrate_history ORDER BY id"))
                .containsExactly(List.of("a1", "upgrade", "completed", true), List.of("b2", "upgrade", "completed", true),
                        List.of("c3", "upgrade", "completed", true), List.of("c3", "downgrade", "completed", true));
        assertThat(database().query("SELECT script FROM migrate_history WHERE revision = 'a1'"))
                .containsExactly(List.of(Files.readString(authors)));
    }

    // ---------------------------------------------------------------------------------------------- locking

    @Test
    void aSecondUpgradeWaitsForTheLockReportingItsHolderAndGivesUpAfterTheTimeout() throws Exception {
        PausingListener paused = PausingListener.atStartOf("b2");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<UpgradeResult> first = pool.submit(() -> configure().listener(paused).build().upgrade());
            assertThat(paused.awaitArrival()).isTrue();

            RecordingListener second = new RecordingListener();
            assertThatThrownBy(() -> configure().listener(second).lockTimeout(Duration.ofMillis(600)).build().upgrade())
                    .satisfies(e -> assertThat(kindOf(e)).isEqualTo(ErrorKind.LOCK_TIMEOUT))
                    .hasMessageStartingWith("cannot migrate " + database().url().replaceAll("password=[^&;]*", "password=****")
                            + ": the migration lock (")
                    .hasMessageContaining(") is still held by ")
                    .hasMessageContaining(" after waiting 600 ms (migrate.lockTimeout). Another migrate is working on "
                            + "this database");
            assertThat(second.infos).anyMatch(line -> line.startsWith("Waiting for the migration lock (")
                    && line.contains("): held by ") && line.endsWith("of 600 ms (migrate.lockTimeout)."));

            paused.release();
            assertThat(first.get(30, TimeUnit.SECONDS).headsAfter()).containsExactly("c3");
        } finally {
            paused.release();
            pool.shutdownNow();
        }
        assertThat(database().query("SELECT count(*) FROM migrate_history")).containsExactly(List.of(3L));
        assertThat(migrator().upgrade().nothingToDo()).isTrue();
    }

    @Test
    void anUpToDateDatabaseIsCheckedWithoutTakingTheLock() throws Exception {
        migrator().upgrade();
        PausingListener paused = PausingListener.atStartOf("d4");
        files.add("d4", "c3", "More", "CREATE TABLE more_things (id INTEGER);", "DROP TABLE more_things;");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<UpgradeResult> holder = pool.submit(() -> configure().listener(paused).build().upgrade());
            assertThat(paused.awaitArrival()).isTrue();

            assertThat(configure().lockTimeout(Duration.ZERO).build().upgrade("c3").nothingToDo()).isTrue();
            assertThat(configure().lockTimeout(Duration.ZERO).build().status().pending()).isNotEmpty();

            paused.release();
            holder.get(30, TimeUnit.SECONDS);
        } finally {
            paused.release();
            pool.shutdownNow();
        }
    }
}
