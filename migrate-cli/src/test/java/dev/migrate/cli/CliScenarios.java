package dev.migrate.cli;

import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command of the real {@code bin/migrate}, run as a process in a bare directory that holds only
 * {@code migrate.properties} and a {@code migrations} folder; each test checks the exit code, the output and the
 * database. The subclasses give the database: H2 and PostgreSQL.
 */
abstract class CliScenarios {

    static final String AUTHORS = "a1a1a1a1a1a1";
    static final String BOOKS = "b2b2b2b2b2b2";
    static final String ISBN = "c3c3c3c3c3c3";

    @TempDir
    Path project;

    TestDatabase db;
    MigrationFiles migrations;
    Path isbnFile;

    /** A database with nothing in it, for this test. */
    abstract TestDatabase emptyDatabase() throws Exception;

    @BeforeEach
    void bareProject() throws Exception {
        db = emptyDatabase();
        migrations = new MigrationFiles(Files.createDirectories(project.resolve("migrations")));
        migrations.add(AUTHORS, null, "Create authors",
                "CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL);",
                "DROP TABLE authors;");
        migrations.add(BOOKS, AUTHORS, "Create books",
                "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id), "
                        + "title VARCHAR(300) NOT NULL);",
                "DROP TABLE books;");
        isbnFile = migrations.add(ISBN, BOOKS, "Add ISBN",
                "ALTER TABLE books ADD COLUMN isbn VARCHAR(17);",
                "ALTER TABLE books DROP COLUMN isbn;");
        StringBuilder properties = new StringBuilder("# the only configuration of this project\n")
                .append("migrate.url=").append(db.url()).append('\n')
                .append("migrate.migrations=migrations\n");
        if (db.user() != null) {
            properties.append("migrate.user=").append(db.user()).append('\n');
        }
        if (db.password() != null && !db.password().isEmpty()) {
            properties.append("migrate.password=").append(db.password()).append('\n');
        }
        Files.writeString(project.resolve("migrate.properties"), properties.toString());
    }

    CliProcess.Result migrate(String... args) {
        return CliProcess.run(project, args);
    }

    CliProcess.Result migrate(Map<String, String> environment, String... args) {
        return CliProcess.run(project, environment, args);
    }

    static void assertExit(CliProcess.Result result, int code) {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(code);
    }

    @Test
    void upgradeCurrentStatusHistoryDowngradeOnABareDirectory() throws Exception {
        CliProcess.Result current = migrate("current");
        assertExit(current, ExitCode.OK);
        assertThat(current.out()).isEmpty();
        assertThat(current.err()).contains("No revision is applied");

        CliProcess.Result first = migrate("upgrade", "+1");
        assertExit(first, ExitCode.OK);
        assertThat(first.err()).contains("Upgrading 1/1: " + AUTHORS + " (Create authors)")
                .containsPattern("done in \\d+ ms \\(1 statement\\)")
                .contains("url from migrate.properties");
        assertThat(first.out()).startsWith("Upgraded to " + AUTHORS + ": 1 revision(s) in ");
        assertThat(db.versionRows()).containsExactly(AUTHORS);
        assertThat(db.tableExists("authors")).isTrue();
        assertThat(db.tableExists("books")).isFalse();

        assertThat(migrate("current").out()).isEqualTo(AUTHORS + " (Create authors)\n");
        CliProcess.Result pending = migrate("status", "--fail-on-pending");
        assertExit(pending, ExitCode.GATE);
        assertThat(pending.out()).contains("Pending:     " + BOOKS + " (Create books)").contains("no, 2 pending");
        assertThat(pending.err()).contains("2 revision(s) pending: " + BOOKS + ", " + ISBN);
        CliProcess.Result json = migrate("status", "--json");
        assertExit(json, ExitCode.OK);
        assertThat(json.out()).startsWith("{").contains("\"upToDate\": false").contains("\"current\": [\""
                + AUTHORS + "\"]");

        assertExit(migrate("upgrade"), ExitCode.OK);
        assertThat(db.versionRows()).containsExactly(ISBN);
        assertThat(db.columnExists("books", "isbn")).isTrue();
        assertThat(migrate("current").out()).isEqualTo(ISBN + " (Add ISBN) (head)\n");
        assertExit(migrate("status", "--fail-on-pending"), ExitCode.OK);

        CliProcess.Result history = migrate("history", "-r", "base:head");
        assertExit(history, ExitCode.OK);
        assertThat(history.out()).contains(BOOKS + " -> " + ISBN + " (head) (current), Add ISBN")
                .contains("<base> -> " + AUTHORS + ", Create authors");
        assertThat(migrate("history", "--json").out()).contains("\"revision\": \"" + ISBN + "\"");

        CliProcess.Result down = migrate("downgrade", "-1");
        assertExit(down, ExitCode.OK);
        assertThat(down.err()).contains("Downgrading 1/1: " + ISBN + " (Add ISBN)");
        assertThat(down.out()).startsWith("Downgraded to " + BOOKS + ": 1 revision(s)");
        assertThat(db.versionRows()).containsExactly(BOOKS);
        assertThat(db.columnExists("books", "isbn")).isFalse();

        assertExit(migrate("downgrade", "base"), ExitCode.OK);
        assertThat(db.versionRows()).isEmpty();
        assertThat(db.tableExists("authors")).isFalse();
    }

