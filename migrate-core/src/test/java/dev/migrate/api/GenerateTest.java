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
        assertThatThrownBy(() -> migrator(directory).generate(GenerateRequest.of("x").withRevisionId("g".repeat(129))))
                .hasMessageContaining("migrate.revisionId is 129 characters long; the version table holds ids of at "
                        + "most 128");
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
    void severalHeadsAreRefusedWithTheWaysOut() {
        MigrationFiles files = new MigrationFiles(project.resolve("m"));
        files.add("base1", "", "Base", "", "");
        files.add("left", "base1", "Left", "", "");
        files.add("right", "base1", "Right", "", "");

        assertThatThrownBy(() -> migrator(files.directory()).generate(GenerateRequest.of("Next")))
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.GRAPH))
                .hasMessageContaining("say where the new revision goes with -Dmigrate.head=<revision or label@head> "
                        + "(or base for a new independent base), or run migrate:merge first");
    }

    @Test
    void headChoosesWhereTheRevisionAttaches() throws Exception {
        MigrationFiles files = new MigrationFiles(project.resolve("m"));
        files.add("base1", "", "Base", "", "");
        files.add("left", "base1", "left_branch", "", "Left", "", "");
        files.add("right", "base1", "Right", "", "");

        GeneratedRevision onLabel = migrator(files.directory()).generate(GenerateRequest.of("More left")
                .withRevisionId("left2").onHead("left_branch@head", false));
        GeneratedRevision onPrefix = migrator(files.directory()).generate(GenerateRequest.of("More right")
                .withRevisionId("right2").onHead("rig", false));
        GeneratedRevision newBase = migrator(files.directory()).generate(GenerateRequest.of("Audit schema")
                .withRevisionId("audit1").onHead("base", false).withBranchLabels(List.of("audit")));

        assertThat(onLabel.revises()).containsExactly("left");
        assertThat(onPrefix.revises()).containsExactly("right");
        assertThat(newBase.revises()).isEmpty();
        assertThat(Files.readString(newBase.file())).contains("-- Revision ID: audit1\n-- Revises:\n-- Create Date: "
                + "2026-11-21 14:05:00\n-- Branch Labels: audit\n");
        ScriptDirectory scripts = ScriptDirectory.load(new DirectorySource(files.directory()), SplitOptions.POSTGRESQL);
        assertThat(scripts.graph().heads()).containsExactly("audit1", "left2", "right2");
        assertThat(scripts.graph().bases()).containsExactly("base1", "audit1");
        assertThat(scripts.graph().labelOwner("audit")).contains("audit1");
        assertThat(listener.warnings).isEmpty();
    }

    @Test
    void aNewBaseWithoutALabelIsWrittenWithAWarning() {
        MigrationFiles files = new MigrationFiles(project.resolve("m"));
        files.add("base1", "", "Base", "", "");

        GeneratedRevision second = migrator(files.directory()).generate(GenerateRequest.of("Other")
                .withRevisionId("other1").onHead(" base ", false));

        assertThat(second.revises()).isEmpty();
        assertThat(listener.warnings).containsExactly("The new revision other1 is a second base, without a branch "
                + "label: targets can only name it by id. Consider -Dmigrate.branchLabel=<name>.");
    }

    @Test
    void aRevisionThatIsNotAHeadNeedsSplice() throws Exception {
        MigrationFiles files = new MigrationFiles(project.resolve("m"));
        files.add("a1", "", "One", "", "");
        files.add("a2", "a1", "Two", "", "");

        assertThatThrownBy(() -> migrator(files.directory()).generate(GenerateRequest.of("Fork").onHead("a1", false)))
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.CONFIGURATION))
                .hasMessageContaining("migrate.head = 'a1': a1 (")
                .hasMessageContaining("_one.sql) is not a head: a2 already revise(s) it. Attach to a head (a2 (")
                .hasMessageEndingWith("or set -Dmigrate.splice=true to start a new branch from a1");
        assertThat(files.directory().toFile().list()).hasSize(2);

        GeneratedRevision fork = migrator(files.directory()).generate(GenerateRequest.of("Fork")
                .withRevisionId("fork1").onHead("a1", true));
        assertThat(fork.revises()).containsExactly("a1");
        assertThat(Files.readString(fork.file())).contains("-- Revises: a1\n");
    }

    @Test
    void dependsOnKeepsLabelsAndCompletesPrefixes() throws Exception {
        MigrationFiles files = new MigrationFiles(project.resolve("m"));
        files.add("3f2a9c1d7b4e", "", "accounts", "", "Accounts", "", "");
        files.add("7c1e0d9b2a55", "", "Billing", "", "");

        GeneratedRevision revision = migrator(files.directory()).generate(GenerateRequest.of("Invoices")
                .withRevisionId("inv1").onHead("7c1e", false).dependingOn(List.of("accounts@head", "3f2a", "accounts")));

        assertThat(Files.readString(revision.file())).contains("-- Revises: 7c1e0d9b2a55\n",
                "-- Depends On: accounts@head, 3f2a9c1d7b4e, accounts\n");
        ScriptDirectory scripts = ScriptDirectory.load(new DirectorySource(files.directory()), SplitOptions.POSTGRESQL);
        assertThat(scripts.graph().dependencies("inv1")).containsExactly("3f2a9c1d7b4e", "3f2a9c1d7b4e", "3f2a9c1d7b4e");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            head=nothing             | migrate.head = 'nothing': no revision matches 'nothing' in
            head=a                   | migrate.head = 'a': 'a' matches several revisions: a1 (
            head=heads               | migrate.head = 'heads': 'heads' is ambiguous: the heads are a2 (
            head=a2+1                | migrate.head = 'a2+1': target 'a2+1': there are only 0 revision(s) above a2
            head=x y                 | target 'x y': not a target
            branchLabel=a1           | migrate.branchLabel = 'a1' is already the id of
            branchLabel=feature      | migrate.branchLabel = 'feature' is already declared by
            branchLabel=no-dash      | migrate.branchLabel = 'no-dash' is not a valid branch label
            branchLabel=heads        | migrate.branchLabel = 'heads' is not a valid branch label
            branchLabel=new1         | migrate.branchLabel = 'new1' is also the new revision's id
            dependsOn=zz9            | migrate.dependsOn = 'zz9': no revision matches 'zz9' in
            dependsOn=a              | migrate.dependsOn = 'a': 'a' matches several revisions
            dependsOn=feature@tail   | migrate.dependsOn = 'feature@tail': target 'feature@tail': a dependency is a revision id or prefix, a branch label, or <label>@head
            dependsOn=payroll@head   | migrate.dependsOn = 'payroll@head': no revision matches 'payroll@head'
            dependsOn=feature@head   | migrate.dependsOn = 'feature@head': 'feature@head' is ambiguous: the heads are a2 (
            """)
    void badHeaderValuesAreRefusedNamingTheParameter(String setting, String message) {
        MigrationFiles files = new MigrationFiles(project.resolve("m"));
        files.add("a1", "", "feature", "", "One", "", "");
        files.add("a2", "a1", "Two", "", "");
        files.add("b2", "a1", "Other two", "", "");
        String[] parameter = setting.split("=", 2);
        GenerateRequest request = GenerateRequest.of("New").withRevisionId("new1").onHead("a2", false);
        request = switch (parameter[0]) {
            case "head" -> request.onHead(parameter[1], false);
            case "branchLabel" -> request.withBranchLabels(List.of(parameter[1]));
            default -> request.dependingOn(List.of(parameter[1]));
        };
        GenerateRequest asked = request;

        assertThatThrownBy(() -> migrator(files.directory()).generate(asked))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining(message);
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
