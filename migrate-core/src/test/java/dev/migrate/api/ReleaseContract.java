package dev.migrate.api;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaSupport;
import dev.migrate.report.OfflineSql;
import dev.migrate.schema.diff.DiffResult;
import dev.migrate.schema.diff.RenameHints;
import dev.migrate.schema.diff.SchemaDiffer;
import dev.migrate.schema.introspect.IntrospectOptions;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.RecordingListener;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a release pipeline relies on, the same suite for every dialect: offline SQL that, run by the database's own
 * tool, leaves the database exactly where upgrade and downgrade would; and {@code migrate.allowDestructive=false},
 * which refuses data loss before anything is changed.
 */
abstract class ReleaseContract {

    /** The journal columns that must agree between a run and its script (not who, when or how long). */
    private static final String JOURNAL = "SELECT revision, direction, state, success, checksum, message, "
            + "statements_total, statements_done, error_line, error_message, script FROM migrate_history ORDER BY id";

    @TempDir
    Path project;

    MigrationFiles files;
    RecordingListener listener;

    /** The database migrate applies revisions to. */
    abstract TestDatabase online();

    /** A second, empty database of the same kind, that only ever gets scripts. */
    abstract TestDatabase offline();

    abstract Dialect dialect();

    /** Runs a script the way a DBA would (psql, H2's RUNSCRIPT); fails the test when it fails. */
    abstract void runScript(TestDatabase database, Path script) throws Exception;

    /** A URL of this kind where no database answers. */
    abstract String unreachableUrl();

    @BeforeEach
    void branchedHistory() {
        files = new MigrationFiles(project.resolve("migrations"));
        listener = new RecordingListener();
        files.add("a1", "", "Authors", """
                CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);
                INSERT INTO authors (id, name) VALUES (1, 'Ann; with a semicolon'), (2, 'O''Brien');""",
                "DROP TABLE authors;");
        files.add("b1", "a1", "Books", """
                CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id),
                    title VARCHAR(200)); -- the books
                CREATE INDEX books_author_idx ON books (author_id);""",
                "DROP TABLE books;");
        files.add("c1", "a1", "Birthdays", "ALTER TABLE authors ADD COLUMN born DATE;",
                "ALTER TABLE authors DROP COLUMN born;");
        files.add("m1", "b1,c1", "Merge books and birthdays", "", "");
        files.add("d1", "m1", "Ann's birthday", "UPDATE authors SET born = DATE '1970-01-01' WHERE id = 1;",
                "UPDATE authors SET born = NULL WHERE id = 1;");
    }

    Migrator migrator(TestDatabase database) {
        return builder(database).build();
    }

    Migrator.Builder builder(TestDatabase database) {
        return Migrator.configure().url(database.url()).user(database.user()).password(database.password())
                .migrationsDirectory(files.directory()).listener(listener);
    }

    Path write(OfflineSql script) throws Exception {
        return Files.writeString(Files.createTempFile(project, script.direction(), ".sql"), script.sql());
    }

    // ------------------------------------------------------------------------------------------- offline SQL

    @Test
    void theUpgradeScriptLeavesTheDatabaseWhereUpgradeWould() throws Exception {
        migrator(online()).upgrade("heads");

        OfflineSql script = migrator(offline()).upgradeSql("heads", null);

        assertThat(offline().tableExists("migrate_version")).as("writing the script changes nothing").isFalse();
        assertThat(script.fromDatabase()).isTrue();
        assertThat(script.revisions()).extracting(r -> r.revision()).containsExactly("a1", "b1", "c1", "m1", "d1");
        assertThat(script.sql()).contains("-- 1/5 upgrade a1 (Authors): ").contains("CREATE TABLE IF NOT EXISTS");
        runScript(offline(), write(script));
        assertSameState();
    }

    @Test
    void aScriptForAConfiguredSchemaRunsTheRevisionsThere() throws Exception {
        builder(online()).schema("shop").build().upgrade("heads");

        OfflineSql script = builder(offline()).schema("shop").build().upgradeSql("heads", null);

        assertThat(script.sql()).contains(dialect().useSchemaStatement(dialect().foldIdentifier("shop")) + ";");
        runScript(offline(), write(script));
        String tables = "SELECT lower(table_schema), lower(table_name) FROM information_schema.tables "
                + "WHERE lower(table_name) IN ('authors', 'books', 'migrate_version') ORDER BY 2";
        assertThat(offline().query(tables)).isEqualTo(online().query(tables)).hasSize(3)
                .allSatisfy(row -> assertThat(row.get(0)).isEqualTo("shop"));
    }