    @Test
    void backupTablesCopiesWhatARevisionDropsAndDowngradeNamesTheCopy() throws Exception {
        assertExit(migrate("upgrade"), ExitCode.OK);
        db.execute("INSERT INTO authors (id, name) VALUES (1, 'Le Guin')",
                "INSERT INTO books (id, author_id, title, isbn) VALUES (1, 1, 'Earthsea', '978-0')",
                "INSERT INTO books (id, author_id, title, isbn) VALUES (2, 1, 'Lathe', '978-1')");
        String dropIsbn = "d4d4d4d4d4d4";
        String dropBooks = "e5e5e5e5e5e5";
        migrations.add(dropIsbn, ISBN, "Drop ISBN", "ALTER TABLE books DROP COLUMN isbn;",
                "ALTER TABLE books ADD COLUMN isbn VARCHAR(17);");
        migrations.add(dropBooks, dropIsbn, "Drop books", "DROP TABLE books;",
                "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id), "
                        + "title VARCHAR(300) NOT NULL);");

        CliProcess.Result bad = migrate("upgrade", "--backup", "everything");
        assertExit(bad, ExitCode.USAGE);
        assertThat(bad.err()).contains("migrate.backup = 'everything' is not a backup mode").contains("--backup");

        CliProcess.Result upgrade = migrate("upgrade", "--backup", "tables");
        assertExit(upgrade, ExitCode.OK);
        assertThat(upgrade.err()).contains("Backed up books (2 row(s)) as migrate_backup.books__" + dropIsbn
                        + " before " + dropIsbn)
                .contains("as migrate_backup.books__" + dropBooks + " before " + dropBooks);
        assertThat(db.tableExists("books")).isFalse();
        // The copy made before the column was dropped still has it.
        assertThat(db.query("SELECT title, isbn FROM migrate_backup.books__" + dropIsbn + " ORDER BY id"))
                .containsExactly(List.of("Earthsea", "978-0"), List.of("Lathe", "978-1"));
        assertThat(db.query("SELECT COUNT(*) FROM migrate_history WHERE direction = 'backup'").get(0).get(0)
                .toString()).isEqualTo("2");
        assertThat(migrate("status").exitCode()).as("backup rows do not count as a revision's state").isZero();

        CliProcess.Result list = migrate("backups");
        assertExit(list, ExitCode.OK);
        assertThat(list.out()).contains("migrate_backup.books__" + dropIsbn + "  (copy of books, 2 row(s), before "
                + dropIsbn).contains("restore: INSERT INTO books SELECT * FROM ");
        assertThat(migrate("backups", "--json").out()).contains("\"kind\": \"table\"").contains("\"rows\": 2");

        CliProcess.Result down = migrate("downgrade", "-1");
        assertExit(down, ExitCode.OK);
        assertThat(down.err()).contains("Backup migrate_backup.books__" + dropBooks + " holds the 2 row(s) of books "
                + "as they were before " + dropBooks).contains("bring them back with: INSERT INTO books SELECT * FROM");
        db.execute("INSERT INTO books SELECT * FROM migrate_backup.books__" + dropBooks);
        assertThat(db.query("SELECT COUNT(*) FROM books").get(0).get(0).toString()).isEqualTo("2");

        assertExit(migrate("backups", "--keep", "1"), ExitCode.USAGE);
        CliProcess.Result prune = migrate("backups", "--prune", "--keep", "1");
        assertExit(prune, ExitCode.OK);
        assertThat(prune.out()).contains("Removed migrate_backup.books__" + dropIsbn)
                .contains("migrate_backup.books__" + dropBooks + "  (copy of books");
        assertThat(db.query("SELECT COUNT(*) FROM migrate_backup.books__" + dropBooks).get(0).get(0).toString())
                .isEqualTo("2");
        CliProcess.Result all = migrate("backups", "--prune", "--older-than", "0s");
        assertExit(all, ExitCode.OK);
        assertThat(all.out()).contains("No backups left.");
    }

