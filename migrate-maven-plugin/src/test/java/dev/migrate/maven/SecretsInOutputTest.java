package dev.migrate.maven;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Every goal runs with a known password; it must appear in no log line, report or error message. */
@MojoTest
class SecretsInOutputTest {

    private static final String POM = "classpath:/unit/pom.xml";
    private static final String SECRET = "Sup3r-Secret-PW";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();
    private final List<String> errors = new ArrayList<>();
    private String url;

    @BeforeEach
    void database() {
        url = "jdbc:h2:mem:secrets_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }

    private <T extends AbstractMigrateMojo> T prepared(T mojo) {
        MavenSession session = mock(MavenSession.class);
        Properties commandLine = new Properties();
        commandLine.setProperty("migrate.url", url);
        commandLine.setProperty("migrate.user", "sa");
        commandLine.setProperty("migrate.password", SECRET);
        when(session.getUserProperties()).thenReturn(commandLine);
        mojo.session = session;
        mojo.environment = java.util.Map.of();
        mojo.basedir = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.reportsDirectory = project.resolve("target/migrate").toFile();
        mojo.migrationsDirectory = project.resolve("src/main/resources/db/migrations").toFile();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void noGoalPrintsOrWritesThePassword(@InjectMojo(goal = "generate", pom = POM) GenerateMojo generate,
                                         @InjectMojo(goal = "upgrade", pom = POM) UpgradeMojo upgrade,
                                         @InjectMojo(goal = "status", pom = POM) StatusMojo status,
                                         @InjectMojo(goal = "history", pom = POM) HistoryMojo history,
                                         @InjectMojo(goal = "downgrade", pom = POM) DowngradeMojo downgrade,
                                         @InjectMojo(goal = "stamp", pom = POM) StampMojo stamp,
                                         @InjectMojo(goal = "show", pom = POM) ShowMojo show,
                                         @InjectMojo(goal = "heads", pom = POM) HeadsMojo heads,
                                         @InjectMojo(goal = "branches", pom = POM) BranchesMojo branches,
                                         @InjectMojo(goal = "merge", pom = POM) MergeMojo merge)
            throws Exception {
        setField(prepared(generate), "message", "Create a table");
        generate.execute();
        Path file;
        try (Stream<Path> files = Files.list(project.resolve("src/main/resources/db/migrations"))) {
            file = files.findFirst().orElseThrow();
        }
        Files.writeString(file, Files.readString(file)
                .replace("-- migrate:upgrade\n", "-- migrate:upgrade\nCREATE TABLE t (id INTEGER);\n")
                .replace("-- migrate:downgrade\n", "-- migrate:downgrade\nDROP TABLE t;\n"));

        prepared(upgrade).execute();
        prepared(status).execute();
        prepared(history).execute();
        prepared(downgrade).execute();
        setField(prepared(stamp), "target", "head");
        stamp.execute();
        prepared(show).execute();
        prepared(heads).execute();
        prepared(branches).execute();
        setField(prepared(merge), "message", "Merge");
        capture(merge);
        setField(generate, "message", "");
        capture(generate);

        String badPassword = url.replace("secrets_", "other_") + ";IFEXISTS=TRUE";
        url = badPassword;
        capture(prepared(status));

        assertThat(log.text()).contains("Upgrading 1/1").contains("Downgrading 1/1").contains("Stamped ")
                .contains("Revision:     ").doesNotContain(SECRET);
        assertThat(errors).hasSize(3).allSatisfy(message -> assertThat(message).doesNotContain(SECRET));
        try (Stream<Path> reports = Files.list(project.resolve("target/migrate"))) {
            for (Path report : reports.toList()) {
                assertThat(Files.readString(report)).as(report.toString()).doesNotContain(SECRET);
            }
        }
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    void aPasswordInTheUrlIsMaskedInErrors(StatusMojo status) throws Exception {
        Files.createDirectories(project.resolve("src/main/resources/db/migrations"));
        url = "jdbc:postgresql://127.0.0.1:1/db?user=x&password=" + SECRET;
        prepared(status);

        assertThatThrownBy(status::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("cannot connect to jdbc:postgresql://127.0.0.1:1/db?user=x&password=****")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        assertThat(log.text()).doesNotContain(SECRET);
    }

    private void capture(AbstractMigrateMojo mojo) {
        try {
            mojo.execute();
            errors.add("(no error)");
        } catch (Exception e) {
            errors.add(e.getMessage());
        }
    }

    private static void setField(Object target, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                var field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(name);
    }
}
