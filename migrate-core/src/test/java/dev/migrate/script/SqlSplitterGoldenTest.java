package dev.migrate.script;

import dev.migrate.dialect.h2.H2Dialect;
import dev.migrate.dialect.mariadb.MariaDbDialect;
import dev.migrate.dialect.postgres.PostgresDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Splits every {@code splitter/NN_name.sql} and compares the fragments with {@code NN_name.sql.golden}.
 *
 * <p>The first line of each {@code .sql} file, {@code -- options: postgresql|h2|mariadb|standard}, picks the
 * {@link SplitOptions}; it is an ordinary comment to the splitter. In a golden file each fragment is a line
 * {@code -- statement at line N} followed by the statement, or {@code -- directive <name> <args> at line N}, and then
 * a line {@code -- end --}.
 *
 * <p>To rewrite the golden files after a deliberate change, run with {@code -Dmigrate.updateGoldens=true}, then read
 * every changed golden before committing it.
 */
class SqlSplitterGoldenTest {

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "splitter");
    private static final boolean UPDATE = Boolean.getBoolean("migrate.updateGoldens");
    private static final Pattern OPTIONS_LINE = Pattern.compile("-- options: (\\w+)\n.*", Pattern.DOTALL);
    private static final Map<String, SplitOptions> OPTIONS = Map.of(
            "postgresql", PostgresDialect.SPLITTING,
            "h2", H2Dialect.SPLITTING,
            "mariadb", MariaDbDialect.SPLITTING,
            "standard", SplitOptions.STANDARD);

    static Stream<String> sqlFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sqlFiles")
    void splitsAsTheGoldenFileSays(String name) throws IOException {
        Path sqlFile = DIRECTORY.resolve(name);
        Path goldenFile = DIRECTORY.resolve(name + ".golden");
        String sql = ScriptText.decode(name, Files.readAllBytes(sqlFile));
        String actual = render(new SqlSplitter(optionsOf(name, sql)).split(sql));

        if (UPDATE) {
            Files.writeString(goldenFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(goldenFile).as("golden file of %s (create it with -Dmigrate.updateGoldens=true)", name).exists();
        String expected = ScriptText.decode(goldenFile.toString(), Files.readAllBytes(goldenFile));
        assertThat(actual)
                .as("fragments of %s; if the change is deliberate, rerun with -Dmigrate.updateGoldens=true "
                        + "and review the diff of the golden file", name)
                .isEqualTo(expected);
    }

    @Test
    void everyGoldenFileHasItsSqlFileAndThereAreEnoughOfThem() throws IOException {
        List<String> sqlFiles = sqlFiles().toList();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            List<String> orphans = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".golden"))
                    .filter(name -> !sqlFiles.contains(name.substring(0, name.length() - ".golden".length())))
                    .toList();
            assertThat(orphans).as("golden files without a .sql file").isEmpty();
        }
        assertThat(sqlFiles).hasSizeGreaterThanOrEqualTo(25).allMatch(name -> name.matches("\\d\\d_[a-z0-9_]+\\.sql"));
    }

    private static SplitOptions optionsOf(String name, String sql) {
        Matcher m = OPTIONS_LINE.matcher(sql);
        if (!m.matches() || !OPTIONS.containsKey(m.group(1))) {
            fail("%s must start with a line '-- options: <one of %s>'", name, OPTIONS.keySet());
        }
        return OPTIONS.get(m.group(1));
    }

    /** The golden form of a list of fragments. */
    static String render(List<SqlFragment> fragments) {
        StringBuilder out = new StringBuilder();
        for (SqlFragment fragment : fragments) {
            if (fragment instanceof SqlStatement statement) {
                assertThat(statement.endLine()).as("end line of %s", statement.summary())
                        .isEqualTo(statement.line() + statement.sql().split("\n", -1).length - 1);
                out.append("-- statement at line ").append(statement.line()).append('\n')
                        .append(statement.sql()).append('\n');
            } else {
                Directive directive = (Directive) fragment;
                out.append("-- directive ").append(directive.name())
                        .append(directive.arguments().isEmpty() ? "" : " " + directive.arguments())
                        .append(" at line ").append(directive.line()).append('\n');
            }
            out.append("-- end --\n");
        }
        return out.toString();
    }
}
