package dev.migrate.api;

import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.report.BranchesReport;
import dev.migrate.report.HeadsReport;
import dev.migrate.script.DirectorySource;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.RecordingListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * heads, branches and merge: they read and write files only. The URL points at a database that does not exist, so
 * any attempt to connect would fail these tests.
 *
 * <pre>
 *   t1 -- t2 --+-- ac1 (accounts) -- ac2
 *              +-- bi1 (billing)
 *              +-- rp1 -- rp2
 * </pre>
 */
class HeadsBranchesMergeTest {

    @TempDir
    Path project;

    MigrationFiles files;
    final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void writeThreeBranches() {
        files = new MigrationFiles(project.resolve("migrations"));
        files.add("t1", "", "Trunk one", "", "");
        files.add("t2", "t1", "Trunk two", "", "");
        files.add("ac1", "t2", "accounts", "", "Accounts one", "", "");
        files.add("ac2", "ac1", "", "bi1", "Accounts two", "", "");
        files.add("bi1", "t2", "billing", "", "Billing one", "", "");
        files.add("rp1", "t2", "Reports one", "", "");
        files.add("rp2", "rp1", "Reports two", "", "");
    }

    Migrator migrator() {
        return Migrator.configure().url("jdbc:postgresql://127.0.0.1:1/never_opened")
                .migrationsDirectory(files.directory()).listener(listener)
                .clock(Clock.fixed(Instant.parse("2026-11-22T08:30:00Z"), ZoneOffset.UTC)).build();
    }

    @Test
    void headsListsEveryHeadAndSaysWhatToDoAboutSeveral() {
        HeadsReport heads = migrator().heads();

        assertThat(heads.hasMultipleHeads()).isTrue();
        assertThat(heads.toText(false)).containsExactly(
                "ac2 (head), Accounts two",
                "bi1 (billing) (head), Billing one",
                "rp2 (head), Reports two",
                "3 heads: run migrate:merge to join them, or target 'heads' (all of them) or '<label>@head' (one branch).");
        assertThat(heads.toText(true)).containsSubsequence(
                "ac2 (head), Accounts two",
                "    Revises:      ac1",
                "    Create Date:  2026-11-21 09:04:00",
                "    Depends On:   bi1",
                "    File:         " + files.directory() + "/20261121_0904-ac2_accounts_two.sql");
        assertThat(heads.toJson()).contains("\"revision\": \"bi1\"", "\"branchLabels\": [\"billing\"]",
                "\"dependsOn\": [\"bi1\"]");
    }

    @Test
    void branchesListsEachBranchPointWithItsChildren() {
        BranchesReport branches = migrator().branches();

        assertThat(branches.toText(false)).containsExactly(
                "t2 (branchpoint), Trunk two",
                "    -> ac1 (accounts), Accounts one",
                "    -> bi1 (billing) (head), Billing one",
                "    -> rp1, Reports one");
        assertThat(branches.toText(true).get(0)).endsWith("  [" + files.directory() + "/20261121_0902-t2_trunk_two.sql]");
    }

    @Test
    void aLinearHistoryHasOneHeadAndNoBranchPoints() {
        MigrationFiles linear = new MigrationFiles(project.resolve("linear"));
        linear.add("a1", "", "One", "", "");
        linear.add("a2", "a1", "Two", "", "");
        Migrator migrator = Migrator.configure().url("jdbc:postgresql://127.0.0.1:1/never_opened")
                .migrationsDirectory(linear.directory()).listener(listener).build();

        assertThat(migrator.heads().toText(false)).containsExactly("a2 (head), Two");
        assertThat(migrator.branches().toText(false)).containsExactly("No branch points in " + linear.directory()
                + ": every revision has at most one child.");
    }

