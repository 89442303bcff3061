package dev.migrate.connect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each setting comes from the first layer that has it; a URI's credentials belong to its own layer. */
class ConnectionSettingsTest {

    private static final ConnectionSettings EMBEDDED =
            new ConnectionSettings("jdbc:h2:file:/tmp/db", "sa", "", "embedded default", null, null, true);

    @Test
    void noUrlAnywhereMeansTheEmbeddedDefaultWithItsOwnCredentials() {
        ConnectionSettings settings = ConnectionSettings.resolve(List.of(
                new ConnectionLayer("POM", null, "pom_user", "pom_pw")), EMBEDDED);

        assertThat(settings).isSameAs(EMBEDDED);
    }

    @Test
    void eachSettingComesFromTheHighestLayerThatHasIt() {
        ConnectionSettings settings = ConnectionSettings.resolve(List.of(
                new ConnectionLayer("cli", null, "cli_user", null),
                new ConnectionLayer("env", "jdbc:postgresql://env/db", null, null),
                new ConnectionLayer("pom", "jdbc:postgresql://pom/db", "pom_user", "pom_pw")), EMBEDDED);

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://env/db");
        assertThat(settings.user()).isEqualTo("cli_user");
        assertThat(settings.password()).isEqualTo("pom_pw");
        assertThat(settings.describeSources()).isEqualTo("url from env, user from cli, password from pom");
        assertThat(settings.embedded()).isFalse();
    }

    @Test
    void aUriBringsItsCredentialsAtItsOwnPrecedence() {
        ConnectionSettings settings = ConnectionSettings.resolve(List.of(
                new ConnectionLayer("env MIGRATE_*", null, null, "env_pw"),
                new ConnectionLayer("DATABASE_URL", "postgres://uri_user:uri_pw@h/db", null, null),
                new ConnectionLayer("pom", null, "pom_user", "pom_pw")), EMBEDDED);

        assertThat(settings.user()).isEqualTo("uri_user");
        assertThat(settings.password()).isEqualTo("env_pw");
        assertThat(settings.userSource()).isEqualTo("DATABASE_URL");
    }

    @Test
    void blankValuesDoNotCount() {
        ConnectionSettings settings = ConnectionSettings.resolve(List.of(
                new ConnectionLayer("cli", "  ", "", ""),
                new ConnectionLayer("pom", "jdbc:h2:mem:x", "sa", "pw")), EMBEDDED);

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:h2:mem:x");
        assertThat(settings.userSource()).isEqualTo("pom");
    }

    @Test
    void toStringNeverShowsThePassword() {
        ConnectionSettings settings = ConnectionSettings.resolve(List.of(
                new ConnectionLayer("pom", "jdbc:postgresql://h/db?password=inurl123", "app", "separate123")), EMBEDDED);

        assertThat(settings.toString()).doesNotContain("inurl123").doesNotContain("separate123")
                .contains("password=****").contains(" as app");
    }
}
