package dev.migrate.cli;

import dev.migrate.report.Wording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The core's advice, written the Maven way, as the command line says it; the plugin's wording leaves it as it is. */
class CliWordingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            run migrate:repair to accept it                          | run migrate repair to accept it
            run mvn migrate:upgrade -Dmigrate.resume=true.           | run migrate upgrade --resume true.
            deliberately with -Dmigrate.allowDestructive=true, or    | deliberately with --allow-destructive, or
            with -Dmigrate.validateChecksums=false                   | with --no-validate-checksums
            run migrate:downgrade -Dmigrate.target=ab12 first        | run migrate downgrade ab12 first
            migrate:repair -Dmigrate.repairReason="<why>"            | migrate repair --reason "<why>"
            run migrate:generate -Dmigrate.message=...               | run migrate revision --autogenerate -m ...
            -Dmigrate.sql=true writes the script                     | --sql writes the script
            with -Dmigrate.resume= (true, rerun or skip)             | with --resume <value> (true, rerun or skip)
            -- migrate:lint-ignore MG101 on its line                 | -- migrate:lint-ignore MG101 on its line
            dev.migrate:migrate-maven-plugin:0.1.0:upgrade           | dev.migrate:migrate-maven-plugin:0.1.0:upgrade
            jdbc:h2:mem:x and -- migrate:upgrade                     | jdbc:h2:mem:x and -- migrate:upgrade
            """)
    void theCommandLineSaysItsOwnCommandsAndOptions(String maven, String cli) {
        assertThat(new CliWording().say(maven)).isEqualTo(cli);
        assertThat(Wording.MAVEN.say(maven)).isEqualTo(maven);
    }
}
