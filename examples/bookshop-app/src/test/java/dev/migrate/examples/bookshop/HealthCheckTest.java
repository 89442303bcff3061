package dev.migrate.examples.bookshop;

import com.jayway.jsonpath.JsonPath;
import dev.migrate.spring.boot.autoconfigure.MigrateRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the application runs, someone downgrades its database: {@code /actuator/health} turns DOWN (503) and names
 * the pending revisions, {@code /actuator/migrate} shows the journal, and health is UP again after the upgrade.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class HealthCheckTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:health_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    MigrateRunner migrate;

    @AfterEach
    void upgradeAgain() {
        migrate.migrator().upgrade();
    }

    @Test
    void healthIsDownWhileRevisionsArePending() {
        migrate.migrator().downgrade("891092c24729");

        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode().value()).isEqualTo(503);
        assertThat((String) JsonPath.read(health.getBody(), "$.components.migrate.status")).isEqualTo("DOWN");
        assertThat((List<String>) JsonPath.read(health.getBody(), "$.components.migrate.details.pending[*].revision"))
                .containsExactly("9e3b7c1dc926", "1e27caf9b389");
        assertThat((List<String>) JsonPath.read(health.getBody(), "$.components.migrate.details.pending[*].message"))
                .containsExactly("Fill in book slugs", "Require unique book slugs");
    }

    @Test
    void healthIsUpAgainAfterTheUpgrade() {
        migrate.migrator().downgrade("891092c24729");
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(503);

        migrate.migrator().upgrade();

        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theEndpointShowsWhereTheDatabaseIsAndTheJournal() {
        migrate.migrator().downgrade("891092c24729");

        ResponseEntity<String> endpoint = http.getForEntity("/actuator/migrate", String.class);

        assertThat(endpoint.getStatusCode().value()).isEqualTo(200);
        String dataSource = "$.dataSources.dataSource";
        assertThat((List<String>) JsonPath.read(endpoint.getBody(), dataSource + ".current"))
                .containsExactly("891092c24729");
        assertThat((List<String>) JsonPath.read(endpoint.getBody(), dataSource + ".heads"))
                .containsExactly("1e27caf9b389");
        // Newest first: the two downgrades just now, ..., the four upgrades of the start.
        assertThat((List<String>) JsonPath.read(endpoint.getBody(), dataSource + ".journal[*].direction"))
                .startsWith("downgrade", "downgrade").endsWith("upgrade", "upgrade", "upgrade", "upgrade");
        assertThat((List<String>) JsonPath.read(endpoint.getBody(), dataSource + ".journal[*].revision"))
                .startsWith("9e3b7c1dc926", "1e27caf9b389")
                .endsWith("1e27caf9b389", "9e3b7c1dc926", "891092c24729", "c331fa20f20f");
    }
}
