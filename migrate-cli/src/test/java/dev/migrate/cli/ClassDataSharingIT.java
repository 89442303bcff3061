package dev.migrate.cli;

import dev.migrate.testing.MigrationFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/migrate}'s class data sharing archive: made for the distribution where it lies, remade after the
 * distribution moves, and never in the way (an archive the JVM cannot use is ignored without a word).
 */
class ClassDataSharingIT {

    @TempDir
    Path directory;

    Path home;
    Path project;

    @BeforeEach
    void movedDistribution() throws IOException {
        home = directory.resolve("opt/migrate");
        Path from = CliProcess.distribution();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path to = home.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        project = Files.createDirectories(directory.resolve("project"));
        new MigrationFiles(Files.createDirectories(project.resolve("migrations"))).add("a1a1a1a1a1a1", null,
                "Create authors", "CREATE TABLE authors (id INTEGER PRIMARY KEY);", "DROP TABLE authors;");
    }

    private CliProcess.Result heads() {
        return CliProcess.exec(project, Map.of(), List.of(home.resolve("bin/migrate").toString(), "heads",
                "--migrations", "migrations"));
    }

    @Test
    void theBuildMadeAnArchiveForTheDistribution() throws IOException {
        Path built = CliProcess.distribution().resolve("lib");
        assertThat(built.resolve("migrate.jsa")).isNotEmptyFile();
        assertThat(Files.readAllLines(built.resolve("migrate.jsa.for")).get(0))
                .startsWith(CliProcess.distribution().toRealPath() + " ");
    }

    @Test
    void aMovedDistributionMakesItsOwnArchiveAtItsFirstRun() throws IOException {
        CliProcess.Result first = heads();
        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).contains("a1a1a1a1a1a1 (head), Create authors");
        assertThat(first.err()).isEmpty();
        assertThat(Files.readAllLines(home.resolve("lib/migrate.jsa.for")).get(0))
                .startsWith(home.toRealPath() + " ");
        assertThat(home.resolve("lib/migrate.jsa")).isNotEmptyFile();
        try (Stream<Path> files = Files.list(home.resolve("lib"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("no temporary archive left behind").noneMatch(name -> name.matches(".*\\.\\d+$"));
        }

        CliProcess.Result second = heads();
        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();

        CliProcess.Result logged = CliProcess.exec(project, Map.of("JAVA_OPTS", "-Xlog:cds=info:stderr"), List.of(
                home.resolve("bin/migrate").toString(), "heads", "--migrations", "migrations"));
        assertThat(logged.err()).as("the JVM maps the new archive")
                .contains("Opened archive " + home.toRealPath().resolve("lib/migrate.jsa"));
    }

    @Test
    void anArchiveTheJvmCannotUseIsIgnoredWithoutAWord() throws IOException {
        assertThat(heads().exitCode()).isZero();
        Path archive = home.resolve("lib/migrate.jsa");
        Files.delete(archive);
        Files.writeString(archive, "not a class data sharing archive");
        CliProcess.Result run = heads();
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("a1a1a1a1a1a1 (head), Create authors");
        assertThat(run.err()).isEmpty();

        CliProcess.Result off = CliProcess.exec(project, Map.of("MIGRATE_CDS", "off"), List.of(
                home.resolve("bin/migrate").toString(), "heads", "--migrations", "migrations"));
        assertThat(off.out()).isEqualTo(run.out());
    }
}
