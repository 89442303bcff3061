package dev.migrate.examples.bookshop;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start on an empty database applies every revision (three SQL files and a Java migration) before JPA validates
 * the entities; the catalogue and the health check answer; a second start applies nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class StartMigratesTest {

    static final String URL = "jdbc:h2:mem:start_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRevisionIsAppliedBeforeJpaStarts() {
        assertThat(jdbc.queryForList("SELECT revision FROM migrate_version", String.class))
                .containsExactly("1e27caf9b389");
        assertThat(jdbc.queryForList("SELECT revision FROM migrate_history WHERE direction = 'upgrade' ORDER BY id",
                String.class)).containsExactly("c331fa20f20f", "891092c24729", "9e3b7c1dc926", "1e27caf9b389");
        // The Java migration made the slugs; the last revision made them required and unique.
        assertThat(jdbc.queryForList("SELECT slug FROM books ORDER BY id", String.class)).containsExactly(
                "the-dispossessed", "small-gods", "kindred", "going-postal-a-discworld-novel");
    }

    @Test
    void theCatalogueIsServedThroughTheEntities() {
        ResponseEntity<String> books = http.getForEntity("/books", String.class);
        ResponseEntity<String> book = http.getForEntity("/books/small-gods", String.class);

        assertThat(books.getStatusCode().value()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(books.getBody(), "$[*].title")).containsExactly(
                "Going Postal; a Discworld novel", "Kindred", "Small Gods", "The Dispossessed");
        assertThat((String) JsonPath.read(book.getBody(), "$.author")).isEqualTo("Terry Pratchett");
        assertThat(http.getForEntity("/books/no-such-book", String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void healthIsUpWithTheCurrentRevision() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat((String) JsonPath.read(health.getBody(), "$.components.migrate.status")).isEqualTo("UP");
        assertThat((List<String>) JsonPath.read(health.getBody(), "$.components.migrate.details.current"))
                .containsExactly("1e27caf9b389");
    }

    @Test
    void aSecondStartAppliesNothing(CapturedOutput output) {
        try (ConfigurableApplicationContext again = new SpringApplicationBuilder(BookshopApplication.class)
                .web(WebApplicationType.NONE).run("--spring.datasource.url=" + URL)) {
            assertThat(output.getAll()).contains("is up to date at 1e27caf9b389; nothing to apply");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM migrate_history", Integer.class)).isEqualTo(4);
        }
    }
}
