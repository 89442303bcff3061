package dev.migrate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Help.Ansi;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Where each setting comes from: options, then {@code MIGRATE_*}, then {@code DATABASE_URL} (the connection only),
 * then {@code migrate.properties}; one row per case, as {@code migrate config} reports it.
 */
class ConfigurationTest {

    private static final String FILE = """
            # settings of the project
            migrate.url=jdbc:h2:file:./db/from-file
            migrate.user=file_user
            migrate.password=file-secret
            migrate.schema=file_schema
            migrate.lockTimeout=5
            """;

    @TempDir
    Path directory;

    record Run(int exitCode, String out, String err) {
    }

    private Run migrate(Map<String, String> environment, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MigrateCli.run(args.toArray(String[]::new), environment, directory, new PrintWriter(out),
                new PrintWriter(err), Ansi.OFF);
        return new Run(code, out.toString(), err.toString());
    }

    static Stream<Arguments> precedence() {
        return Stream.of(
                arguments("the file alone", List.of(), Map.of(), FILE, List.of(
                        "migrate.url = jdbc:h2:file:./db/from-file  (migrate.properties)",
                        "migrate.user = file_user  (migrate.properties)",
                        "migrate.password = ****  (migrate.properties)",
                        "migrate.schema = file_schema  (migrate.properties:5)",
                        "migrate.lockTimeout = 5  (migrate.properties:6)")),
                arguments("DATABASE_URL over the file, with the credentials it carries",
                        List.of(), Map.of("DATABASE_URL", "postgres://env_user:env-secret@db.example:5433/app"), FILE,
                        List.of("migrate.url = jdbc:postgresql://db.example:5433/app  (environment DATABASE_URL)",
                                "migrate.user = env_user  (environment DATABASE_URL)",
                                "migrate.password = ****  (environment DATABASE_URL)")),
                arguments("MIGRATE_* over DATABASE_URL, setting by setting",
                        List.of(), Map.of("DATABASE_URL", "postgres://env_user:env-secret@db.example/app",
                                "MIGRATE_USER", "migrate_user", "MIGRATE_SCHEMA", "env_schema",
                                "MIGRATE_LOCK_TIMEOUT", "7"), FILE,
                        List.of("migrate.url = jdbc:postgresql://db.example/app  (environment DATABASE_URL)",
                                "migrate.user = migrate_user  (environment MIGRATE_*)",
                                "migrate.password = ****  (environment DATABASE_URL)",
                                "migrate.schema = env_schema  (environment MIGRATE_SCHEMA)",
                                "migrate.lockTimeout = 7  (environment MIGRATE_LOCK_TIMEOUT)")),
                arguments("MIGRATE_URL over DATABASE_URL",
                        List.of(), Map.of("DATABASE_URL", "postgres://db.example/app",
                                "MIGRATE_URL", "jdbc:postgresql://other.example/app"), "",
                        List.of("migrate.url = jdbc:postgresql://other.example/app  (environment MIGRATE_*)")),
                arguments("options over everything",
                        List.of("--url", "jdbc:h2:mem:cli", "--user", "cli_user", "--schema", "cli_schema",
                                "--lock-timeout", "9"),
                        Map.of("DATABASE_URL", "postgres://env_user:env-secret@db.example/app",
                                "MIGRATE_USER", "migrate_user", "MIGRATE_SCHEMA", "env_schema",
                                "MIGRATE_LOCK_TIMEOUT", "7"), FILE,
                        List.of("migrate.url = jdbc:h2:mem:cli  (the command line)",
                                "migrate.user = cli_user  (the command line)",
                                "migrate.password = ****  (environment DATABASE_URL)",
                                "migrate.schema = cli_schema  (--schema)",
                                "migrate.lockTimeout = 9  (--lock-timeout)")),
                arguments("nothing anywhere", List.of(), Map.of(), "",
                        List.of("migrate.url is not set (--url, MIGRATE_URL, DATABASE_URL or migrate.url)",
                                "migrate.migrations = src/main/resources/db/migrations  (default)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("precedence")
    void eachSettingComesFromTheFirstPlaceThatHasIt(String name, List<String> options, Map<String, String> environment,
                                                  String file, List<String> expected) throws IOException {
        if (!file.isEmpty()) {
            Files.writeString(directory.resolve("migrate.properties"), file);
        }
        List<String> args = new ArrayList<>(List.of("config"));
        args.addAll(options);
        Run run = migrate(environment, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsAll(expected);
        assertThat(run.out()).doesNotContain("secret");
    }

    @Test
    void optionsMayStandBeforeTheCommandsName() throws IOException {
        Files.writeString(directory.resolve("migrate.properties"), FILE);
        Run run = migrate(Map.of(), List.of("--schema", "cli_schema", "--url", "jdbc:h2:mem:before", "config"));
        assertThat(run.out().lines()).contains("migrate.schema = cli_schema  (--schema)",
                "migrate.url = jdbc:h2:mem:before  (the command line)");
    }

    @Test
    void configNamesAnotherFile() throws IOException {
        Files.createDirectories(directory.resolve("conf"));
        Files.writeString(directory.resolve("conf/prod.properties"), "migrate.url=jdbc:h2:mem:prod\n");
        Files.writeString(directory.resolve("migrate.properties"), "migrate.url=jdbc:h2:mem:local\n");
        Run run = migrate(Map.of(), List.of("config", "--config", "conf/prod.properties"));
        assertThat(run.out()).contains("migrate.url = jdbc:h2:mem:prod  (conf/prod.properties)");
        Run missing = migrate(Map.of(), List.of("config", "--config", "conf/none.properties"));
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("--config conf/none.properties: no such file");
    }

    @Test
    void anUnknownKeyNamesTheFileAndLine() throws IOException {
        Files.writeString(directory.resolve("migrate.properties"),
                "migrate.url=jdbc:h2:mem:x\n\nmigrate.lock_timeout=3\n");
        Run run = migrate(Map.of(), List.of("config"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("migrate.properties:3: 'migrate.lock_timeout' is not a migrate setting; "
                + "known: migrate.url, migrate.user");
    }

    @Test
    void aMalformedDatabaseUrlIsAUsageErrorWithItsSourceAndNoPassword() {
        Run run = migrate(Map.of("DATABASE_URL", "sqlserver://root:hunter22@db/app"), List.of("config"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("environment DATABASE_URL").doesNotContain("hunter22");
    }

    @Test
    void settingNamesFollowOneRule() {
        assertThat(Setting.LOCK_TIMEOUT.key()).isEqualTo("migrate.lockTimeout");
        assertThat(Setting.LOCK_TIMEOUT.environmentVariable()).isEqualTo("MIGRATE_LOCK_TIMEOUT");
        assertThat(Setting.LOCK_TIMEOUT.option()).isEqualTo("--lock-timeout");
        assertThat(Setting.URL.environmentVariable()).isEqualTo("MIGRATE_URL");
    }
}
