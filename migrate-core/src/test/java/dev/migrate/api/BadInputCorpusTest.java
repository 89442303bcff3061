package dev.migrate.api;

import dev.migrate.testing.H2Memory;
import dev.migrate.testing.MigrationFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Bad input of every kind, one case per row: each must fail with its exact {@link ErrorKind}, with a message that
 * names the file and line or the setting, and leave the database exactly as it was (every schema, table and row).
 *
 * <p>Each case starts from a database with revision a1 applied and b2 pending, so "unchanged" has something to lose.
 */
class BadInputCorpusTest {

    @TempDir
    Path directory;

    private Fixture fixture;

    @BeforeEach
    void base() throws Exception {
        fixture = new Fixture(directory);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        fixture.database.close();
    }

    /** A case: what to prepare, what to run, and what the error must be. */
    record Case(ErrorKind kind, Step prepare, Action action, Expectation mentions) {
    }

    @FunctionalInterface
    interface Step {
        void on(Fixture f) throws Exception;
    }

    @FunctionalInterface
    interface Action {
        void on(Fixture f) throws Exception;
    }

    @FunctionalInterface
    interface Expectation {
        String of(Fixture f) throws Exception;
    }

    /** The files, the database, and how to run migrate on them. */
    static final class Fixture {
        final Path directory;
        final MigrationFiles files;
        final H2Memory database = new H2Memory("corpus");

        Fixture(Path directory) {
            this.directory = directory;
            this.files = new MigrationFiles(directory.resolve("migrations"));
            files.add("a1", "", "Create tags", "CREATE TABLE tags (id INTEGER PRIMARY KEY);", "DROP TABLE tags;");
            files.add("b2", "a1", "Seed tags", "INSERT INTO tags VALUES (1);", "DELETE FROM tags;");
        }

        Migrator.Builder configure() {
            return Migrator.configure().url(database.url()).user("sa").password("")
                    .migrationsDirectory(files.directory());
        }

        void applyBase() {
            configure().build().upgrade("a1");
        }

        void upgrade() {
            configure().build().upgrade();
        }

        /** A revision file revising b2, with the given text after the header. */
        void revision(String name, String body) {
            files.write(name, "-- Bad one\n--\n-- Revision ID: c3\n-- Revises: b2\n\n" + body);
        }

        String at(String name, int line) {
            return files.directory() + "/" + name + ":" + line;
        }

