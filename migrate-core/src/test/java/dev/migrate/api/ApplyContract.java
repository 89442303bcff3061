package dev.migrate.api;

import dev.migrate.report.DowngradeResult;
import dev.migrate.report.HistoryReport;
import dev.migrate.report.MigrationEvent;
import dev.migrate.report.StatusReport;
import dev.migrate.report.UpgradeResult;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.RecordingListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Apply and rollback through the {@link Migrator}, the same suite for every dialect: subclasses supply a fresh,
 * empty database per test.
 */
abstract class ApplyContract {

    @TempDir
    Path directory;

    MigrationFiles files;
    RecordingListener listener;

    /** An empty database for this test. */
    abstract dev.migrate.testing.TestDatabase database();

    String url() {
        return database().url();
    }

    String user() {
        return database().user();
    }

    String password() {
        return database().password();
    }

    /** Whether the dialect rolls DDL back with the transaction. */
    abstract boolean transactionalDdl();

    Connection connect() throws SQLException {
        return database().connect();
    }

    @BeforeEach
    void writeBookshop() {
        files = new MigrationFiles(directory.resolve("migrations"));
        listener = new RecordingListener();
        files.add("a1", "", "Create authors",
                "CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);",
                "DROP TABLE authors;");
        files.add("b2", "a1", "Create books",
                "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors (id),\n"
                        + "    title VARCHAR(200) NOT NULL, price_cents INTEGER);",
                "DROP TABLE books;");
        files.add("c3", "b2", "Seed and reprice",
                "INSERT INTO authors (id, name) VALUES (1, 'Ursula K. Le Guin'), (2, 'Terry Pratchett');\n"
                        + "INSERT INTO books (id, author_id, title, price_cents) VALUES (1, 1, 'The Dispossessed', 1200),"
                        + " (2, 2, 'Small Gods; a novel', 900);\n"
                        + "UPDATE books SET price_cents = price_cents + 100;",
                "DELETE FROM books WHERE id IN (1, 2);\nDELETE FROM authors WHERE id IN (1, 2);");
    }

    Migrator migrator() {
        return Migrator.configure().url(url()).user(user()).password(password())
                .migrationsDirectory(files.directory()).listener(listener).build();
    }

    // ---------------------------------------------------------------------------------------------- upgrade

    @Test
    void upgradeToHeadAppliesEveryRevisionInOrderAndRecordsThem() throws SQLException {
        UpgradeResult result = migrator().upgrade();

        assertThat(result.migrations()).extracting(m -> m.revision().revision()).containsExactly("a1", "b2", "c3");
        assertThat(result.headsBefore()).isEmpty();
        assertThat(result.headsAfter()).containsExactly("c3");
        assertThat(versionRows()).containsExactly("c3");
        assertThat(query("SELECT title, price_cents FROM books ORDER BY id"))
                .containsExactly(List.of("The Dispossessed", 1300), List.of("Small Gods; a novel", 1000));
        assertThat(query("SELECT revision, direction, success, statements_total, statements_done FROM migrate_history ORDER BY id"))
                .containsExactly(List.of("a1", "upgrade", true, 1, 1), List.of("b2", "upgrade", true, 1, 1),
                        List.of("c3", "upgrade", true, 3, 3));
        assertThat(query("SELECT checksum FROM migrate_history")).allSatisfy(row ->
                assertThat((String) row.get(0)).matches("[0-9a-f]{64}"));
        assertThat(listener.events).filteredOn(MigrationEvent.Finished.class::isInstance).hasSize(3);
    }

    @Test
    void upgradeAgainHasNothingToDo() {
        migrator().upgrade();
        UpgradeResult again = migrator().upgrade();

        assertThat(again.nothingToDo()).isTrue();
        assertThat(listener.infos).anyMatch(line -> line.contains("already at c3"));
    }

    @Test
    void upgradeToARevisionOrPrefixStopsThere() throws SQLException {
        migrator().upgrade("a1");
        assertThat(versionRows()).containsExactly("a1");

        migrator().upgrade("b");
        assertThat(versionRows()).containsExactly("b2");
        assertThat(migrator().status().pending()).extracting(r -> r.revision()).containsExactly("c3");
    }