    @Test
    void backupDumpWritesAFileBeforeDataLoss() throws Exception {
        assertExit(migrate("upgrade"), ExitCode.OK);
        db.execute("INSERT INTO authors (id, name) VALUES (1, 'Le Guin')");
        migrations.add("d4d4d4d4d4d4", ISBN, "Empty authors", "DELETE FROM authors;", "SELECT 1;");
        CliProcess.Result upgrade = migrate("upgrade", "--backup", "dump", "--backup-directory", "backups");
        assertExit(upgrade, ExitCode.OK);
        assertThat(upgrade.err()).contains("Backed up schema ").contains(" before d4d4d4d4d4d4");
        Path file;
        try (Stream<Path> files = Files.list(project.resolve("backups"))) {
            file = files.findFirst().orElseThrow();
        }
        assertThat(file.getFileName().toString()).startsWith("migrate_backup-").endsWith("-d4d4d4d4d4d4.sql");
        assertThat(Files.readString(file)).containsIgnoringCase("Le Guin");
        assertThat(migrate("backups").out()).contains(file.toString()).contains("(dump of ");
    }

    @Test
    void headsBranchesShowStampWithoutRunningSql() throws Exception {
        CliProcess.Result heads = migrate("heads", "-v");
        assertExit(heads, ExitCode.OK);
        assertThat(heads.out()).contains(ISBN + " (head)");
        assertThat(migrate("heads", "--json").out()).contains("\"revision\": \"" + ISBN + "\"");
        CliProcess.Result branches = migrate("branches");
        assertExit(branches, ExitCode.OK);

        CliProcess.Result show = migrate("show", BOOKS.substring(0, 4));
        assertExit(show, ExitCode.OK);
        assertThat(show.out()).contains(BOOKS).contains("Create books").contains("CREATE TABLE books");

        CliProcess.Result stamp = migrate("stamp", "head");
        assertExit(stamp, ExitCode.OK);
        assertThat(stamp.out()).startsWith("Stamped: " + ISBN);
        assertThat(db.versionRows()).containsExactly(ISBN);
        assertThat(db.tableExists("authors")).as("stamp runs no SQL of a revision").isFalse();

        assertExit(migrate("stamp", "base", "--purge"), ExitCode.OK);
        assertThat(db.versionRows()).isEmpty();
    }