        String file(String name) {
            return files.directory() + "/" + name;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        // ----------------------------------------------------------------------------------- headers
        add(cases, "header without a revision id", ErrorKind.SCRIPT,
                f -> f.files.write("c3.sql", "-- No id\n-- Revises: b2\n\n-- migrate:upgrade\nSELECT 1;\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 1) + ": the header has no '-- Revision ID: <id>' line");
        add(cases, "header without revises", ErrorKind.SCRIPT,
                f -> f.files.write("c3.sql", "-- No parent\n--\n-- Revision ID: c3\n\n-- migrate:upgrade\nSELECT 1;\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 3) + ": the header has no '-- Revises:' line");
        add(cases, "a header field twice", ErrorKind.SCRIPT,
                f -> f.files.write("c3.sql", "-- Twice\n-- Revision ID: c3\n-- Revises: b2\n-- Revises: a1\n\n"
                        + "-- migrate:upgrade\nSELECT 1;\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 4) + ": 'Revises:' appears twice in the header");
        add(cases, "a create date that is not a date", ErrorKind.SCRIPT,
                f -> f.files.write("c3.sql", "-- Dated\n-- Revision ID: c3\n-- Revises: b2\n-- Create Date: yesterday\n\n"
                        + "-- migrate:upgrade\nSELECT 1;\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 4) + ": 'Create Date: yesterday' is not a date");
        add(cases, "an illegal revision id", ErrorKind.SCRIPT,
                f -> f.files.write("c3.sql", "-- Dash\n-- Revision ID: c-3\n-- Revises: b2\n\n-- migrate:upgrade\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 2) + ": the revision id 'c-3' may only use letters, digits and '_'");
        add(cases, "a reserved revision id", ErrorKind.SCRIPT,
                f -> f.files.write("c3.sql", "-- Reserved\n-- Revision ID: head\n-- Revises: b2\n\n-- migrate:upgrade\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 2) + ": the revision id 'head' is a reserved word");
        add(cases, "a revision id longer than the version table holds", ErrorKind.SCRIPT,
                f -> f.files.write("c3.sql", "-- Long\n-- Revision ID: " + "c".repeat(129) + "\n-- Revises: b2\n\n"
                        + "-- migrate:upgrade\nSELECT 1;\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 2) + ": the revision id 'cccccccccccccccccccc...' is 129 "
                        + "characters long; the version table holds ids of at most 128");
        // ----------------------------------------------------------------- entries that are not files
        add(cases, "a directory named like a revision file", ErrorKind.SCRIPT,
                f -> Files.createDirectories(f.files.directory().resolve("c3.sql")),
                Fixture::upgrade, f -> f.file("c3.sql") + ": is a directory, not a revision file");
        add(cases, "a FIFO named like a revision file", ErrorKind.SCRIPT,
                f -> assertThat(new ProcessBuilder("mkfifo", f.file("c3.sql")).start().waitFor()).isZero(),
                Fixture::upgrade, f -> f.file("c3.sql") + ": is not a regular file (a FIFO, socket or device), not a "
                        + "revision file");
        add(cases, "a dangling symbolic link named like a revision file", ErrorKind.SCRIPT,
                f -> Files.createSymbolicLink(f.files.directory().resolve("c3.sql"), Path.of("gone.sql")),
                Fixture::upgrade, f -> f.file("c3.sql") + ": is a symbolic link to gone.sql, which does not exist");
        add(cases, "a loop of symbolic links named like a revision file", ErrorKind.SCRIPT,
                f -> {
                    Files.createSymbolicLink(f.files.directory().resolve("c3.sql"), Path.of("d4.sql"));
                    Files.createSymbolicLink(f.files.directory().resolve("d4.sql"), Path.of("c3.sql"));
                },
                Fixture::upgrade, f -> f.file("c3.sql") + ": is a symbolic link that leads to itself");
        // ---------------------------------------------------------------------------------- sections
        add(cases, "no upgrade section", ErrorKind.SCRIPT,
                f -> f.revision("c3.sql", "-- migrate:downgrade\nSELECT 1;\n"),
                Fixture::upgrade, f -> f.file("c3.sql") + ": no '-- migrate:upgrade' line");
        add(cases, "two upgrade sections", ErrorKind.SCRIPT,
                f -> f.revision("c3.sql", "-- migrate:upgrade\nSELECT 1;\n-- migrate:upgrade\nSELECT 2;\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 8) + ": a second '-- migrate:upgrade' section");
        add(cases, "an unknown directive", ErrorKind.SCRIPT,
                f -> f.revision("c3.sql", "-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrad\nSELECT 2;\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 8) + ": unknown directive '-- migrate:downgrad'");
        add(cases, "an unknown section option", ErrorKind.SCRIPT,
                f -> f.revision("c3.sql", "-- migrate:upgrade transaction:maybe\nSELECT 1;\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 6) + ": unknown option 'transaction:maybe'");
        add(cases, "SQL before the first section", ErrorKind.SCRIPT,
                f -> f.revision("c3.sql", "SELECT 0;\n-- migrate:upgrade\nSELECT 1;\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 6) + ": SQL before the first '-- migrate:upgrade' line");
        add(cases, "SQL after irreversible", ErrorKind.SCRIPT,
                f -> f.revision("c3.sql", "-- migrate:upgrade\nSELECT 1;\n-- migrate:irreversible data is gone\n"
                        + "SELECT 2;\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 9) + ": SQL after '-- migrate:irreversible' (line 8)");
        // ------------------------------------------------------------------------------------- lexing
        add(cases, "an unterminated string", ErrorKind.SCRIPT,
                f -> f.revision("c3.sql", "-- migrate:upgrade\nINSERT INTO tags VALUES (2);\nSELECT 'oops;\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 8) + ": unterminated string literal");
        add(cases, "an unterminated quoted identifier", ErrorKind.SCRIPT,
                f -> f.revision("c3.sql", "-- migrate:upgrade\nSELECT \"oops FROM tags;\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 7) + ": unterminated ");
        add(cases, "an unterminated dollar quote", ErrorKind.SCRIPT,
                f -> f.revision("c3.sql", "-- migrate:upgrade\nCREATE ALIAS X AS $$ String x() { return \"a\"; }\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 7) + ": unterminated dollar-quoted body");
        add(cases, "an unterminated block comment", ErrorKind.SCRIPT,
                f -> f.revision("c3.sql", "-- migrate:upgrade\n/* to do\nSELECT 1;\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 7) + ": unterminated block comment (/*) starting at line 7");
        add(cases, "bytes that are not UTF-8", ErrorKind.SCRIPT,
                f -> Files.write(f.files.directory().resolve("c3.sql"), concat(
                        "-- Latin-1\n-- Revision ID: c3\n-- Revises: b2\n\n-- migrate:upgrade\nSELECT '".getBytes(),
                        new byte[] {(byte) 0xE9}, "';\n".getBytes())),
                Fixture::upgrade, f -> f.at("c3.sql", 6) + ": the file is not valid UTF-8 (byte 0xE9");
        add(cases, "an empty file", ErrorKind.SCRIPT,
                f -> f.files.write("c3.sql", ""),
                Fixture::upgrade, f -> f.file("c3.sql") + ": the file is empty");
        add(cases, "a file of blank lines", ErrorKind.SCRIPT,
                f -> f.files.write("c3.sql", "\n  \n\t\n"),
                Fixture::upgrade, f -> f.file("c3.sql") + ": the file is empty");
        // -------------------------------------------------------------------------------------- graph
        add(cases, "a duplicate revision id", ErrorKind.SCRIPT,
                f -> f.files.write("zz_copy.sql", "-- Copy\n-- Revision ID: b2\n-- Revises: a1\n\n-- migrate:upgrade\n"),
                Fixture::upgrade, f -> f.at("zz_copy.sql", 2) + ": revision id b2 is also used by ");
        add(cases, "a missing parent", ErrorKind.SCRIPT,
                f -> f.files.write("c3.sql", "-- Orphan\n-- Revision ID: c3\n-- Revises: zz9\n\n-- migrate:upgrade\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 3) + ": revises 'zz9', which no file in this directory declares");
        add(cases, "a cycle", ErrorKind.SCRIPT,
                f -> {
                    f.files.write("x1.sql", "-- X\n-- Revision ID: x1\n-- Revises: y1\n\n-- migrate:upgrade\n");
                    f.files.write("y1.sql", "-- Y\n-- Revision ID: y1\n-- Revises: x1\n\n-- migrate:upgrade\n");
                },
                Fixture::upgrade, f -> f.at("x1.sql", 3) + ": the revisions form a cycle: x1 (");
        add(cases, "a revision that revises itself", ErrorKind.SCRIPT,
                f -> f.files.write("c3.sql", "-- Self\n-- Revision ID: c3\n-- Revises: c3\n\n-- migrate:upgrade\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 3) + ": revision c3 revises itself");
        add(cases, "an unknown dependency", ErrorKind.SCRIPT,
                f -> f.files.write("c3.sql", "-- Dep\n-- Revision ID: c3\n-- Revises: b2\n-- Depends On: nope\n\n"
                        + "-- migrate:upgrade\n"),
                Fixture::upgrade, f -> f.at("c3.sql", 4) + ": depends on 'nope'");
        add(cases, "a branch label used twice", ErrorKind.SCRIPT,
                f -> {
                    f.files.write("c3.sql", "-- L1\n-- Revision ID: c3\n-- Revises: b2\n-- Branch Labels: feature\n\n"
                            + "-- migrate:upgrade\n");
                    f.files.write("d4.sql", "-- L2\n-- Revision ID: d4\n-- Revises: b2\n-- Branch Labels: feature\n\n"
                            + "-- migrate:upgrade\n");
                },
                Fixture::upgrade, f -> f.at("d4.sql", 4) + ": branch label 'feature' is already used by ");
        // ------------------------------------------------------------------------------------ targets
        add(cases, "an unknown target", ErrorKind.TARGET, f -> { },
                f -> f.configure().build().upgrade("zzz"), f -> "migrate.target: no revision matches 'zzz'");
        add(cases, "a malformed target", ErrorKind.TARGET, f -> { },
                f -> f.configure().build().upgrade("+"), f -> "migrate.target: ");
        add(cases, "a zero step", ErrorKind.TARGET, f -> { },
                f -> f.configure().build().upgrade("+0"), f -> "migrate.target: ");
        add(cases, "an ambiguous prefix", ErrorKind.TARGET,
                f -> f.files.write("b3.sql", "-- Also b\n-- Revision ID: b3\n-- Revises: b2\n\n-- migrate:upgrade\n"),
                f -> f.configure().build().upgrade("b"), f -> "migrate.target: 'b' matches several revisions: b2 (");
        add(cases, "head with two heads", ErrorKind.TARGET,
                f -> {
                    f.files.write("x1.sql", "-- X\n-- Revision ID: x1\n-- Revises: b2\n\n-- migrate:upgrade\n");
                    f.files.write("y1.sql", "-- Y\n-- Revision ID: y1\n-- Revises: b2\n\n-- migrate:upgrade\n");
                },
                Fixture::upgrade, f -> "migrate.target: 'head' is ambiguous: the heads are ");
        add(cases, "more steps than there are", ErrorKind.TARGET, f -> { },
                f -> f.configure().build().upgrade("+5"), f -> "migrate.target: ");
        add(cases, "a downgrade target above the database", ErrorKind.TARGET, f -> { },
                f -> f.configure().build().downgrade("b2"), f -> "migrate.target: ");
        // ---------------------------------------------------------------------------------- settings
        add(cases, "an unknown URL kind", ErrorKind.CONFIGURATION, f -> { },
                f -> Migrator.configure().url("oracle://root:pw@localhost/db").migrationsDirectory(f.files.directory())
                        .build().upgrade(),
                f -> "the Java API = oracle://root:****@localhost/db is not a database URL migrate understands");
        add(cases, "a JDBC URL no dialect handles", ErrorKind.UNSUPPORTED_DATABASE, f -> { },
                f -> Migrator.configure().url("jdbc:sqlite:/tmp/x.db").migrationsDirectory(f.files.directory())
                        .build().upgrade(),
                f -> "migrate has no dialect for jdbc:sqlite:/tmp/x.db; supported: ");
        add(cases, "an unknown dialect", ErrorKind.CONFIGURATION, f -> { },
                f -> f.configure().dialect("oracle").build().upgrade(),
                f -> "migrate.dialect = 'oracle' is not a known dialect");
        add(cases, "an unreachable server", ErrorKind.CONNECTION, f -> { },
                f -> Migrator.configure().url("jdbc:postgresql://127.0.0.1:" + closedPort() + "/app").user("app")
                        .password("pw").migrationsDirectory(f.files.directory()).build().upgrade(),
                f -> "the server is not reachable; is it running, and are the host and port in migrate.url right?");
        add(cases, "rejected credentials", ErrorKind.AUTHENTICATION,
                f -> DriverManager.getConnection(securedUrl(f), "owner", "right").close(),
                f -> Migrator.configure().url(securedUrl(f)).user("owner").password("wrong")
                        .migrationsDirectory(f.files.directory()).build().upgrade(),
                f -> "check migrate.user and migrate.password");
        add(cases, "a missing migrations directory", ErrorKind.CONFIGURATION, f -> { },
                f -> f.configure().migrationsDirectory(f.directory.resolve("nowhere")).build().upgrade(),
                f -> "point migrate.migrationsDirectory at your migrations");
        add(cases, "a schema name with a quote", ErrorKind.CONFIGURATION, f -> { },
                f -> f.configure().schema("app\"x").build().upgrade(),
                f -> "migrate.schema = 'app\"x' is not a plain identifier");
        add(cases, "a schema name with a semicolon", ErrorKind.CONFIGURATION, f -> { },
                f -> f.configure().schema("app; DROP TABLE tags").build().upgrade(),
                f -> "migrate.schema = 'app; DROP TABLE tags' is not a plain identifier");
        add(cases, "an unknown transaction mode", ErrorKind.CONFIGURATION, f -> { },
                f -> f.configure().transactionMode(TransactionMode.parse("sometimes")).build().upgrade(),
                f -> "migrate.transactionMode = 'sometimes' is not a transaction mode");
        add(cases, "one transaction on a database without transactional DDL", ErrorKind.CONFIGURATION, f -> { },
                f -> f.configure().transactionMode(TransactionMode.ALL).build().upgrade(),
                f -> "migrate.transactionMode = all needs a database whose DDL is transactional");
        add(cases, "a negative lock timeout", ErrorKind.CONFIGURATION, f -> { },
                f -> f.configure().lockTimeout(Duration.ofSeconds(-1)).build().upgrade(),
                f -> "migrate.lockTimeout = -1 s is negative");
        add(cases, "negative connection retries", ErrorKind.CONFIGURATION, f -> { },
                f -> f.configure().connectRetries(-2, Duration.ofSeconds(1)).build().upgrade(),
                f -> "migrate.connectRetries = -2 is negative");
        add(cases, "a negative retry interval", ErrorKind.CONFIGURATION, f -> { },
                f -> f.configure().connectRetries(2, Duration.ofMillis(-500)).build().upgrade(),
                f -> "migrate.connectRetryInterval = -500 ms is negative");
        // ------------------------------------------------------------------------------ database state
        add(cases, "a version row no file knows", ErrorKind.DATABASE_STATE,
                f -> f.database.execute("UPDATE migrate_version SET revision = 'feature_x'"),
                Fixture::upgrade, f -> "the database is at feature_x, which is not in ");
        add(cases, "a version table of another tool", ErrorKind.DATABASE_STATE,
                f -> f.database.execute("DROP TABLE migrate_version",
                        "CREATE TABLE migrate_version (repository_id VARCHAR(250) PRIMARY KEY, repository_path VARCHAR(250), "
                                + "version INTEGER)", "INSERT INTO migrate_version VALUES ('shop', 'db_repo', 7)"),
                Fixture::upgrade, f -> "migrate_version exists but is not migrate's version table (it looks like "
                        + "sqlalchemy-migrate's): its columns are (repository_id, repository_path, version)");
        add(cases, "a journal of another format", ErrorKind.DATABASE_STATE,
                f -> f.database.execute("DROP TABLE migrate_history",
                        "CREATE TABLE migrate_history (id INTEGER PRIMARY KEY, revision VARCHAR(20), applied DATE)"),
                Fixture::upgrade, f -> "migrate_history exists but is not migrate's journal in the format this version "
                        + "writes");
        add(cases, "an edited applied revision", ErrorKind.CHECKSUM_MISMATCH,
                f -> {
                    Path a1 = Files.list(f.files.directory()).filter(p -> p.toString().contains("a1")).findFirst().orElseThrow();
                    Files.writeString(a1, Files.readString(a1).replace("PRIMARY KEY", "PRIMARY KEY NOT NULL"));
                },
                Fixture::upgrade, f -> "-a1_create_tags.sql differs from the text applied (upgrade) on ");
        add(cases, "a downgrade past an irreversible revision", ErrorKind.REFUSED,
                f -> {
                    f.revision("c3.sql", "-- migrate:upgrade\nCREATE TABLE gone (id INTEGER);\n"
                            + "-- migrate:irreversible drops data\n");
                    f.configure().build().upgrade();
                },
                f -> f.configure().build().downgrade("a1"),
                f -> "c3 (" + f.file("c3.sql") + "): it is marked '-- migrate:irreversible' (drops data)");
        add(cases, "a revision left in a failed state", ErrorKind.FAILED_STATE,
                f -> {
                    f.revision("c3.sql", "-- migrate:upgrade\nCREATE TABLE half (id INTEGER);\nINSERT INTO nowhere VALUES (1);\n");
                    catchThrowable(() -> f.configure().build().upgrade());
                },
                Fixture::upgrade, f -> "failed at " + f.at("c3.sql", 8) + ": ");
        add(cases, "a resume after a completed statement changed", ErrorKind.FAILED_STATE,
                f -> {
                    f.revision("c3.sql", "-- migrate:upgrade\nCREATE TABLE half (id INTEGER);\nINSERT INTO nowhere VALUES (1);\n");
                    catchThrowable(() -> f.configure().build().upgrade());
                    f.revision("c3.sql", "-- migrate:upgrade\nCREATE TABLE half (id BIGINT);\nINSERT INTO half VALUES (1);\n");
                },
                f -> f.configure().resume(true).build().upgrade(),
                f -> "cannot resume c3: statement 1 (" + f.at("c3.sql", 7) + ") completed in the failed run");
        return cases.stream();
    }

    private static void add(List<Arguments> cases, String name, ErrorKind kind, Step prepare, Action action,
                            Expectation mentions) {
        cases.add(Arguments.of(Named.of(name, new Case(kind, prepare, action, mentions))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithItsKindNamingTheCauseAndChangesNothing(Case bad) throws Exception {
        fixture.applyBase();
        bad.prepare().on(fixture);
        String before = snapshot(fixture);

        Throwable thrown = catchThrowable(() -> bad.action().on(fixture));

        assertThat(thrown).isInstanceOf(MigrateException.class);
        assertThat(((MigrateException) thrown).kind()).as(thrown.getMessage()).isEqualTo(bad.kind());
        assertThat(thrown.getMessage()).contains(bad.mentions().of(fixture));
        assertThat(snapshot(fixture)).as("the database is unchanged").isEqualTo(before);
    }

    /**
     * Read-only goals read only headers and checksums, so a pending file whose statements cannot be split shows as
     * pending (the release gate {@code failOnPending} still holds); showing its statements fails as loading it
     * would, and upgrade refuses it before any change.
     */
    @org.junit.jupiter.api.Test
    void aPendingFileThatCannotBeSplitIsPendingForStatusAndRefusedByUpgrade() throws Exception {
        fixture.applyBase();
        fixture.revision("c3.sql", "-- migrate:upgrade\nINSERT INTO tags VALUES (2);\nSELECT 'oops;\n");
        String before = snapshot(fixture);

        Migrator migrator = fixture.configure().build();

        assertThat(migrator.status().pending()).extracting(r -> r.revision()).containsExactly("b2", "c3");
        assertThat(migrator.history().entries()).extracting(e -> e.revision().revision())
                .containsExactly("c3", "b2", "a1");
        assertThat(migrator.heads().heads()).extracting(h -> h.revision().revision()).containsExactly("c3");
        for (Action needsStatements : List.<Action>of(f -> migrator.show("c3"), f -> migrator.upgrade())) {
            Throwable thrown = catchThrowable(() -> needsStatements.on(fixture));
            assertThat(thrown).isInstanceOf(MigrateException.class)
                    .hasMessageContaining(fixture.at("c3.sql", 8) + ": unterminated string literal");
            assertThat(((MigrateException) thrown).kind()).isEqualTo(ErrorKind.SCRIPT);
        }
        assertThat(snapshot(fixture)).as("the database is unchanged").isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void theCorpusHasAtLeastThirtyCases() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(30);
    }

    /** Every schema, table and row of the database, as text. */
    static String snapshot(Fixture f) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = f.database.connect(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_schema, table_name FROM information_schema.tables "
                    + "WHERE table_schema <> 'INFORMATION_SCHEMA' ORDER BY 1, 2")) {
                while (rs.next()) {
                    tables.add('"' + rs.getString(1) + "\".\"" + rs.getString(2) + '"');
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT schema_name FROM information_schema.schemata ORDER BY 1")) {
                while (rs.next()) {
                    out.append("schema ").append(rs.getString(1)).append('\n');
                }
            }
            for (String table : tables) {
                out.append("table ").append(table).append('\n');
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int k = 1; k <= columns; k++) {
                            out.append(rs.getString(k)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private static String securedUrl(Fixture f) {
        return "jdbc:h2:file:" + f.directory.resolve("secured").toAbsolutePath();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
