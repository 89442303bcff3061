package dev.migrate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --help} of every command against golden files ({@code src/test/resources/help/<command>.txt}), shell
 * completion, {@code --version}, and the all-in-one jar: through the real distribution, in a directory with nothing
 * in it. A changed help text writes the new one to {@code target/help-actual/} to copy over the golden file.
 */
class HelpIT {

    @TempDir
    Path empty;

    @ParameterizedTest
    @ValueSource(strings = {"migrate", "upgrade", "downgrade", "current", "status", "history", "heads", "branches",
            "show", "stamp", "baseline", "revision", "merge", "check", "repair", "backups", "config"})
    void helpMatchesItsGoldenFile(String command) throws IOException {
        CliProcess.Result help = command.equals("migrate") ? CliProcess.run(empty, "--help")
                : CliProcess.run(empty, command, "--help");
        assertThat(help.exitCode()).as(help.all()).isZero();
        assertThat(help.err()).isEmpty();
        Path golden = Path.of("src/test/resources/help", command + ".txt");
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
        if (!help.out().equals(expected)) {
            Path actual = Path.of("target/help-actual", command + ".txt");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, help.out(), StandardCharsets.UTF_8);
        }
        assertThat(help.out()).as("migrate " + command + " --help (new text in target/help-actual/)")
                .isEqualTo(expected);
    }

    @Test
    void helpIsAlsoACommand() {
        CliProcess.Result help = CliProcess.run(empty, "help", "upgrade");
        assertThat(help.exitCode()).as(help.all()).isZero();
        assertThat(help.out()).startsWith("Usage: migrate upgrade");
    }

    @Test
    void shellCompletionCompletesTheCommands() {
        CliProcess.Result completion = CliProcess.run(empty, "generate-completion");
        assertThat(completion.exitCode()).as(completion.all()).isZero();
        assertThat(completion.out()).contains("complete -F _complete_migrate")
                .contains("upgrade").contains("downgrade").contains("--fail-on-pending");
    }

    @Test
    void versionNamesTheRelease() {
        CliProcess.Result version = CliProcess.run(empty, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("migrate " + System.getProperty("migrate.version", ""))
                .contains("Java ");
    }

    @Test
    void theArchiveUnpacksToAWorkingDistribution() {
        String version = System.getProperty("migrate.version");
        Path archive = CliProcess.distribution().getParent().resolve("migrate-" + version + ".tar.gz");
        CliProcess.Result untar = CliProcess.exec(empty, Map.of(), List.of("tar", "-xzf", archive.toString()));
        assertThat(untar.exitCode()).as(untar.all()).isZero();
        Path home = empty.resolve("migrate-" + version);
        CliProcess.Result run = CliProcess.exec(empty, Map.of(), List.of(home.resolve("bin/migrate").toString(),
                "--version"));
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).startsWith("migrate " + version);
        assertThat(home.resolve("bin/migrate.cmd")).exists();
        assertThat(home.resolve("lib/migrate-cli.jar")).exists();
    }

    @Test
    void theAllInOneJarRunsWithJavaJar() throws IOException {
        Path target = CliProcess.distribution().getParent();
        Path jar;
        try (var files = Files.list(target)) {
            jar = files.filter(file -> file.getFileName().toString().endsWith("-all.jar")).findFirst().orElseThrow();
        }
        Path migrations = Files.createDirectories(empty.resolve("migrations"));
        new dev.migrate.testing.MigrationFiles(migrations).add("a1a1a1a1a1a1", null, "Create authors",
                "CREATE TABLE authors (id INTEGER PRIMARY KEY);", "DROP TABLE authors;");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        CliProcess.Result upgrade = CliProcess.exec(empty, Map.of(), List.of(java, "-jar", jar.toString(),
                "upgrade", "--url", "jdbc:h2:file:./db/app", "--migrations", "migrations"));
        assertThat(upgrade.exitCode()).as(upgrade.all()).isZero();
        CliProcess.Result current = CliProcess.exec(empty, Map.of(), List.of(java, "-jar", jar.toString(),
                "current", "--url", "jdbc:h2:file:./db/app", "--migrations", "migrations"));
        assertThat(current.out()).isEqualTo("a1a1a1a1a1a1 (Create authors) (head)\n");
    }
}