    @Test
    void mergeOfEveryHeadWritesARevisionWithEmptySections() throws Exception {
        GeneratedRevision merge = migrator().merge(new MergeRequest("Merge everything", List.of(), "m1",
                List.of("release")));

        assertThat(merge.revises()).containsExactly("ac2", "bi1", "rp2");
        assertThat(Files.readString(merge.file())).isEqualTo("""
                -- Merge everything
                --
                -- Revision ID: m1
                -- Revises: ac2, bi1, rp2
                -- Create Date: 2026-11-22 08:30:00
                -- Branch Labels: release

                -- migrate:upgrade

                -- migrate:downgrade
                """);
        assertThat(merge.file().getFileName().toString()).isEqualTo("20261122_0830-m1_merge_everything.sql");
        ScriptDirectory scripts = ScriptDirectory.load(new DirectorySource(files.directory()), PostgresDialect.SPLITTING);
        assertThat(scripts.graph().heads()).containsExactly("m1");
        assertThat(listener.infos).anyMatch(line -> line.startsWith("Generated merge revision m1 (Merge everything), "
                + "revises ac2 ("));
    }

    @Test
    void mergeOfChosenRevisionsResolvesLabels() {
        GeneratedRevision merge = migrator().merge(new MergeRequest("Merge two", List.of("accounts@head", "billing"),
                null, List.of()));

        assertThat(merge.revision()).matches("[0-9a-f]{12}");
        assertThat(merge.revises()).containsExactly("ac2", "bi1");
        assertThat(migrator().heads().toText(false)).contains("rp2 (head), Reports two");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ac2               | migrate.revisions = 'ac2': a merge joins at least two revisions, and this names only ac2 (
            ac2,ac2           | migrate.revisions = 'ac2,ac2': a merge joins at least two revisions, and this names only ac2 (
            ac1,ac2           | migrate.revisions = 'ac1,ac2': ac1 (
            ac2,nothing       | migrate.revisions = 'nothing': no revision matches 'nothing' in
            ac2,r             | migrate.revisions = 'r': 'r' matches several revisions: rp1 (
            ac2,payroll@head  | migrate.revisions = 'payroll@head': no revision matches 'payroll@head'
            ac2,base          | migrate.revisions = 'base': target 'base': it names no revision (base)
            """)
    void mergeRefusesWhatIsNotAMergeAndWritesNothing(String revisions, String message) {
        String[] before = files.directory().toFile().list();

        assertThatThrownBy(() -> migrator().merge(new MergeRequest("Merge", List.of(revisions.split(",")), null,
                List.of())))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining(message);
        assertThat(files.directory().toFile().list()).containsExactlyInAnyOrder(before);
    }

    @Test
    void mergeRefusesALinearHistoryAndBadHeaderValues() {
        MigrationFiles linear = new MigrationFiles(project.resolve("linear"));
        linear.add("a1", "", "One", "", "");
        Migrator single = Migrator.configure().url("jdbc:postgresql://127.0.0.1:1/never_opened")
                .migrationsDirectory(linear.directory()).listener(listener).build();

        assertThatThrownBy(() -> single.merge(MergeRequest.ofHeads("Merge")))
                .hasMessageContaining("migrate.revisions = 'heads': a merge joins at least two revisions, and this "
                        + "names only a1 (")
                .hasMessageEndingWith("; there is nothing to merge");
        assertThatThrownBy(() -> migrator().merge(MergeRequest.ofHeads(" ")))
                .hasMessageStartingWith("a message is required (migrate.message)");
        assertThatThrownBy(() -> migrator().merge(new MergeRequest("Merge", List.of(), "t1", List.of())))
                .hasMessageContaining("migrate.revisionId = 't1' already exists in ");
        assertThatThrownBy(() -> migrator().merge(new MergeRequest("Merge", List.of(), null, List.of("billing"))))
                .hasMessageContaining("migrate.branchLabel = 'billing' is already declared by ")
                .hasMessageContaining("_billing_one.sql:6; branch labels must be unique");
        assertThat(files.directory().toFile().list()).hasSize(7);
    }
}
