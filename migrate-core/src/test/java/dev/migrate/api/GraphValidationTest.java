package dev.migrate.api;

import dev.migrate.testing.H2Memory;
import dev.migrate.testing.MigrationFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every broken graph the issue lists, through every goal that writes: each is refused naming the file and line,
 * and the database is never touched. Each row writes its files (a header of {@code --} lines numbered from 1) and
 * names the file and line the message must start with.
 */
class GraphValidationTest {

    @TempDir
    Path directory;

    private final H2Memory database = new H2Memory("validation");

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    /** A broken directory: the files to write, and where and how the error must point. */
    record Broken(String name, Consumer<MigrationFiles> files, String file, int line, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A revision file whose header is exactly {@code header} (line 1 first), with empty sections. */
    static String file(String... header) {
        return String.join("\n", header) + "\n\n-- migrate:upgrade\n\n-- migrate:downgrade\n";
    }

    static Stream<Broken> brokenGraphs() {
        return Stream.of(
                new Broken("cycle", f -> {
                    f.write("a.sql", file("-- A", "-- Revision ID: a1", "-- Revises: c3"));
                    f.write("b.sql", file("-- B", "-- Revision ID: b2", "-- Revises: a1"));
                    f.write("c.sql", file("-- C", "-- Revision ID: c3", "-- Revises: b2"));
                }, "a.sql", 3, "the revisions form a cycle: a1 ("),
                new Broken("cycle through depends on", f -> {
                    f.write("a.sql", file("-- A", "-- Revision ID: a1", "-- Revises:", "-- Depends On: b2"));
                    f.write("b.sql", file("-- B", "-- Revision ID: b2", "-- Revises: a1"));
                }, "a.sql", 4, "the revisions form a cycle: a1 ("),
                new Broken("missing parent", f -> {
                    f.write("a.sql", file("-- A", "-- Revision ID: a1", "-- Revises:"));
                    f.write("b.sql", file("-- B", "-- Revision ID: b2", "-- Revises: a1, gone9"));
                }, "b.sql", 3, "revises 'gone9', which no file in this directory declares"),
                new Broken("duplicate revision id", f -> {
                    f.write("a.sql", file("-- A", "--", "-- Revision ID: a1", "-- Revises:"));
                    f.write("b.sql", file("-- B", "-- Revision ID: a1", "-- Revises:"));
                }, "b.sql", 2, "revision id a1 is also used by "),
                new Broken("duplicate branch label", f -> {
                    f.write("a.sql", file("-- A", "-- Revision ID: a1", "-- Revises:", "-- Branch Labels: billing"));
                    f.write("b.sql", file("-- B", "-- Revision ID: b2", "-- Revises:", "-- Create Date: 2026-01-01 "
                            + "00:00:00", "-- Branch Labels: billing"));
                }, "b.sql", 5, "branch label 'billing' is already used by "),
                new Broken("depends on an unknown revision", f -> {
                    f.write("a.sql", file("-- A", "-- Revision ID: a1", "-- Revises:"));
                    f.write("b.sql", file("-- B", "-- Revision ID: b2", "-- Revises: a1", "-- Depends On: a1, nope7"));
                }, "b.sql", 4, "depends on 'nope7', which is neither a revision id nor a branch label"),
                new Broken("illegal characters in an id", f ->
                        f.write("a.sql", file("-- A", "-- Revision ID: 3f2a-9c1d", "-- Revises:")),
                        "a.sql", 2, "the revision id '3f2a-9c1d' may only use letters, digits and '_'"),
                new Broken("illegal characters in Revises", f ->
                        f.write("a.sql", file("-- A", "-- Revision ID: a1", "-- Revises: b2.sql")),
                        "a.sql", 3, "the revised revision id 'b2.sql' may only use letters, digits and '_'"),
                new Broken("illegal characters in a branch label", f ->
                        f.write("a.sql", file("-- A", "-- Revision ID: a1", "-- Revises:", "-- Branch Labels: bill ing")),
                        "a.sql", 4, "the branch label 'bill ing' may only use letters, digits and '_'"),
                new Broken("illegal characters in Depends On", f ->
                        f.write("a.sql", file("-- A", "-- Revision ID: a1", "-- Revises:", "-- Depends On: b2@tip")),
                        "a.sql", 4, "'b2@tip' in 'Depends On:' is not a revision id, branch label or <label>@head"),
                new Broken("a reserved word as id", f ->
                        f.write("a.sql", file("-- A", "-- Revision ID: current", "-- Revises:")),
                        "a.sql", 2, "the revision id 'current' is a reserved word"));
    }

    static Stream<String> writingGoals() {
        return Stream.of("upgrade", "downgrade", "stamp");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenGraphs")
    void refusedWithFileAndLineBeforeTheDatabaseIsTouched(Broken broken) throws SQLException {
        MigrationFiles files = new MigrationFiles(directory.resolve("migrations"));
        broken.files().accept(files);
        Migrator migrator = Migrator.configure().url(database.url()).user("sa").password("")
                .migrationsDirectory(files.directory()).migrationsShownAs("db").build();
        String where = "db/" + broken.file() + ":" + broken.line() + ": ";

        for (Runnable goal : List.<Runnable>of(migrator::upgrade, () -> migrator.downgrade("base"),
                () -> migrator.stamp("heads", false), () -> migrator.stamp("base", true), migrator::status,
                migrator::history, migrator::heads, () -> migrator.show("head"),
                () -> migrator.merge(MergeRequest.ofHeads("merge")))) {
            assertThatThrownBy(goal::run)
                    .isInstanceOf(MigrateException.class)
                    .satisfies(e -> assertThat(((MigrateException) e).kind()).isIn(ErrorKind.SCRIPT, ErrorKind.GRAPH))
                    .hasMessageStartingWith(where + broken.reason());
        }
        assertThat(tables()).as("nothing was created").isEmpty();
        assertThat(files.directory().toFile().list()).as("merge wrote nothing").hasSizeLessThanOrEqualTo(3);
    }

    private List<String> tables() throws SQLException {
        try (Connection c = database.connect();
             ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
            return names;
        }
    }
}