    @Test
    void aScriptFromTheMiddleStartsWhereTheDatabaseIs() throws Exception {
        migrator(online()).upgrade("b1");
        migrator(offline()).upgrade("b1");
        migrator(online()).upgrade("heads");

        OfflineSql script = migrator(offline()).upgradeSql("heads", null);

        assertThat(script.headsBefore()).containsExactly("b1");
        assertThat(script.revisions()).extracting(r -> r.revision()).containsExactly("c1", "m1", "d1");
        assertThat(script.sql()).doesNotContain("CREATE TABLE IF NOT EXISTS");
        runScript(offline(), write(script));
        assertSameState();
    }

    @Test
    void theDowngradeScriptLeavesTheDatabaseWhereDowngradeWould() throws Exception {
        migrator(online()).upgrade("heads");
        migrator(offline()).upgrade("heads");
        migrator(online()).downgrade("a1");

        OfflineSql script = migrator(offline()).downgradeSql("a1", null);

        assertThat(script.revisions()).extracting(r -> r.revision()).startsWith("d1", "m1")
                .containsExactlyInAnyOrder("d1", "m1", "c1", "b1");
        runScript(offline(), write(script));
        assertSameState();
    }

    @Test
    void withFromNoDatabaseIsNeeded() throws Exception {
        Migrator nowhere = Migrator.configure().url(unreachableUrl()).user("nobody").password("secret")
                .migrationsDirectory(files.directory()).listener(listener).build();

        OfflineSql up = nowhere.upgradeSql("head", "base");
        OfflineSql down = nowhere.downgradeSql("m1", "d1");

        assertThat(up.fromDatabase()).isFalse();
        assertThat(up.sql()).contains("start from migrate.from = base; no database was read");
        migrator(online()).upgrade("heads");
        runScript(offline(), write(up));
        assertSameState();

        assertThat(down.revisions()).extracting(r -> r.revision()).containsExactly("d1");
        assertThat(down.headsAfter()).containsExactly("m1");
        migrator(online()).downgrade("m1");
        runScript(offline(), write(down));
        assertSameState();
    }

    @Test
    void fromMustNameRevisionsThatCouldAllBeVersionRows() {
        Migrator migrator = migrator(online());

        assertThatThrownBy(() -> migrator.upgradeSql("head", "zz9"))
                .isInstanceOf(MigrateException.class)
                .hasMessageStartingWith("migrate.from: ")
                .hasMessageContaining("zz9");
        assertThatThrownBy(() -> migrator.upgradeSql("head", "a1,b1"))
                .isInstanceOf(MigrateException.class)
                .hasMessageStartingWith("migrate.from = a1,b1 names a1, which another revision it names already "
                        + "includes");
        assertThat(migrator.upgradeSql("head", "b1, c1").revisions()).extracting(r -> r.revision())
                .containsExactly("m1", "d1");
    }

    @Test
    void anUpToDateDatabaseGetsAScriptThatDoesNothing() throws Exception {
        migrator(online()).upgrade("heads");

        OfflineSql script = migrator(online()).upgradeSql("heads", null);

        assertThat(script.isEmpty()).isTrue();
        assertThat(script.sql()).contains("-- Nothing to upgrade").doesNotContain("INSERT");
    }

    @Test
    void aScriptIsRefusedForTheSameReasonsAsARun() {
        files.addWithoutDowngrade("e1", "d1", "One way", "DELETE FROM authors WHERE id = 2;");
        migrator(online()).upgrade("heads");

        assertThatThrownBy(() -> migrator(online()).downgradeSql("d1", null))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("cannot downgrade to d1, nothing was changed: e1");
    }

    // -------------------------------------------------------------------------------------- allowDestructive

