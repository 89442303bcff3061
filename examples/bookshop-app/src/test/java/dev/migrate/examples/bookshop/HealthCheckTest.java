package dev.migrate.examples.bookshop;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /health follows the database, not what the application did at start: when the schema falls behind the code (here
 * an operator downgrades it while the application runs), the instance reports 503 and names what is missing.
 */
class HealthCheckTest {

    private final InMemoryDatabase database = new InMemoryDatabase();

    @AfterEach
    void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void schemaBehindTheCodeIsReportedAsPending() throws Exception {
        try (Bookshop bookshop = Bookshop.start(database.settings(0))) {
            database.migrator().downgrade("891092c24729");

            HttpResponse<String> health = Http.get(bookshop.port(), "/health");

            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\",\"pending\":["
                    + "{\"revision\":\"9e3b7c1dc926\",\"message\":\"Fill in book slugs\"},"
                    + "{\"revision\":\"1e27caf9b389\",\"message\":\"Require unique book slugs\"}]}");
            assertThat(bookshop.isUpToDate()).isFalse();
        }
    }

    @Test
    void javaMigrationIsUndoneByTheDowngrade() throws Exception {
        Bookshop.start(database.settings(0)).close();

        database.migrator().downgrade("891092c24729");

        assertThat(database.rows("SELECT COUNT(*) FROM books WHERE slug IS NOT NULL")).containsExactly(List.of(0L));
    }

    @Test
    void healthyAgainOnceTheSchemaCatchesUp() throws Exception {
        try (Bookshop bookshop = Bookshop.start(database.settings(0))) {
            database.migrator().downgrade("-1");
            assertThat(Http.get(bookshop.port(), "/health").statusCode()).isEqualTo(503);

            database.migrator().upgrade();

            assertThat(Http.get(bookshop.port(), "/health").statusCode()).isEqualTo(200);
            assertThat(database.rows("SELECT revision FROM migrate_version")).containsExactly(List.of("1e27caf9b389"));
        }
    }

    @Test
    void onlyGetIsAnswered() throws Exception {
        try (Bookshop bookshop = Bookshop.start(database.settings(0))) {
            HttpResponse<String> response = Http.post(bookshop.port(), "/health");

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).contains("GET");
        }
    }
}
