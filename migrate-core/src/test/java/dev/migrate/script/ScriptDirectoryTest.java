package dev.migrate.script;

import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.graph.GraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScriptDirectoryTest {

    /** How the directory is shown in messages. */
    private static final String SHOWN = "db/migrations";

    @TempDir
    Path directory;

    /**
     * Writes a revision file: line 2 is {@code Revision ID}, line 3 {@code Revises}, and {@code extraHeader} lines
     * follow from line 4.
     */
    private void revision(String relativeName, String id, String revises, String... extraHeader) throws IOException {
        StringBuilder text = new StringBuilder("-- Revision " + id + "\n-- Revision ID: " + id + "\n-- Revises: "
                + revises + "\n");
        for (String line : extraHeader) {
            text.append("-- ").append(line).append('\n');
        }
        text.append("\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\nSELECT 2;\n");
        write(relativeName, text.toString());
    }

    private void write(String relativeName, String text) throws IOException {
        Path file = directory.resolve(relativeName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private ScriptDirectory load() {
        return ScriptDirectory.load(new DirectorySource(directory, SHOWN), PostgresDialect.SPLITTING);
    }

    private ScriptException loadFails() {
        ScriptException e = catchThrowableOfType(ScriptException.class, this::load);
        assertThat(e).as("loading should fail with a ScriptException").isNotNull();
        return e;
    }

    /** Loading fails at {@code file:line} with a message that starts with {@code reason}. */
    private ScriptException loadFailsAt(String file, int line, String reason) {
        ScriptException e = loadFails();
        assertThat(e.location()).isEqualTo(SHOWN + "/" + file);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.getMessage()).startsWith(SHOWN + "/" + file + ":" + line + ": " + reason);
        return e;
    }

    @Test
    void readsFilesInNameOrderIncludingSubDirectories() throws IOException {
        revision("b_first.sql", "a1", "");
        revision("a_second.sql", "b2", "a1");
        revision("c/nested.sql", "c3", "b2");
        revision("c/deeper/again.sql", "d4", "c3");

        ScriptDirectory underTest = load();

        assertThat(underTest.scripts()).extracting(RevisionScript::location).containsExactly(
                SHOWN + "/a_second.sql", SHOWN + "/b_first.sql", SHOWN + "/c/deeper/again.sql", SHOWN + "/c/nested.sql");
        assertThat(underTest.scripts()).extracting(RevisionScript::revision).containsExactly("b2", "a1", "d4", "c3");
        assertThat(underTest.graph().heads()).containsExactly("d4");
        assertThat(underTest.script("c3").location()).isEqualTo(SHOWN + "/c/nested.sql");
        assertThat(underTest.contains("a1")).isTrue();
        assertThat(underTest.contains("zz")).isFalse();
        assertThat(underTest.description()).isEqualTo(SHOWN);
        assertThat(underTest.warnings()).isEmpty();
    }

    @Test
    void symbolicLinksToFilesAreReadAndHiddenFilesAndLinksToDirectoriesAreNot(@TempDir Path elsewhere)
            throws IOException {
        revision("a.sql", "a1", "");
        Path shared = elsewhere.resolve("shared.sql");
        Files.writeString(shared, "-- Shared\n-- Revision ID: b2\n-- Revises: a1\n\n-- migrate:upgrade\nSELECT 1;\n");
        Files.createSymbolicLink(directory.resolve("b.sql"), shared);
        write(".c.sql", "-- Hidden\n-- Revision ID: c3\n-- Revises: b2\n\n-- migrate:upgrade\nSELECT 1;\n");
        Files.createDirectories(elsewhere.resolve("more"));
        Files.writeString(elsewhere.resolve("more/d.sql"), "-- Linked dir\n-- Revision ID: d4\n-- Revises: b2\n\n"
                + "-- migrate:upgrade\nSELECT 1;\n");
        Files.createSymbolicLink(directory.resolve("more"), elsewhere.resolve("more"));

        ScriptDirectory underTest = load();

        assertThat(underTest.scripts()).extracting(RevisionScript::location)
                .containsExactly(SHOWN + "/a.sql", SHOWN + "/b.sql");
    }

    @Test
    void anUnknownRevisionIsAGraphError() throws IOException {
        revision("a.sql", "a1", "");

        ScriptDirectory underTest = load();

        assertThatThrownBy(() -> underTest.script("zz")).isInstanceOf(GraphException.UnknownRevision.class);
    }

    @Test
    void anEmptyDirectoryHasNoScripts() {
        ScriptDirectory underTest = load();

        assertThat(underTest.scripts()).isEmpty();
        assertThat(underTest.graph().heads()).isEmpty();
    }

    @Test
    void callbackFilesAreNotRevisionsAndOtherFilesAreIgnored() throws IOException {
        revision("20260101_1200-a1_first.sql", "a1", "");
        String notARevision = "this is not a revision file '\n";
        write("beforeUpgrade.sql", "-- runs first\nSELECT 1;\nSELECT 2;\n");
        write("AFTEREACHDOWNGRADE.SQL", "SELECT 3;\n");
        write("callbacks/afterUpgrade.sql", "SELECT 4;\n");
        write("README.md", notARevision);
        write("notes.txt", notARevision);
        write("a1.sql.bak", notARevision);
        write(".draft.sql", notARevision);

        ScriptDirectory underTest = load();

        assertThat(underTest.scripts()).extracting(RevisionScript::revision).containsExactly("a1");
        assertThat(underTest.callbacks()).extracting(CallbackScript::event)
                .containsExactly("afterEachDowngrade", "beforeUpgrade", "afterUpgrade");
        assertThat(underTest.callbacks().get(1).statements()).extracting(SqlStatement::line).containsExactly(2, 3);
    }

    @Test
    void aBrokenCallbackFileIsReportedWithItsLine() throws IOException {
        revision("20260101_1200-a1_first.sql", "a1", "");
        write("afterUpgrade.sql", "SELECT 1;\nSELECT 'oops;\n");

        loadFailsAt("afterUpgrade.sql", 2, "unterminated string literal");
    }

    @Test
    void aBadFileIsReportedWithItsLocation() throws IOException {
        revision("a.sql", "a1", "");
        write("b.sql", "-- broken\n-- Revision ID: b2\n-- Revises: a1\n-- migrate:upgrade\nSELECT 'oops;\n");

        loadFailsAt("b.sql", 5, "unterminated string literal");
    }

    @Test
    void loadingHeadersLeavesStatementsToTheFirstUseAndLoadingEverythingRefusesABadOne() throws IOException {
        revision("a.sql", "a1", "");
        write("b.sql", "-- Broken\n-- Revision ID: b2\n-- Revises: a1\n\n-- migrate:upgrade\nSELECT 'oops;\n");

        loadFailsAt("b.sql", 6, "unterminated string literal");
        ScriptDirectory headers = ScriptDirectory.load(java.util.List.of(new DirectorySource(directory, SHOWN)),
                PostgresDialect.SPLITTING, getClass().getClassLoader(), ScriptDirectory.Detail.HEADERS);

        assertThat(headers.graph().heads()).containsExactly("b2");
        assertThat(headers.script("a1").upgrade().statements()).hasSize(1);
        assertThatThrownBy(() -> headers.script("b2").upgrade()).isInstanceOf(ScriptException.class)
                .hasMessageStartingWith(SHOWN + "/b.sql:6: unterminated string literal");
    }

    @Test
    void aDuplicateRevisionIdNamesBothFilesAndLines() throws IOException {
        revision("a.sql", "a1", "");
        write("sub/b.sql", "-- Copy\n--\n-- Revision ID: a1\n-- Revises:\n-- migrate:upgrade\n");

        ScriptException e = loadFailsAt("sub/b.sql", 3, "revision id a1 is also used by " + SHOWN + "/a.sql:2;");

        assertThat(e.getMessage()).contains("give one of them a new id");
    }

    @Test
    void aMissingParentNamesTheFileAndItsRevisesLine() throws IOException {
        revision("a.sql", "a1", "");
        revision("b.sql", "b2", "a1, zz9");

        loadFailsAt("b.sql", 3, "revises 'zz9', which no file in this directory declares");
    }

    @Test
    void aCycleNamesTheRevisionsAndTheirFiles() throws IOException {
        revision("a.sql", "a1", "b2");
        revision("b.sql", "b2", "a1");

        ScriptException e = loadFails();

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith(e.location() + ":3: the revisions form a cycle: ")
                .contains("a1 (" + SHOWN + "/a.sql)", "b2 (" + SHOWN + "/b.sql)")
                .contains("one of these 'Revises:' or 'Depends On:' lines is wrong");
    }

    @Test
    void aCycleThroughDependsOnNamesTheRevisionsAndTheirFiles() throws IOException {
        revision("a.sql", "a1", "");
        revision("b.sql", "b2", "a1", "Depends On: c3");
        revision("c.sql", "c3", "b2");

        ScriptException e = loadFails();

        assertThat(e.getMessage()).contains("the revisions form a cycle: ", "b2 (" + SHOWN + "/b.sql)",
                "c3 (" + SHOWN + "/c.sql)");
    }

    @Test
    void aBranchLabelUsedTwiceNamesBothFiles() throws IOException {
        revision("a.sql", "a1", "", "Branch Labels: billing");
        revision("b.sql", "b2", "", "Create Date: 2026-01-01 00:00:00", "Branch Labels: reports, billing");

        loadFailsAt("b.sql", 5, "branch label 'billing' is already used by " + SHOWN + "/a.sql:4; branch labels "
                + "must be unique");
    }

    @Test
    void aBranchLabelThatIsAnotherRevisionsIdNamesThatFile() throws IOException {
        revision("a.sql", "a1", "");
        revision("b.sql", "b2", "", "Branch Labels: a1");

        loadFailsAt("b.sql", 4, "branch label 'a1' is already used by the revision id of " + SHOWN + "/a.sql");
    }

    @Test
    void anUnknownDependencyNamesTheFileAndItsDependsOnLine() throws IOException {
        revision("a.sql", "a1", "");
        revision("b.sql", "b2", "a1", "Branch Labels: reports", "Depends On: a1, nothing9@head");

        loadFailsAt("b.sql", 5, "depends on 'nothing9@head', which is neither a revision id nor a branch label");
    }

    @Test
    void aDependencyOnTheHeadOfABranchWithTwoHeadsNamesTheFile() throws IOException {
        revision("a.sql", "a1", "", "Branch Labels: billing");
        revision("b.sql", "b2", "a1");
        revision("c.sql", "c3", "a1");
        revision("d.sql", "d4", "", "Depends On: billing@head");

        loadFailsAt("d.sql", 4, "depends on 'billing@head', but that branch has several heads (b2, c3)");
    }

    @Test
    void aFileNameThatDisagreesWithItsHeaderIsAWarningNotAnError() throws IOException {
        revision("20260101_1200-zz9_add_users.sql", "a1", "");
        revision("20260101_1300-b2_add_orders.sql", "b2", "a1");
        revision("20260101_1400-c3.sql", "c3", "b2");
        revision("20260101_1500-d4x_prefix_is_not_enough.sql", "d4", "c3");
        revision("undated_name.sql", "e5", "d4");

        ScriptDirectory underTest = load();

        assertThat(underTest.scripts()).hasSize(5);
        assertThat(underTest.warnings()).containsExactly(
                SHOWN + "/20260101_1200-zz9_add_users.sql: the file name does not contain revision id a1 from its "
                        + "header; the header is what counts",
                SHOWN + "/20260101_1500-d4x_prefix_is_not_enough.sql: the file name does not contain revision id d4 "
                        + "from its header; the header is what counts");
    }

    /**
     * {@code classpath:db/migrations} and the compiled classes both reach a project's Java migrations in package
     * {@code db.migrations}: one class is one migration, not a duplicate id.
     */
    @Test
    void aJavaMigrationReachedThroughTwoLocationsIsOneRevision(@TempDir Path classes) throws IOException {
        Path copy = classes.resolve("javamigrations/mixed/BackfillSlugs.class");
        Files.createDirectories(copy.getParent());
        try (var in = getClass().getResourceAsStream("/javamigrations/mixed/BackfillSlugs.class")) {
            Files.copy(in, copy);
        }

        ScriptDirectory scripts = ScriptDirectory.load(java.util.List.of(
                        new ClasspathSource("javamigrations/mixed", getClass().getClassLoader()),
                        new CompiledClassesSource(classes, "target/classes")),
                PostgresDialect.SPLITTING, getClass().getClassLoader(), ScriptDirectory.Detail.FULL);

        assertThat(scripts.scripts()).extracting(RevisionScript::revision).containsExactly("j1", "j3", "j2");
        assertThat(scripts.script("j2").location()).isEqualTo("javamigrations.mixed.BackfillSlugs");
    }
}
