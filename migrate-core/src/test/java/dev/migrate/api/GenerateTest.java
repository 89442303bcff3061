package dev.migrate.api;

import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.SplitOptions;
import dev.migrate.script.DirectorySource;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.RecordingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generating revision files through the API; no database is touched. */
class GenerateTest {

    @TempDir
    Path project;

    private final RecordingListener listener = new RecordingListener();

    private Migrator migrator(Path directory) {
        return Migrator.configure().url("jdbc:h2:mem:never_opened").migrationsDirectory(directory)
                .clock(Clock.fixed(Instant.parse("2026-11-21T14:05:00Z"), ZoneOffset.UTC)).listener(listener).build();
    }

    @Test
    void theFirstRevisionCreatesTheDirectoryAndIsABase() throws Exception {
        Path directory = project.resolve("db/migrations");

        GeneratedRevision revision = migrator(directory).generate(GenerateRequest.of("Add users table"));

        assertThat(revision.revision()).matches("[0-9a-f]{12}");
        assertThat(revision.revises()).isEmpty();
        assertThat(revision.file().getFileName().toString())
                .isEqualTo("20261121_1405-" + revision.revision() + "_add_users_table.sql");
        assertThat(Files.readString(revision.file())).isEqualTo("""
                -- Add users table
                --
                -- Revision ID: %s
                -- Revises:
                -- Create Date: 2026-11-21 14:05:00

                -- migrate:upgrade

                -- migrate:downgrade
                """.formatted(revision.revision()));
        assertThat(listener.infos).anyMatch(line -> line.contains("a base revision"));
    }

    @Test
    void eachRevisionRevisesTheHeadAndAForcedIdIsUsed() {
        Path directory = project.resolve("m");
        GeneratedRevision first = migrator(directory).generate(GenerateRequest.of("One"));
        GeneratedRevision second = migrator(directory).generate(GenerateRequest.of("Two").withRevisionId("two_2"));
        GeneratedRevision third = migrator(directory).generate(GenerateRequest.of("Three"));

        assertThat(second.revision()).isEqualTo("two_2");
        assertThat(second.revises()).containsExactly(first.revision());
        assertThat(third.revises()).containsExactly("two_2");
        ScriptDirectory scripts = ScriptDirectory.load(new DirectorySource(directory), SplitOptions.POSTGRESQL);
        assertThat(scripts.graph().heads()).containsExactly(third.revision());
    }

    @Test
    void refusesWhatWouldMakeABadFile() {
        Path directory = project.resolve("m");
        migrator(directory).generate(GenerateRequest.of("One").withRevisionId("one"));

        assertThatThrownBy(() -> migrator(directory).generate(GenerateRequest.of("  ")))
                .hasMessageStartingWith("a message is required (migrate.message)");
        assertThatThrownBy(() -> migrator(directory).generate(GenerateRequest.of("x").withRevisionId("one")))
                .hasMessageContaining("migrate.revisionId = 'one' already exists in ");
        assertThatThrownBy(() -> migrator(directory).generate(GenerateRequest.of("x").withRevisionId("no-dash")))
                .hasMessageContaining("is not a valid revision id");
        assertThatThrownBy(() -> migrator(directory).generate(GenerateRequest.of("x").withRevisionId("head")))
                .hasMessageContaining("is not a valid revision id");
        assertThat(directory.toFile().list()).hasSize(1);
    }

    @Test
    void refusesToGuessWhichOfSeveralHeadsToRevise() {
        MigrationFiles files = new MigrationFiles(project.resolve("m"));
        files.add("base1", "", "Base", "", "");
        files.add("left", "base1", "Left", "", "");
        files.add("right", "base1", "Right", "", "");

        assertThatThrownBy(() -> migrator(files.directory()).generate(GenerateRequest.of("Next")))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("several heads: left (")
                .hasMessageContaining("_left.sql) and right (");
        assertThat(files.directory().toFile().list()).hasSize(3);
    }

    @Test
    void goalsOtherThanGenerateNeedTheDirectory() {
        assertThatThrownBy(() -> migrator(project.resolve("nowhere")).status())
                .isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.CONFIGURATION))
                .hasMessageContaining("does not exist; create the first revision with migrate:generate");
        assertThat(List.of(project.toFile().list())).isEmpty();
    }
}
