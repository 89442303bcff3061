package dev.migrate.script;

import dev.migrate.dialect.h2.H2Dialect;
import dev.migrate.dialect.mariadb.MariaDbDialect;
import dev.migrate.dialect.postgres.PostgresDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Text the splitter cannot split: the error names the line where the construct opened and what never ends. */
class SqlSplitterErrorTest {

    static Stream<Arguments> unterminated() {
        return Stream.of(
                arguments("single quote", SplitOptions.STANDARD,
                        "SELECT 1;\nSELECT\n  'abc;\nSELECT 2;\n", 3, "unterminated string literal (')"),
                arguments("single quote ending in a doubled quote", SplitOptions.STANDARD,
                        "SELECT 'it'';\n", 1, "unterminated string literal (')"),
                arguments("single quote after a multi-line string", SplitOptions.STANDARD,
                        "SELECT 'a\nb';\nSELECT 'c;\n", 3, "unterminated string literal (')"),
                arguments("double quote", SplitOptions.STANDARD,
                        "SELECT 1;\n\nSELECT \"col;\nFROM t;\n", 3, "unterminated quoted identifier (\")"),
                arguments("double quote ending in a doubled quote", PostgresDialect.SPLITTING,
                        "SELECT \"a\"\";\n", 1, "unterminated quoted identifier (\")"),
                arguments("back quote", H2Dialect.SPLITTING,
                        "SELECT\n`name;\n", 2, "unterminated quoted identifier (`)"),
                arguments("block comment", SplitOptions.STANDARD,
                        "SELECT 1;\n/* never\nclosed;\n", 2, "unterminated block comment (/*)"),
                arguments("nested block comment: the outer one stays open", PostgresDialect.SPLITTING,
                        "SELECT 1;\n/* outer\n/* inner */\nSELECT 2;\n", 2, "unterminated block comment (/*)"),
                arguments("nested block comment: the inner one stays open", H2Dialect.SPLITTING,
                        "SELECT 1 /* outer */;\nSELECT /* a\n /* b\n*/ ;\n", 2, "unterminated block comment (/*)"),
                arguments("dollar quote", PostgresDialect.SPLITTING,
                        "SELECT 1;\nCREATE FUNCTION f() RETURNS int AS\n$$ SELECT 1;\n", 3,
                        "unterminated dollar-quoted body $$"),
                arguments("dollar quote in H2", H2Dialect.SPLITTING,
                        "CREATE ALIAS F AS $$\nint f() { return 1; }\n", 1, "unterminated dollar-quoted body $$"),
                arguments("tagged dollar quote closed by another tag", PostgresDialect.SPLITTING,
                        "DO $body$\nBEGIN NULL; END\n$$;\n", 1, "unterminated dollar-quoted body $body$"),
                arguments("tagged dollar quote closed in another case", PostgresDialect.SPLITTING,
                        "\nDO $A$ BEGIN NULL; END $a$;\n", 2, "unterminated dollar-quoted body $A$"),
                arguments("E-string whose last quote is escaped", PostgresDialect.SPLITTING,
                        "SELECT 1;\nSELECT E'C:\\';\nSELECT 2;\n", 2, "unterminated string literal (')"),
                arguments("lower-case e-string", PostgresDialect.SPLITTING,
                        "SELECT e'it\\'s;\n", 1, "unterminated string literal (')"),
                arguments("MariaDB string whose last quote is escaped", MariaDbDialect.SPLITTING,
                        "SELECT 1;\nSELECT 'C:\\';\nSELECT 2;\n", 2, "unterminated string literal (')"),
                arguments("MariaDB double-quoted string", MariaDbDialect.SPLITTING,
                        "SELECT \"a\\\";\n", 1, "unterminated string literal (\")"),
                arguments("MariaDB executable comment", MariaDbDialect.SPLITTING,
                        "SELECT 1;\n/*!40101 SET x = 1;\n", 2, "unterminated block comment (/*)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unterminated")
    void namesTheLineWhereTheUnterminatedTextBegins(String name, SplitOptions options, String sql, int line,
                                                    String what) {
        SqlSplitter underTest = new SqlSplitter(options);

        SqlSyntaxException e = catchThrowableOfType(SqlSyntaxException.class, () -> underTest.split(sql));

        assertThat(e).as("error for %s", name).isNotNull();
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.getMessage()).contains(what).endsWith("starting at line " + line);
    }

    @Test
    void statementsRejectsADirective() {
        SqlSplitter underTest = new SqlSplitter(SplitOptions.STANDARD);

        SqlSyntaxException e = catchThrowableOfType(SqlSyntaxException.class,
                () -> underTest.statements("SELECT 1;\n-- migrate:downgrade\nSELECT 2;\n"));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("unexpected directive '-- migrate:downgrade'");
    }

    @Test
    void statementsReturnsTheStatementsWithTheirLines() {
        SqlSplitter underTest = new SqlSplitter(SplitOptions.STANDARD);

        assertThat(underTest.statements("SELECT 1;\n\nSELECT\n  2\n"))
                .containsExactly(new SqlStatement("SELECT 1", 1, 1), new SqlStatement("SELECT\n  2", 3, 4));
    }

    @Test
    void aDelimiterLineWithoutATerminatorNamesItsLine() {
        SqlSplitter underTest = new SqlSplitter(MariaDbDialect.SPLITTING);

        SqlSyntaxException e = catchThrowableOfType(SqlSyntaxException.class,
                () -> underTest.split("SELECT 1;\n\nDELIMITER\nSELECT 2;\n"));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("DELIMITER at line 3 names no terminator");
    }

    @Test
    void aDelimiterThatWouldOpenAStringIsRefused() {
        SqlSplitter underTest = new SqlSplitter(MariaDbDialect.SPLITTING);

        SqlSyntaxException e = catchThrowableOfType(SqlSyntaxException.class,
                () -> underTest.split("DELIMITER '\nSELECT 1'\n"));

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("would start a string, an identifier or a comment");
    }
}
