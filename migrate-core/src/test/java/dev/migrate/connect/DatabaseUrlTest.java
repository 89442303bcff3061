package dev.migrate.connect;

import dev.migrate.dialect.DatabaseUri;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.DialectFeatures;
import dev.migrate.dialect.DialectRegistry;
import dev.migrate.script.SplitOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            jdbc:postgresql://h/db                                    | jdbc:postgresql://h/db                                  | null | null
            jdbc:h2:file:./target/db;MODE=PostgreSQL                  | jdbc:h2:file:./target/db;MODE=PostgreSQL                | null | null
            postgres://u:p@host:5433/shop                             | jdbc:postgresql://host:5433/shop                        | u    | p
            postgresql://u@host/shop                                  | jdbc:postgresql://host/shop                             | u    | null
            postgres://host/shop?sslmode=require                      | jdbc:postgresql://host/shop?sslmode=require             | null | null
            postgres://u:p%40ss%3Aw0rd@host/shop                      | jdbc:postgresql://host/shop                             | u    | p@ss:w0rd
            postgres://u:a+b@host/shop                                | jdbc:postgresql://host/shop                             | u    | a+b
            postgres:///shop                                          | jdbc:postgresql://localhost/shop                        | null | null
            postgres://u:p@[::1]:5432/shop                            | jdbc:postgresql://[::1]:5432/shop                       | u    | p
            postgres://u:p@h1:5432,h2:5433/shop?targetServerType=primary | jdbc:postgresql://h1:5432,h2:5433/shop?targetServerType=primary | u | p
            postgres://h/db?application_name=billing&sslmode=disable  | jdbc:postgresql://h/db?ApplicationName=billing&sslmode=disable | null | null
            POSTGRES://u:p@h/db                                       | jdbc:postgresql://h/db                                  | u    | p
            """)
    void normalisesUrlsAndTakesOutCredentials(String input, String jdbc, String user, String password) {
        DatabaseUrl url = DatabaseUrl.parse(input, "migrate.url");

        assertThat(url.jdbcUrl()).isEqualTo(jdbc);
        assertThat(url.user()).isEqualTo(user);
        assertThat(url.password()).isEqualTo(password);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            mysql://root:hunter22@localhost/db | mysql://root:****@localhost/db
            localhost:5432/db                  | localhost:5432/db
            h2:mem:test                        | h2:mem:test
            """)
    void rejectsUrlKindsItDoesNotKnowWithoutShowingThePassword(String input, String shown) {
        assertThatThrownBy(() -> DatabaseUrl.parse(input, "environment DATABASE_URL"))
                .isInstanceOf(ConnectionException.class)
                .hasMessageStartingWith("environment DATABASE_URL = " + shown + " is not a database URL")
                .hasMessageContaining("jdbc:postgresql://")
                .satisfies(e -> assertThat(((ConnectionException) e).problem())
                        .isEqualTo(ConnectionException.Problem.CONFIGURATION))
                .hasMessageNotContaining("hunter22");
    }

    @org.junit.jupiter.api.Test
    void aMalformedEscapeIsAConfigurationError() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:%zz@h/db", "migrate.url"))
                .isInstanceOf(ConnectionException.class)
                .hasMessageContaining("migrate.url has a malformed %-escape");
    }

    /** A dialect that reads {@code acme://} URIs: a third database plugs its URI form in without an edit here. */
    private static final Dialect ACME = new Dialect() {
        @Override
        public String name() {
            return "acme";
        }

        @Override
        public boolean handlesUrl(String jdbcUrl) {
            return jdbcUrl.startsWith(urlPrefix());
        }

        @Override
        public String urlPrefix() {
            return "jdbc:acme:";
        }

        @Override
        public List<String> uriSchemes() {
            return List.of("acme");
        }

        @Override
        public String jdbcUrl(DatabaseUri uri) {
            return "jdbc:acme://" + uri.authority() + "/" + uri.database() + "?" + String.join(";", uri.parameters());
        }

        @Override
        public DialectFeatures features() {
            return new DialectFeatures(false, false, false, false);
        }

        @Override
        public SplitOptions splitOptions() {
            return new SplitOptions(false, false, false, false, false, false, false);
        }

        @Override
        public boolean isUndefinedTable(SQLException e) {
            return false;
        }
    };

    @org.junit.jupiter.api.Test
    void aDialectDeclaresItsUriSchemesAndHowTheyBecomeJdbcUrls() {
        DatabaseUrl url = DatabaseUrl.parse("ACME://ann:s%3Acret@db:7/shop?x=1&y=2", "migrate.url",
                DialectRegistry.of(ACME));

        assertThat(url).isEqualTo(new DatabaseUrl("jdbc:acme://db:7/shop?x=1;y=2", "ann", "s:cret"));
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:hunter22@h/db", "migrate.url",
                DialectRegistry.of(ACME)))
                .isInstanceOf(ConnectionException.class)
                .hasMessage("migrate.url = postgres://u:****@h/db is not a database URL migrate understands; use a "
                        + "JDBC URL (jdbc:acme://host/db) or acme://user:password@host:port/db");
    }
}
