package dev.migrate.maven;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mojos map parameters and print reports: they use the core's api and report packages, and connect for the connection
 * precedence every front end shares, never its internals.
 */
class PluginDependencyRulesTest {

    /** A reference to a core package; the root package's types (JavaMigration, Revision) are public API too. */
    private static final Pattern CORE_REFERENCE = Pattern.compile("\\bdev\\.migrate\\.([a-z]\\w*)");

    @Test
    void mojosUseOnlyTheApiReportsAndConnectionSettings() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CORE_REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    assertThat(m.group(1)).as(file + " uses dev.migrate." + m.group(1)).isIn("api", "report", "connect", "maven");
                }
            }
        }
    }
}
