package dev.migrate.connect;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionLayersTest {

    @Test
    void whatTheUserTypedWinsThenTheEnvironmentThenTheProjectThenTheServer() {
        Map<String, String> environment = Map.of("MIGRATE_USER", "env_user", "DATABASE_URL",
                "postgres://uri_user:uri_pw@db/shop");
        ConnectionSettings settings = ConnectionSettings.resolve(ConnectionLayers.of(
                new ConnectionLayer("--password", null, null, "typed_pw"), environment,
                new ConnectionLayer("migrate.properties", "jdbc:h2:mem:x", "file_user", null),
                new ConnectionLayer("server", null, "server_user", "server_pw")), null);

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db/shop");
        assertThat(settings.urlSource()).isEqualTo("environment DATABASE_URL");
        assertThat(settings.user()).isEqualTo("env_user");
        assertThat(settings.userSource()).isEqualTo("environment MIGRATE_*");
        assertThat(settings.password()).isEqualTo("typed_pw");
        assertThat(settings.passwordSource()).isEqualTo("--password");
    }

    @Test
    void withoutAnyUrlTheEmbeddedDatabaseOfADialectThatNeedsNoServerIsUsed() {
        Path directory = Path.of("target", "migrate").toAbsolutePath();
        ConnectionSettings settings = ConnectionSettings.resolve(ConnectionLayers.of(null, Map.of(), null, null),
                ConnectionLayers.embeddedDefault(directory));

        assertThat(settings.embedded()).isTrue();
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:h2:file:" + directory.resolve("db"));
        assertThat(settings.user()).isEqualTo("sa");
        assertThat(settings.describeSources()).startsWith("embedded default");
    }
}