    @Test
    void upgradeRelativeStepsOneAtATime() throws SQLException {
        migrator().upgrade("+1");
        assertThat(versionRows()).containsExactly("a1");
        migrator().upgrade("+2");
        assertThat(versionRows()).containsExactly("c3");
        assertThatThrownBy(() -> migrator().upgrade("+1"))
                .isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.TARGET))
                .hasMessageContaining("only 0 revision(s) above c3");
    }

    @Test
    void failingMigrationStopsTheUpgradeAndKeepsEarlierRevisions() throws SQLException {
        files.add("d4", "c3", "Broken",
                "CREATE TABLE reviews (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);",
                "DROP TABLE reviews;");
        files.add("e5", "d4", "Never reached", "CREATE TABLE never (id INTEGER);", "DROP TABLE never;");

        assertThatThrownBy(() -> migrator().upgrade())
                .isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.MIGRATION_FAILED))
                .hasMessageContaining("upgrade of d4 (Broken) failed at ")
                .hasMessageContaining("_broken.sql:9")
                .hasMessageContaining("INSERT INTO no_such_table");

        assertThat(versionRows()).containsExactly("c3");
        assertThat(tableExists("never")).isFalse();
        assertThat(query("SELECT revision, success, statements_done, error_line FROM migrate_history WHERE revision = 'd4'"))
                .containsExactly(List.of("d4", false, 1, 9));
        if (transactionalDdl()) {
            assertThat(tableExists("reviews")).as("the failed revision is rolled back completely").isFalse();
        } else {
            assertThat(tableExists("reviews")).as("DDL commits on its own here").isTrue();
        }
    }

    // -------------------------------------------------------------------------------------------- downgrade

    @Test
    void downgradeOneStepRunsTheDowngradeSection() throws SQLException {
        migrator().upgrade();

        DowngradeResult result = migrator().downgrade("-1");

        assertThat(result.migrations()).extracting(m -> m.revision().revision()).containsExactly("c3");
        assertThat(versionRows()).containsExactly("b2");
        assertThat(query("SELECT count(*) FROM books")).containsExactly(List.of(0L));
        assertThat(query("SELECT direction FROM migrate_history ORDER BY id DESC")).first().isEqualTo(List.of("downgrade"));
    }

    @Test
    void downgradeToARevisionAndToBase() throws SQLException {
        migrator().upgrade();

        migrator().downgrade("a1");
        assertThat(versionRows()).containsExactly("a1");
        assertThat(tableExists("books")).isFalse();
        assertThat(tableExists("authors")).isTrue();

        DowngradeResult all = migrator().downgrade("base");
        assertThat(all.migrations()).extracting(m -> m.revision().revision()).containsExactly("a1");
        assertThat(versionRows()).isEmpty();
        assertThat(tableExists("authors")).isFalse();
        assertThat(query("SELECT count(*) FROM migrate_history")).containsExactly(List.of(6L));
    }

    @Test
    void dataMigrationRowsSurviveLaterRevisionsGoingUpAndDown() throws SQLException {
        files.add("d4", "c3", "Add isbn", "ALTER TABLE books ADD COLUMN isbn VARCHAR(20);",
                "ALTER TABLE books DROP COLUMN isbn;");
        migrator().upgrade();
        migrator().downgrade("-1");

        assertThat(query("SELECT title FROM books ORDER BY id"))
                .containsExactly(List.of("The Dispossessed"), List.of("Small Gods; a novel"));
    }

    @Test
    void downgradeRefusesToPassARevisionWithoutDowngradeSectionAndChangesNothing() throws SQLException {
        files.addWithoutDowngrade("d4", "c3", "One way", "CREATE TABLE audit (id INTEGER);");
        files.add("e5", "d4", "After", "CREATE TABLE after_table (id INTEGER);", "DROP TABLE after_table;");
        migrator().upgrade();

        assertThatThrownBy(() -> migrator().downgrade("c3"))
                .isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.REFUSED))
                .hasMessageContaining("d4 (")
                .hasMessageContaining("no '-- migrate:downgrade' section")
                .hasMessageContaining("nothing was changed");
        assertThat(versionRows()).containsExactly("e5");
        assertThat(tableExists("after_table")).isTrue();
    }

    @Test
    void downgradeWithNothingAppliedIsANoOp() {
        DowngradeResult result = migrator().downgrade("-1");
        assertThat(result.nothingToDo()).isTrue();
    }

    // ------------------------------------------------------------------------------------------ reports, state

    @Test
    void statusReportsCurrentHeadsAndPending() {
        StatusReport before = migrator().status();
        assertThat(before.isUpToDate()).isFalse();
        assertThat(before.current()).isEmpty();
        assertThat(before.pending()).extracting(r -> r.revision()).containsExactly("a1", "b2", "c3");

        migrator().upgrade("b2");
        StatusReport after = migrator().status();
        assertThat(after.current()).extracting(r -> r.revision()).containsExactly("b2");
        assertThat(after.heads()).extracting(r -> r.revision()).containsExactly("c3");
        assertThat(after.pending()).extracting(r -> r.revision()).containsExactly("c3");
        assertThat(after.toJson()).contains("\"upToDate\": false").contains("\"current\": [\"b2\"]");

        migrator().upgrade();
        assertThat(migrator().status().isUpToDate()).isTrue();
    }

    @Test
    void historyListsNewestFirstWithAppliedFlags() {
        migrator().upgrade("b2");

        HistoryReport history = migrator().history();

        assertThat(history.entries()).extracting(e -> e.revision().revision()).containsExactly("c3", "b2", "a1");
        assertThat(history.entries()).extracting(e -> e.applied()).containsExactly(false, true, true);
        assertThat(history.entries().get(1).current()).isTrue();
        assertThat(history.entries().get(0).head()).isTrue();
        assertThat(history.toText(false).get(0)).isEqualTo("* b2 -> c3 (head), Seed and reprice");
    }

    @Test
    void aRevisionUnknownToTheFilesIsAnError() throws SQLException {
        migrator().upgrade();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("UPDATE migrate_version SET revision = 'feature_x'");
        }

        assertThatThrownBy(() -> migrator().upgrade())
                .isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.DATABASE_STATE))
                .hasMessageContaining("the database is at feature_x, which is not in ")
                .hasMessageContaining("are you on the right branch?");
        assertThatThrownBy(() -> migrator().status()).hasMessageContaining("feature_x");
    }

    @Test
    void branchesAndMergesKeepOneVersionRowPerHead() throws SQLException {
        files.add("x1", "c3", "Branch x", "CREATE TABLE x_table (id INTEGER);", "DROP TABLE x_table;");
        files.add("y1", "c3", "Branch y", "CREATE TABLE y_table (id INTEGER);", "DROP TABLE y_table;");

        assertThatThrownBy(() -> migrator().upgrade())
                .hasMessageContaining("'head' is ambiguous: the heads are x1 (")
                .hasMessageContaining("migrate:merge");

        migrator().upgrade("x1");
        assertThat(versionRows()).containsExactly("x1");
        migrator().upgrade("heads");
        assertThat(versionRows()).containsExactlyInAnyOrder("x1", "y1");

        files.add("m1", "x1, y1", "Merge", "", "");
        migrator().upgrade();
        assertThat(versionRows()).containsExactly("m1");

        migrator().downgrade("-1");
        assertThat(versionRows()).containsExactlyInAnyOrder("x1", "y1");
    }

    @Test
    void badFilesFailBeforeTheDatabaseIsTouched() throws SQLException {
        files.write("20261121_1000-zz_broken.sql", "-- Broken\n--\n-- Revision ID: zz\n-- Revises: c3\n\n"
                + "-- migrate:upgrade\nINSERT INTO authors VALUES (3, 'unterminated);\n");

        assertThatThrownBy(() -> migrator().upgrade())
                .isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.SCRIPT))
                .hasMessageContaining("20261121_1000-zz_broken.sql:7: unterminated string literal");
        assertThat(tableExists("migrate_version")).isFalse();
        assertThat(tableExists("authors")).isFalse();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    List<String> versionRows() throws SQLException {
        return database().versionRows();
    }

    boolean tableExists(String name) throws SQLException {
        return database().tableExists(name);
    }

    List<List<Object>> query(String sql) throws SQLException {
        return database().query(sql);
    }

    @Test
    void onAFreshDatabaseTheRevisionsRunInTheConfiguredSchema() throws SQLException {
        Migrator.configure().url(url()).user(user()).password(password()).migrationsDirectory(files.directory())
                .schema("shop").listener(listener).build().upgrade();

        assertThat(database().query("SELECT lower(table_schema), lower(table_name) FROM information_schema.tables "
                + "WHERE lower(table_name) IN ('authors', 'books', 'migrate_version') ORDER BY 2"))
                .containsExactly(List.of("shop", "authors"), List.of("shop", "books"), List.of("shop", "migrate_version"));
    }

    @Test
    void aConfiguredSchemaThatDiffersOnlyByCaseFromAnExistingOneIsWarnedAbout() throws SQLException {
        database().execute("CREATE SCHEMA \"Shop\"");
        Migrator.Builder shop = Migrator.configure().url(url()).user(user()).password(password())
                .migrationsDirectory(files.directory()).listener(listener);

        shop.schema("Shop").build().status();

        assertThat(listener.warnings).singleElement().asString().startsWith("migrate.schema = Shop names schema ")
                .contains(", which does not exist, but \"Shop\" does: the names differ only by case")
                .contains("Writing goals would create ");

        listener.warnings.clear();
        shop.schema("Other").build().status();
        assertThat(listener.warnings).as("no schema differs from Other only by case").isEmpty();
    }

    @Test
    void aFailingRevisionThatOnlyChangesRowsLeavesNothingOnEveryDatabase() throws SQLException {
        migrator().upgrade();
        files.add("d4", "c3", "Reprice", "UPDATE books SET price_cents = 1;\nINSERT INTO books (id) VALUES (1);",
                "SELECT 1;");

        assertThatThrownBy(() -> migrator().upgrade())
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("Nothing of d4 remains: it was rolled back.");

        assertThat(database().query("SELECT count(*) FROM books WHERE price_cents = 1")).containsExactly(List.of(0L));
        assertThat(database().query("SELECT state FROM migrate_history WHERE revision = 'd4'"))
                .containsExactly(List.of("rolled_back"));
    }
}