    @Test
    void offlineSqlChangesNothing() throws Exception {
        CliProcess.Result script = migrate("upgrade", "--sql");
        assertExit(script, ExitCode.OK);
        assertThat(script.out()).contains("CREATE TABLE authors").contains("ALTER TABLE books ADD COLUMN isbn");
        assertThat(script.err()).contains("the database was not changed");
        assertThat(db.tableExists("authors")).isFalse();
        assertThat(db.tableExists("migrate_version")).isFalse();

        Path bare = Files.createDirectories(project.resolve("elsewhere"));
        CliProcess.Result withoutDatabase = CliProcess.run(bare, "upgrade", "--sql", "--from", AUTHORS,
                "--dialect", "postgresql", "--migrations", "../migrations", "-o", "out/upgrade.sql");
        assertExit(withoutDatabase, ExitCode.OK);
        assertThat(Files.readString(bare.resolve("out/upgrade.sql"))).contains("CREATE TABLE books")
                .doesNotContain("CREATE TABLE authors");
        assertExit(CliProcess.run(bare, "upgrade", "--sql", "--from", "base", "--migrations", "../migrations"),
                ExitCode.USAGE);
    }

    @Test
    void revisionMergeAndTheMultipleHeadsGate() throws Exception {
        CliProcess.Result revision = migrate("revision", "-m", "Add prices", "--rev-id", "d4d4d4d4d4d4");
        assertExit(revision, ExitCode.OK);
        Path written = project.resolve(revision.out().strip());
        assertThat(written).exists().hasParent(project.resolve("migrations"));
        assertThat(Files.readString(written)).contains("Revision ID: d4d4d4d4d4d4").contains("Revises: " + ISBN);

        assertExit(migrate("revision", "-m", "Side branch", "--rev-id", "e5e5e5e5e5e5", "--head", BOOKS, "--splice"),
                ExitCode.OK);
        CliProcess.Result gate = migrate("heads", "--fail-on-multiple-heads");
        assertExit(gate, ExitCode.GATE);
        assertThat(gate.out()).contains("d4d4d4d4d4d4").contains("e5e5e5e5e5e5");
        assertThat(migrate("branches").out()).contains(BOOKS);

        CliProcess.Result merge = migrate("merge", "-m", "Join branches", "--rev-id", "f6f6f6f6f6f6");
        assertExit(merge, ExitCode.OK);
        assertThat(Files.readString(project.resolve(merge.out().strip()))).contains("Revises: ")
                .contains("d4d4d4d4d4d4").contains("e5e5e5e5e5e5");
        assertExit(migrate("heads", "--fail-on-multiple-heads"), ExitCode.OK);

        assertExit(migrate("upgrade"), ExitCode.OK);
        assertThat(db.versionRows()).containsExactly("f6f6f6f6f6f6");
    }

    @Test
    void autogenerateFromSchemaFiles() throws Exception {
        Files.writeString(project.resolve("schema.sql"), """
                CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL);
                CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id),
                    title VARCHAR(300) NOT NULL, isbn VARCHAR(17));
                CREATE TABLE publishers (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);
                """);
        CliProcess.Result revision = migrate("revision", "--autogenerate", "-m", "Add publishers",
                "--schema-files", "schema.sql");
        assertExit(revision, ExitCode.OK);
        String text = Files.readString(project.resolve(revision.out().strip()));
        assertThat(text).containsIgnoringCase("CREATE TABLE publishers").containsIgnoringCase("DROP TABLE publishers");

        assertExit(migrate("upgrade"), ExitCode.OK);
        assertThat(db.tableExists("publishers")).isTrue();
        CliProcess.Result check = migrate("check", "--schema-files", "schema.sql", "--fail-on-pending", "--json",
                "--junit-xml", "reports/check.xml");
        assertExit(check, ExitCode.OK);
        assertThat(check.out()).startsWith("{").contains("\"name\": \"model\"");
        assertThat(project.resolve("reports/check.xml")).exists();
    }

