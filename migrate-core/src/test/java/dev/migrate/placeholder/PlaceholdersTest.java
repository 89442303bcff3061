package dev.migrate.placeholder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlaceholdersTest {

    private static final Placeholders PLACEHOLDERS = Placeholders.of(true,
            Map.of("owner", "app_owner", "Table_Prefix", "shop_", "db.password", "s3cr3t-value"), Set.of());

    private static final Placeholders.BuiltIns RUN = new Placeholders.BuiltIns() {
        @Override
        public Optional<String> value(String name) {
            return name.equals("schema") ? Optional.of("billing") : Optional.empty();
        }

        @Override
        public String whyMissing(String name) {
            return "no " + name + " in this test";
        }
    };

    /** Each row: text as written, text as run. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
            CREATE TABLE ${table_prefix}orders (id int) => CREATE TABLE shop_orders (id int)
            CREATE TABLE ${TABLE_PREFIX}orders (id int) => CREATE TABLE shop_orders (id int)
            GRANT SELECT ON t TO ${owner}, ${owner} => GRANT SELECT ON t TO app_owner, app_owner
            SET search_path = ${migrate:schema} => SET search_path = billing
            SELECT '${migrate:revision}' => SELECT 'r1'
            SELECT '$' || '{' || '}', '${not a name}', '${}' => SELECT '$' || '{' || '}', '${not a name}', '${}'
            SELECT 1 => SELECT 1
            SELECT '$1 ${owner}$' => SELECT '$1 app_owner$'
            """)
    void replacesNamesWithoutRegardToCase(String written, String run) {
        assertThat(PLACEHOLDERS.replace(written, RUN.withRevision("r1"))).isEqualTo(run);
    }

    @Test
    void anUnknownPlaceholderNamesItsLineAndHowToDefineIt() {
        PlaceholderException e = catchThrowableOfType(PlaceholderException.class,
                () -> PLACEHOLDERS.replace("SELECT 1\nFROM ${owner}.t\nWHERE x = ${tenant_id}", RUN));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("unknown placeholder ${tenant_id}", "-Dmigrate.placeholders.tenant_id=",
                "MIGRATE_PLACEHOLDERS_TENANT_ID", "defined: db.password, owner, table_prefix",
                "migrate.placeholderReplacement=false");
    }

    @Test
    void anUnknownBuiltInListsTheBuiltIns() {
        assertThatThrownBy(() -> PLACEHOLDERS.replace("SELECT ${migrate:database}", RUN))
                .isInstanceOf(PlaceholderException.class)
                .hasMessage("unknown built-in placeholder ${migrate:database}; the built-ins are ${migrate:schema}, "
                        + "${migrate:user}, ${migrate:revision}");
    }

    @Test
    void aBuiltInWithoutAValueSaysWhy() {
        assertThatThrownBy(() -> PLACEHOLDERS.replace("SELECT '${migrate:user}'", RUN))
                .hasMessage("${migrate:user} has no value here: no user in this test");
    }

    @Test
    void turnedOffEverythingRunsAsWritten() {
        Placeholders off = Placeholders.of(false, Map.of("owner", "x"), Set.of());

        assertThat(off.replace("SELECT '${owner}', '${unknown}'", RUN)).isEqualTo("SELECT '${owner}', '${unknown}'");
        assertThat(off.describe()).isEqualTo("placeholder replacement is off");
    }

    @Test
    void valuesMayHoldWhatReplacementSyntaxTreatsSpecially() {
        Placeholders odd = Placeholders.of(true, Map.of("v", "a$1\\b${v}"), Set.of());

        assertThat(odd.replace("SELECT '${v}'", RUN)).isEqualTo("SELECT 'a$1\\b${v}'");
    }

    @Test
    void secretValuesAreMaskedByListOrByName() {
        Placeholders placeholders = Placeholders.of(true, Map.of("api_key", "k-123456", "db.password", "s3cr3t-value",
                "owner", "app_owner"), Set.of("API_KEY"));

        assertThat(placeholders.secrets()).containsExactlyInAnyOrder("api_key", "db.password");
        assertThat(placeholders.mask("key k-123456, pw s3cr3t-value, owner app_owner"))
                .isEqualTo("key ****, pw ****, owner app_owner");
        assertThat(placeholders.describe()).contains("api_key=****", "db.password=****", "owner=app_owner")
                .doesNotContain("k-123456", "s3cr3t-value");
    }

    @Test
    void badNamesAndCaseCollisionsAreConfigurationErrors() {
        assertThatThrownBy(() -> Placeholders.of(true, Map.of("no spaces", "x"), Set.of()))
                .hasMessageContaining("migrate.placeholders: 'no spaces' is not a placeholder name");
        assertThatThrownBy(() -> Placeholders.of(true, Map.of("Owner", "a", "owner", "b"), Set.of()))
                .hasMessageContaining("defines 'owner' twice");
    }

    @Test
    void referencesListsTheNamesAsWritten() {
        assertThat(Placeholders.references("${a} ${migrate:user} ${b c}")).containsExactly("a", "migrate:user");
    }

    /** Each layer beats the ones before it, name by name: POM map, project properties, environment, command line. */
    @Test
    void sourcesAreLayeredWithTheCommandLineOnTop() {
        Properties project = new Properties();
        project.setProperty("migrate.placeholders.owner", "from_project");
        project.setProperty("migrate.placeholders.region", "eu");
        project.setProperty("migrate.placeholdersX", "not one");
        Properties commandLine = new Properties();
        commandLine.setProperty("migrate.placeholders.OWNER", "from_command_line");

        Map<String, String> values = PlaceholderSources.collect(Map.of("owner", "from_pom", "tier", "gold"),
                List.of(project, commandLine), Map.of("MIGRATE_PLACEHOLDERS_REGION", "us", "MIGRATE_URL", "x",
                        "MIGRATE_PLACEHOLDERS_TIER", "silver"));

        assertThat(values).containsOnly(Map.entry("owner", "from_command_line"), Map.entry("tier", "silver"),
                Map.entry("region", "us"));
    }
}