    @Test
    void allowDestructiveFalseRefusesDataLossBeforeAnythingChanges() throws Exception {
        migrator(online()).upgrade("heads");
        files.add("e1", "d1", "Drop books", "DROP TABLE books;", "CREATE TABLE books (id INTEGER PRIMARY KEY);");
        files.add("e2", "e1", "Forget birthdays", "ALTER TABLE authors DROP COLUMN born;",
                "ALTER TABLE authors ADD COLUMN born DATE;");
        Migrator gated = builder(online()).allowDestructive(false).build();

        assertThatThrownBy(gated::upgrade)
                .isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.REFUSED))
                .hasMessageStartingWith("migrate.allowDestructive = false, and 2 pending revisions (e1, e2) lose "
                        + "data; nothing was changed:")
                .hasMessageContaining("\n  - MG101 ").hasMessageContaining("_drop_books.sql:8 drops table books")
                .hasMessageContaining("\n  - MG102 ").hasMessageContaining("_forget_birthdays.sql:8 drops column")
                .hasMessageContaining("-Dmigrate.allowDestructive=true");
        assertThat(online().versionRows()).containsExactly("d1");
        assertThat(online().tableExists("books")).isTrue();
        assertThatThrownBy(() -> gated.upgradeSql("head", null)).hasMessageContaining("lose data");

        assertThat(migrator(online()).upgrade().migrations()).hasSize(2);
    }

    @Test
    void allowDestructiveFalseLetsThroughWhatLosesNothing() {
        migrator(online()).upgrade("heads");
        files.add("e1", "d1", "Scratch table", "CREATE TABLE scratch (id INTEGER);", "DROP TABLE scratch;");
        files.add("e2", "e1", "Drop the scratch table", "DROP TABLE scratch;", "CREATE TABLE scratch (id INTEGER);");
        files.add("e3", "e2", "Drop books on purpose", "DROP TABLE books; -- migrate:lint-ignore MG101",
                "CREATE TABLE books (id INTEGER PRIMARY KEY);");

        Migrator gated = builder(online()).allowDestructive(false).build();

        assertThat(gated.upgrade().migrations()).hasSize(3);
        assertThat(listener.infos).contains("migrate.allowDestructive = false: the lint finds no statement that "
                + "loses data, or may, in the 3 pending revision(s).");
    }

    @Test
    void allowDestructiveFalseRefusesADowngradeThatLosesData() throws Exception {
        migrator(online()).upgrade("heads");
        Migrator gated = builder(online()).allowDestructive(false).build();

        assertThatThrownBy(() -> gated.downgrade("base"))
                .isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.REFUSED))
                .hasMessageStartingWith("migrate.allowDestructive = false, and downgrading 3 revisions (")
                .hasMessageContaining(") loses data; nothing was changed:")
                .hasMessageContaining("\n  - MG101 ").hasMessageContaining("_authors.sql:")
                .hasMessageContaining(" drops table authors and all its rows.")
                .hasMessageContaining("\n  - MG102 ").hasMessageContaining(" drops column authors.born")
                .hasMessageContaining("Run the downgrade deliberately with -Dmigrate.allowDestructive=true");
        assertThatThrownBy(() -> gated.downgradeSql("base", null)).hasMessageContaining("loses data");
        assertThat(online().versionRows()).containsExactly("d1");
        assertThat(online().query("SELECT count(*) FROM authors")).containsExactly(java.util.List.of(2L));

        assertThat(gated.downgrade("m1").migrations()).as("undoing d1 loses nothing").hasSize(1);
        assertThat(migrator(online()).downgrade("base").migrations()).hasSize(4);
        assertThat(online().tableExists("authors")).isFalse();
    }

    @Test
    void allowDestructiveFalseRefusesADeleteWhoseConditionIsAlwaysTrue() throws SQLException {
        migrator(online()).upgrade("heads");
        files.add("e1", "d1", "Forget authors", "DELETE FROM books WHERE 1 = 1;\nDELETE FROM authors WHERE true;",
                "SELECT 1;");

        assertThatThrownBy(() -> builder(online()).allowDestructive(false).build().upgrade())
                .hasMessageStartingWith("migrate.allowDestructive = false, and pending revision e1 loses data;")
                .hasMessageContaining("deletes every row of books (its WHERE is always true).")
                .hasMessageContaining("deletes every row of authors (its WHERE is always true).");
        assertThat(online().versionRows()).containsExactly("d1");
    }

    @Test
    void backupTablesCopiesWhatEachRevisionLosesJustBeforeItRuns() throws Exception {
        dropBackups(online());
        migrator(online()).upgrade("heads");
        files.add("e1", "d1", "Forget birthdays", "ALTER TABLE authors DROP COLUMN born;",
                "ALTER TABLE authors ADD COLUMN born DATE;");
        files.add("f1", "e1", "Drop books", "DROP TABLE books;",
                "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER, title VARCHAR(200));");
        online().execute("INSERT INTO books (id, author_id, title) VALUES (1, 1, 'First')");

        Migrator backedUp = builder(online()).backup("tables").listener(listener).build();
        assertThat(backedUp.upgrade().migrations()).hasSize(2);
        assertThat(online().query("SELECT id, born FROM migrate_backup.authors__e1 ORDER BY id").get(0).get(1))
                .as("the copy keeps the column e1 drops").isNotNull();
        assertThat(online().query("SELECT title FROM migrate_backup.books__f1")).containsExactly(List.of("First"));
        assertThat(listener.infos).anyMatch(m -> m.startsWith("Backed up books (1 row(s)) as "
                + "migrate_backup.books__f1 before f1 (MG101 "));
        assertThat(backedUp.backups().backups()).extracting(b -> b.name() + " " + b.rows())
                .containsExactly("migrate_backup.authors__e1 2", "migrate_backup.books__f1 1");

        backedUp.downgrade("e1");
        assertThat(listener.infos).anyMatch(m -> m.startsWith("Backup migrate_backup.books__f1 holds the 1 "
                + "row(s) of books as they were before f1 ran"));
        // The restore the message gives works on the table the downgrade made again.
        String restore = backedUp.backups().backups().get(1).restore();
        online().execute(restore);
        assertThat(online().query("SELECT title FROM books")).containsExactly(List.of("First"));

        // Applied again: the earlier copy stays, the new one gets the next name.
        online().execute("DELETE FROM books");
        backedUp.upgrade();
        assertThat(backedUp.backups().backups()).extracting(b -> b.name())
                .containsExactly("migrate_backup.authors__e1", "migrate_backup.books__f1", "migrate_backup.books__f1_2");
        assertThat(backedUp.pruneBackups(1, null).pruned()).hasSize(2);
        assertThat(online().query("SELECT table_name FROM information_schema.tables WHERE lower(table_name) = "
                + "'books__f1'")).isEmpty();
        assertThat(backedUp.backups().backups()).extracting(b -> b.name())
                .containsExactly("migrate_backup.books__f1_2");
    }

    @Test
    void backupDumpWritesTheSchemaBeforeTheFirstRevision() throws Exception {
        dropBackups(online());
        migrator(online()).upgrade("heads");
        files.add("e1", "d1", "Empty books", "TRUNCATE TABLE books;", "SELECT 1;");
        Path directory = project.resolve("dumps");
        Migrator backedUp = builder(online()).backup("dump").backupDirectory(directory).listener(listener).build();
        backedUp.upgrade();
        assertThat(backedUp.backups().backups()).singleElement().satisfies(backup -> {
            assertThat(Path.of(backup.name())).exists().hasParent(directory);
            assertThat(Files.readString(Path.of(backup.name()))).containsIgnoringCase("Brien").containsIgnoringCase("authors");
            assertThat(backup.revision()).isEqualTo("e1");
        });
    }

    private void dropBackups(TestDatabase database) throws SQLException {
        database.execute(dialect().schemasAreDatabases() ? "DROP DATABASE IF EXISTS migrate_backup"
                : "DROP SCHEMA IF EXISTS " + dialect().foldIdentifier("migrate_backup") + " CASCADE");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** Same schema, same version rows, same journal (but who and when), same rows in the tables. */
    void assertSameState() throws SQLException {
        SchemaSupport support = (SchemaSupport) dialect();
        DatabaseSchema expected = schemaOf(online(), support);
        DatabaseSchema actual = schemaOf(offline(), support);
        DiffResult difference = new SchemaDiffer(support.diffHooks()).diff(actual, expected, RenameHints.NONE);
        assertThat(difference.ops()).as("schema differences").isEmpty();
        assertThat(offline().versionRows()).isEqualTo(online().versionRows());
        assertThat(offline().query(JOURNAL)).isEqualTo(online().query(JOURNAL));
        String authors = "SELECT * FROM authors ORDER BY id";
        if (online().tableExists("authors")) {
            assertThat(offline().query(authors)).isEqualTo(online().query(authors));
        }
    }

    private static DatabaseSchema schemaOf(TestDatabase database, SchemaSupport support) throws SQLException {
        try (Connection c = database.connect()) {
            return support.introspector().introspect(c, IntrospectOptions.allSchemas());
        }
    }
}