    @Test
    void checkFailsAsAGateAndRepairAcceptsAnEditedFile() throws Exception {
        assertExit(migrate("upgrade", BOOKS), ExitCode.OK);
        CliProcess.Result pending = migrate("check", "--checks", "graph,checksums,pending", "--fail-on-pending");
        assertExit(pending, ExitCode.GATE);
        assertThat(pending.err()).contains("migrate check failed: pending");

        Path booksFile;
        try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
            booksFile = files.filter(file -> file.toString().contains(BOOKS)).findFirst().orElseThrow();
        }
        Files.writeString(booksFile, Files.readString(booksFile).replace("VARCHAR(300)", "VARCHAR(400)"));
        CliProcess.Result status = migrate("status");
        assertExit(status, ExitCode.GATE);
        assertThat(status.out()).contains("Changed:").contains(BOOKS);
        CliProcess.Result refused = migrate("upgrade");
        assertExit(refused, ExitCode.FAILURE);
        assertThat(db.versionRows()).containsExactly(BOOKS);

        CliProcess.Result withoutReason = migrate("repair");
        assertExit(withoutReason, ExitCode.FAILURE);
        assertThat(withoutReason.err()).contains("cannot repair: the edit of applied revision " + BOOKS
                        + " changes what it runs").contains("VARCHAR(400)")
                .contains("accept the edit with a reason, journalled with who and when: migrate repair --reason "
                        + "\"<why>\"").doesNotContain("-Dmigrate.").doesNotContain("migrate:repair");
        CliProcess.Result repair = migrate("repair", "--reason", "widened by hand");
        assertExit(repair, ExitCode.OK);
        assertThat(repair.out()).contains("Repaired 1 revision(s)");
        assertThat(repair.err()).contains("Reason: widened by hand");
        assertExit(migrate("status"), ExitCode.OK);
        assertExit(migrate("upgrade"), ExitCode.OK);
        assertThat(db.versionRows()).containsExactly(ISBN);
    }

    @Test
    void aFailingMigrationExitsWithOneAndSaysWhere() throws Exception {
        migrations.add("0badbadbad00", ISBN, "Broken", "SELECT * FROM no_such_table;", "SELECT 1;");
        CliProcess.Result failed = migrate("upgrade");
        assertExit(failed, ExitCode.FAILURE);
        assertThat(failed.err()).contains("failed at line").contains("error: migrate upgrade:");
        assertThat(db.versionRows()).containsExactly(ISBN);
    }

    @Test
    void noAllowDestructiveRefusesADropBeforeAnythingRuns() throws Exception {
        assertExit(migrate("upgrade"), ExitCode.OK);
        migrations.addWithoutDowngrade("0d0d0d0d0d0d", ISBN, "Drop books", "DROP TABLE books;");
        CliProcess.Result refused = migrate("upgrade", "--no-allow-destructive");
        assertExit(refused, ExitCode.FAILURE);
        assertThat(refused.err()).contains("0d0d0d0d0d0d");
        assertThat(db.tableExists("books")).isTrue();
        assertThat(db.versionRows()).containsExactly(ISBN);
    }

    @Test
    void usageAndConfigurationErrorsExitWithTwo() throws Exception {
        CliProcess.Result unknown = migrate("upgrade", "--no-such-option");
        assertExit(unknown, ExitCode.USAGE);
        assertThat(unknown.err()).contains("Unknown option: '--no-such-option'").contains("migrate upgrade --help");
        assertExit(migrate("stamp"), ExitCode.USAGE);
        CliProcess.Result badNumber = migrate("upgrade", "--lock-timeout", "soon");
        assertExit(badNumber, ExitCode.USAGE);
        assertThat(badNumber.err())
                .contains("migrate.lockTimeout = 'soon' (from --lock-timeout) is not a whole number");

        Files.writeString(project.resolve("migrate.properties"), "\nmigrate.url=" + db.url() + "\nmigrate.ulr=x\n",
                StandardCharsets.UTF_8);
        CliProcess.Result typo = migrate("status");
        assertExit(typo, ExitCode.USAGE);
        assertThat(typo.err()).contains("migrate.properties:3: 'migrate.ulr' is not a migrate setting");

        Path empty = Files.createDirectories(project.resolve("empty"));
        CliProcess.Result noDatabase = CliProcess.run(empty, "current");
        assertExit(noDatabase, ExitCode.USAGE);
        assertThat(noDatabase.err()).contains("no database: migrate current needs one; set --url, MIGRATE_URL, "
                + "DATABASE_URL or migrate.url");
        assertThat(db.tableExists("migrate_version")).isFalse();
    }

    @Test
    void migrationsFromTheApplicationsJar() throws Exception {
        Path jar = project.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String directory : List.of("db/", "db/migrations/")) {
                out.putNextEntry(new JarEntry(directory));
                out.closeEntry();
            }
            try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
                for (Path revision : files.sorted().toList()) {
                    out.putNextEntry(new JarEntry("db/migrations/" + revision.getFileName()));
                    out.write(Files.readAllBytes(revision));
                    out.closeEntry();
                }
            }
        }
        CliProcess.Result upgrade = migrate("upgrade", "--migrations", "classpath:db/migrations",
                "--classpath", "app.jar");
        assertExit(upgrade, ExitCode.OK);
        assertThat(upgrade.err()).contains("Upgrading 3/3: " + ISBN);
        assertThat(db.versionRows()).containsExactly(ISBN);
        assertThat(db.tableExists("books")).isTrue();
    }

    /** Objects beyond tables and views that such a database may hold before migrations (PostgreSQL: a function). */
    List<String> legacyExtras() {
        return List.of();
    }

    /** A schema made by hand before migrate: 32 tables in a chain of foreign keys, and a view. */
    static List<String> legacySchema() {
        List<String> ddl = new java.util.ArrayList<>();
        for (int k = 1; k <= 32; k++) {
            ddl.add("CREATE TABLE legacy_" + k + " (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL"
                    + (k > 1 ? ", parent_id INTEGER REFERENCES legacy_" + (k - 1) + " (id)" : "") + ")");
        }
        ddl.add("CREATE VIEW legacy_names AS SELECT id, name FROM legacy_1");
        return ddl;
    }

    /** A directory with its own (empty) migrations folder and this database in its migrate.properties. */
    Path adoptingProject() throws IOException {
        Path adopting = Files.createDirectories(project.resolve("adopting/migrations")).getParent();
        Files.copy(project.resolve("migrate.properties"), adopting.resolve("migrate.properties"));
        return adopting;
    }

    @Test
    void baselineAdoptsADatabaseThatPredatesMigrationsAndTheNextRevisionStartsThere() throws Exception {
        db.execute(legacySchema().toArray(String[]::new));
        db.execute(legacyExtras().toArray(String[]::new));
        db.execute("INSERT INTO legacy_1 (id, name) VALUES (1, 'kept')");
        Path adopting = adoptingProject();

        CliProcess.Result baseline = CliProcess.run(adopting, "baseline", "--rev-id", "ba5e11e00001");
        assertExit(baseline, ExitCode.OK);
        Path file = adopting.resolve(baseline.out().strip());
        assertThat(Files.readString(file)).containsIgnoringCase("CREATE TABLE legacy_32")
                .containsIgnoringCase("CREATE VIEW legacy_names");
        assertThat(baseline.err()).contains("Verified on the shadow database: the upgrade reproduces the live "
                + "database").contains("Stamped");
        assertThat(db.versionRows()).containsExactly("ba5e11e00001");
        assertThat(db.query("SELECT name FROM legacy_1")).containsExactly(List.of("kept"));
        assertExit(CliProcess.run(adopting, "status", "--fail-on-pending"), ExitCode.OK);

        StringBuilder schema = new StringBuilder();
        legacySchema().forEach(statement -> schema.append(statement).append(";\n"));
        schema.append("CREATE TABLE audit (id INTEGER PRIMARY KEY, happened VARCHAR(40) NOT NULL);\n");
        Files.writeString(adopting.resolve("schema.sql"), schema);
        CliProcess.Result next = CliProcess.run(adopting, "revision", "--autogenerate", "-m", "Add audit",
                "--schema-files", "schema.sql");
        assertExit(next, ExitCode.OK);
        String change = Files.readString(adopting.resolve(next.out().strip()));
        assertThat(change).contains("Revises: ba5e11e00001").containsIgnoringCase("CREATE TABLE audit")
                .doesNotContainIgnoringCase("CREATE TABLE legacy_");
        assertExit(CliProcess.run(adopting, "upgrade"), ExitCode.OK);
        assertThat(db.tableExists("audit")).isTrue();
        assertThat(db.query("SELECT name FROM legacy_1")).containsExactly(List.of("kept"));

        CliProcess.Result again = CliProcess.run(adopting, "baseline");
        assertExit(again, ExitCode.FAILURE);
        assertThat(again.err()).contains("already has revisions");
    }

    @Test
    void autogenerateAgainstADatabaseWithoutMigrateTablesWritesItsBaseline() throws Exception {
        db.execute(legacySchema().toArray(String[]::new));
        Path adopting = adoptingProject();
        CliProcess.Result revision = CliProcess.run(adopting, "revision", "--autogenerate", "--compare-with",
                "database", "-m", "Baseline");
        assertExit(revision, ExitCode.OK);
        assertThat(Files.readString(adopting.resolve(revision.out().strip())))
                .containsIgnoringCase("CREATE TABLE legacy_1 ").doesNotContain("NOT right yet");
        assertThat(db.tableExists("migrate_version")).as("revision writes a file and stamps nothing").isFalse();
        assertExit(CliProcess.run(adopting, "stamp", "head"), ExitCode.OK);
        assertExit(CliProcess.run(adopting, "status", "--fail-on-pending"), ExitCode.OK);
    }

    @Test
    void aDatabaseAtARevisionTheMigrationsLackSaysHowToProceed() throws Exception {
        assertExit(migrate("upgrade"), ExitCode.OK);
        Path elsewhere = adoptingProject();
        CliProcess.Result status = CliProcess.run(elsewhere, "status");
        assertExit(status, ExitCode.FAILURE);
        assertThat(status.err()).contains("the database is at " + ISBN).contains("the revisions that brought it "
                + "there are missing here").contains("deployment's migrations");
    }

    /** This database's URL with {@code password} in it, the way users write one. */
    abstract String urlWithPassword(String password);

    @Test
    void passwordsAreMaskedEverywhere() throws Exception {
        String secret = "Sup3rSecretPw";
        Map<String, String> environment = Map.of("MIGRATE_PASSWORD", secret);
        CliProcess.Result config = migrate(environment, "config");
        assertExit(config, ExitCode.OK);
        assertThat(config.out()).contains("migrate.password = ****  (environment MIGRATE_*)")
                .contains("migrate.url = " + db.url() + "  (migrate.properties)")
                .contains("migrate.migrations = migrations  (migrate.properties:3)");
        List<CliProcess.Result> runs = List.of(config, migrate(environment, "status"),
                migrate(environment, "upgrade"), migrate("current", "--url", urlWithPassword(secret)),
                migrate(Map.of("DATABASE_URL", urlWithPassword(secret)), "config"),
                migrate("history", "--url", urlWithPassword(secret), "--lock-timeout", "x"));
        for (CliProcess.Result result : runs) {
            assertThat(result.all()).doesNotContain(secret);
        }
        assertThat(runs.get(4).out()).contains("(environment DATABASE_URL)").contains("****");
    }
}
