package dev.migrate.script;

import dev.migrate.dialect.postgres.PostgresDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptWriterTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 3, 7, 9, 5, 59, 123_000_000);

    private final ScriptParser parser = new ScriptParser(PostgresDialect.SPLITTING);

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Add users table                                                      | add_users_table
            "  Add 'users'.email (unique!)  "                                    | add_users_email_unique
            "--Fix: ORDER #42 -- now?"                                           | fix_order_42_now
            MiXeD CaSe 2FA_Tokens                                                | mixed_case_2fa_tokens
            Add a column for the customer's preferred delivery window and notes | add_a_column_for_the_customer_s
            abcdefghij abcdefghij abcdefghij abcdefg more words                  | abcdefghij_abcdefghij_abcdefghij_abcdefg
            abcdefghijkl xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx       | abcdefghijkl
            ab xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx                 | ab_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            "''"                                                                 | revision
            "!!! ???"                                                            | revision
            日本語                                                                | revision
            """)
    void slugs(String message, String slug) {
        assertThat(ScriptWriter.slug(message)).isEqualTo(slug).hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void anEmptyMessageGivesTheSlugRevision() {
        assertThat(ScriptWriter.slug("")).isEqualTo("revision");
    }

    @Test
    void theFileNameStartsWithTheDateAndTimeToTheMinute() {
        assertThat(ScriptWriter.fileName(CREATED, "3f2a9c1d7b4e", "Add users table"))
                .isEqualTo("20260307_0905-3f2a9c1d7b4e_add_users_table.sql");
        assertThat(ScriptWriter.fileName(LocalDateTime.of(2026, 12, 31, 23, 59), "a1", "?"))
                .isEqualTo("20261231_2359-a1_revision.sql");
    }

    @Test
    void rendersABaseRevision() {
        String text = ScriptWriter.render("  Add users table ", "3f2a9c1d7b4e", List.of(), CREATED, Set.of(), List.of(),
                "CREATE TABLE users (id int);\n\n", null);

        assertThat(text).isEqualTo("""
                -- Add users table
                --
                -- Revision ID: 3f2a9c1d7b4e
                -- Revises:
                -- Create Date: 2026-03-07 09:05:59

                -- migrate:upgrade
                CREATE TABLE users (id int);

                -- migrate:downgrade
                """);
    }

    @Test
    void aBaseRevisionParsesBackToTheSameHeader() {
        String text = ScriptWriter.render("Add users table", "3f2a9c1d7b4e", List.of(), CREATED, Set.of(), List.of(),
                "CREATE TABLE users (id int);\nCREATE INDEX users_id ON users (id);", "DROP TABLE users;");

        RevisionScript script = parser.parseText("new.sql", text);

        assertHeader(script.header(), new ScriptHeader("Add users table", "3f2a9c1d7b4e", List.of(),
                "2026-03-07 09:05:59", Set.of(), List.of(), 0, 0, 0, 0));
        assertThat(script.upgrade().statements()).extracting(SqlStatement::sql)
                .containsExactly("CREATE TABLE users (id int)", "CREATE INDEX users_id ON users (id)");
        assertThat(script.downgrade().statements()).extracting(SqlStatement::sql).containsExactly("DROP TABLE users");
    }

    @Test
    void aMergeParsesBackToTheSameHeader() {
        String text = ScriptWriter.render("Merge heads", "c3", List.of("a1", "b2"), CREATED, Set.of("reports"),
                List.of("d4", "billing@head"), "", "");

        RevisionScript script = parser.parseText("merge.sql", text);

        assertHeader(script.header(), new ScriptHeader("Merge heads", "c3", List.of("a1", "b2"), "2026-03-07 09:05:59",
                Set.of("reports"), List.of("d4", "billing@head"), 0, 0, 0, 0));
        assertThat(script.upgrade().statements()).isEmpty();
        assertThat(script.downgrade().statements()).isEmpty();
        assertThat(script.isReversible()).isTrue();
    }

    @Test
    void aMessageOverSeveralLinesParsesBackAsOneLine() {
        String text = ScriptWriter.render("Add users\r\n  and orders\n", "a1", List.of(), CREATED, Set.of(), List.of(),
                "", "");

        assertThat(parser.parseText("new.sql", text).message()).isEqualTo("Add users and orders");
    }

    @Test
    void aWrittenFileLoadsFromADirectoryWithoutWarnings(@TempDir Path directory) throws IOException {
        String message = "Add users table";
        Files.writeString(directory.resolve(ScriptWriter.fileName(CREATED, "a1", message)),
                ScriptWriter.render(message, "a1", List.of(), CREATED, Set.of(), List.of(), "SELECT 1;", "SELECT 2;"));

        ScriptDirectory loaded = ScriptDirectory.load(new DirectorySource(directory), PostgresDialect.SPLITTING);

        assertThat(loaded.scripts()).extracting(RevisionScript::revision).containsExactly("a1");
        assertThat(loaded.warnings()).isEmpty();
    }

    private static void assertHeader(ScriptHeader actual, ScriptHeader expected) {
        assertThat(actual).usingRecursiveComparison()
                .ignoringFields("revisionLine", "revisesLine", "dependsOnLine", "branchLabelsLine")
                .isEqualTo(expected);
    }
}
