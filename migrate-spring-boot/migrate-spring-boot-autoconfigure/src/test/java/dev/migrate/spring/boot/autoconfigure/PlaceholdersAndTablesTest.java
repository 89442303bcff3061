package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.spring.boot.autoconfigure.plain.PlainApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter maps placeholders and the names of migrate's tables onto the core: {@code migrate.placeholders.*}
 * (whose values may reference other Spring properties), {@code migrate.secret-placeholders},
 * {@code migrate.version-table} and {@code migrate.history-table}.
 */
@SpringBootTest(classes = PlainApplication.class, properties = {
        "migrate.locations=classpath:db/placeholders",
        "app.greeting=hello from spring",
        "migrate.placeholders.tenant=acme",
        "migrate.placeholders.greeting=${app.greeting}",
        "migrate.placeholders.vendor_key=v3nd0r-k3y",
        "migrate.secret-placeholders=vendor_key",
        "migrate.version-table=acme_version",
        "migrate.history-table=acme_history"})
@DirtiesContext
class PlaceholdersAndTablesTest {

    private static final String URL = TestDatabases.h2("placeholders");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "sa");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MigrateRunner runner;

    @Test
    void placeholdersAreReplacedInTheRevisions() {
        assertThat(jdbc.queryForMap("SELECT greeting, api_key FROM acme_settings WHERE id = 1"))
                .containsEntry("GREETING", "hello from spring").containsEntry("API_KEY", "v3nd0r-k3y");
    }

    @Test
    void secretPlaceholdersAreMaskedWhereMigratePrintsSql() {
        String masked = runner.migrator().config().placeholders().mask("VALUES ('v3nd0r-k3y')");

        assertThat(masked).doesNotContain("v3nd0r-k3y").contains("****");
    }

    @Test
    void theVersionAndHistoryTablesHaveTheConfiguredNames() {
        assertThat(jdbc.queryForList("SELECT revision FROM acme_version", String.class)).containsExactly("3c5e7a9b1d20");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM acme_history", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.tables WHERE table_name IN "
                + "('MIGRATE_VERSION', 'MIGRATE_HISTORY')", Integer.class)).isZero();
    }
}
