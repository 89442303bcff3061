package dev.migrate.examples.bookshop;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @Test
    void withoutEnvironmentTheH2FileDatabaseAndPort8080() {
        Settings underTest = Settings.fromEnvironment(Map.of());

        assertThat(underTest).isEqualTo(new Settings("jdbc:h2:file:./target/bookshop-db/bookshop", "sa", null,
                List.of("classpath:db/migrations"), 8080));
    }

    @Test
    void databaseUrlBringsItsOwnCredentials() {
        Settings underTest = Settings.fromEnvironment(
                Map.of("DATABASE_URL", "postgres://shop:s3cret@db:5432/bookshop", "PORT", "9000"));

        assertThat(underTest.databaseUrl()).isEqualTo("postgres://shop:s3cret@db:5432/bookshop");
        assertThat(underTest.user()).isNull();
        assertThat(underTest.port()).isEqualTo(9000);
    }

    @Test
    void userAndPasswordFromTheirOwnVariables() {
        Settings underTest = Settings.fromEnvironment(Map.of("DATABASE_URL", "jdbc:postgresql://db/bookshop",
                "DATABASE_USER", "shop", "DATABASE_PASSWORD", "s3cret"));

        assertThat(underTest.user()).isEqualTo("shop");
        assertThat(underTest.password()).isEqualTo("s3cret");
    }

    @Test
    void portThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("PORT", "http")))
                .hasMessage("PORT = 'http' is not a port number; use 0 to 65535");
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("PORT", "70000")))
                .hasMessage("PORT = 70000 is not a port number; use 0 to 65535");
    }

    @Test
    void toStringHidesPasswords() {
        Settings underTest = Settings.fromEnvironment(Map.of("DATABASE_URL", "postgres://shop:s3cret@db/bookshop",
                "DATABASE_PASSWORD", "other"));

        assertThat(underTest.toString()).doesNotContain("s3cret").doesNotContain("other");
    }
}
