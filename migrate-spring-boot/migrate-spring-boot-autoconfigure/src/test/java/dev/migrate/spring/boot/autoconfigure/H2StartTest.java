package dev.migrate.spring.boot.autoconfigure;

import com.jayway.jsonpath.JsonPath;
import dev.migrate.spring.boot.autoconfigure.shop.Book;
import dev.migrate.spring.boot.autoconfigure.shop.CatalogueWarmer;
import dev.migrate.spring.boot.autoconfigure.shop.ShopApplication;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter on H2, as an application uses it: one property for the locations, JPA entities validated against the
 * migrated schema, health and the endpoint over HTTP.
 */
@SpringBootTest(classes = ShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "migrate.locations=classpath:db/shop",
                "spring.jpa.hibernate.ddl-auto=validate",
                "spring.jpa.open-in-view=false",
                "shop.warm-catalogue=true",
                "management.endpoints.web.exposure.include=health,migrate",
                "management.endpoint.health.show-details=always"})
@DirtiesContext
class H2StartTest {

    private static final String URL = TestDatabases.h2("start");
    /** As the driver reports it: without the settings after ';'. */
    private static final String SHOWN = "DataSource 'dataSource' (" + URL.substring(0, URL.indexOf(';')) + ")";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "sa");
    }

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MigrateRunner runner;

    @AfterEach
    void backAtHead() {
        runner.migrator().upgrade();
    }

    @Test
    void migratesBeforeJpaAndJdbcUsers() {
        // ddl-auto=validate let the context start, so the tables were there before the EntityManagerFactory.
        List<Book> books = entityManager.createQuery("select b from Book b order by b.id", Book.class).getResultList();
        assertThat(books).extracting(Book::getTitle).containsExactly("The Dispossessed", "Small Gods");
        assertThat(books.get(0).getAuthor().getName()).isEqualTo("Ursula K. Le Guin");
        assertThat(books.get(0).getIsbn()).isEqualTo("978-0060512750");

        var beans = context.getBeanFactory();
        assertThat(beans.getBeanDefinition("entityManagerFactory").getDependsOn()).contains("migrateRunner");
        assertThat(beans.getBeanDefinition("jdbcTemplate").getDependsOn()).contains("migrateRunner");
        assertThat(beans.getBeanDefinition("catalogueWarmer").getDependsOn()).contains("migrateRunner");
        assertThat(context.getBean(CatalogueWarmer.class).books()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT revision FROM migrate_version", String.class))
                .containsExactly("8d0b6e4c1a27");
    }

    @Test
    void healthIsUpAtTheHeads() {
        Http.Response health = Http.get(context, "/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat((String) JsonPath.read(health.body(), "$.components.migrate.status")).isEqualTo("UP");
        assertThat((List<String>) JsonPath.read(health.body(), "$.components.migrate.details.current"))
                .containsExactly("8d0b6e4c1a27");
        assertThat((List<String>) JsonPath.read(health.body(), "$.components.migrate.details.heads"))
                .containsExactly("8d0b6e4c1a27");
        assertThat((String) JsonPath.read(health.body(), "$.components.migrate.details.database"))
                .isEqualTo(SHOWN);
    }

    @Test
    void healthIsDownWithThePendingRevisions() {
        runner.migrator().downgrade("5f1c2a9e7b30");

        Http.Response health = Http.get(context, "/actuator/health");

        assertThat(health.status()).isEqualTo(503);
        assertThat((String) JsonPath.read(health.body(), "$.components.migrate.status")).isEqualTo("DOWN");
        assertThat((List<String>) JsonPath.read(health.body(), "$.components.migrate.details.pending[*].revision"))
                .containsExactly("8d0b6e4c1a27");
        assertThat((String) JsonPath.read(health.body(), "$.components.migrate.details.pending[0].file"))
                .isEqualTo("classpath:db/shop/20261121_0915-8d0b6e4c1a27_add_isbn_to_books.sql");

        runner.migrator().upgrade();
        assertThat(Http.get(context, "/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void healthIsDownWithAFailedRevisionAndAChecksumMismatch() throws Exception {
        // What a killed run on H2 and an edited file leave in the journal.
        TestDatabases.execute(URL, "sa",
                "UPDATE migrate_history SET checksum = '" + "0".repeat(64) + "' WHERE revision = '5f1c2a9e7b30'",
                "UPDATE migrate_history SET state = 'failed', success = FALSE, statements_done = 1, error_line = 8, "
                        + "error_message = 'boom' WHERE revision = '8d0b6e4c1a27'");
        try {
            Http.Response health = Http.get(context, "/actuator/health");

            assertThat(health.status()).isEqualTo(503);
            String migrate = "$.components.migrate.details";
            assertThat((List<String>) JsonPath.read(health.body(), migrate + ".failed[*].revision"))
                    .containsExactly("8d0b6e4c1a27");
            assertThat((List<String>) JsonPath.read(health.body(), migrate + ".checksumMismatches[*].revision"))
                    .containsExactly("5f1c2a9e7b30");
            assertThat((String) JsonPath.read(health.body(), migrate + ".checksumMismatches[0].file"))
                    .isEqualTo("classpath:db/shop/20261121_0900-5f1c2a9e7b30_create_authors_and_books.sql");
        } finally {
            runner.migrator().repair();
        }
        assertThat(Http.get(context, "/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void theEndpointListsCurrentHeadsPendingAndTheJournal() {
        runner.migrator().downgrade("5f1c2a9e7b30");

        Http.Response endpoint = Http.get(context, "/actuator/migrate");

        assertThat(endpoint.status()).isEqualTo(200);
        Map<String, Object> dataSource = JsonPath.read(endpoint.body(), "$.dataSources.dataSource");
        assertThat(dataSource).containsEntry("database", SHOWN)
                .containsEntry("target", "head").containsEntry("upToDate", false)
                .containsEntry("current", List.of("5f1c2a9e7b30")).containsEntry("heads", List.of("8d0b6e4c1a27"))
                .containsEntry("locations", List.of("classpath:db/shop"));
        assertThat((List<String>) JsonPath.read(endpoint.body(), "$.dataSources.dataSource.pending[*].revision"))
                .containsExactly("8d0b6e4c1a27");
        // Newest first: the downgrade, then the two upgrades of the start.
        assertThat((List<String>) JsonPath.read(endpoint.body(), "$.dataSources.dataSource.journal[*].direction"))
                .startsWith("downgrade", "upgrade", "upgrade");
        Map<String, Object> lastUpgrade = JsonPath.read(endpoint.body(), "$.dataSources.dataSource.journal[1]");
        assertThat(lastUpgrade).containsEntry("revision", "8d0b6e4c1a27").containsEntry("state", "completed")
                .containsEntry("message", "Add ISBN to books").containsKeys("startedAt", "durationMillis", "checksum");
    }
}
