package dev.migrate.examples.bookshop;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A start on an empty database applies every revision, SQL and Java, before /health answers. */
class StartMigratesTest {

    private final InMemoryDatabase database = new InMemoryDatabase();

    @AfterEach
    void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void emptyDatabaseIsMigratedAndHealthy() throws Exception {
        try (Bookshop bookshop = Bookshop.start(database.settings(0))) {
            HttpResponse<String> health = Http.get(bookshop.port(), "/health");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(health.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(bookshop.isUpToDate()).isTrue();
        }
        assertThat(database.rows("SELECT revision FROM migrate_version")).containsExactly(List.of("1e27caf9b389"));
    }

    @Test
    void everyRevisionLeftItsMark() throws Exception {
        try (Bookshop bookshop = Bookshop.start(database.settings(0))) {
            // c331fa20f20f created and filled the tables, 891092c24729 added the column, the Java migration
            // 9e3b7c1dc926 filled it in.
            assertThat(database.rows("SELECT b.slug, a.name FROM books b JOIN authors a ON a.id = b.author_id ORDER BY b.id"))
                    .containsExactly(
                            List.of("the-dispossessed", "Ursula K. Le Guin"),
                            List.of("small-gods", "Terry Pratchett"),
                            List.of("kindred", "Octavia E. Butler"),
                            List.of("going-postal-a-discworld-novel", "Terry Pratchett"));
            // 1e27caf9b389 made the slug required and unique.
            assertThat(database.rows("SELECT is_nullable FROM information_schema.columns "
                    + "WHERE table_name = 'BOOKS' AND column_name = 'SLUG'")).containsExactly(List.of("NO"));
            assertThat(database.rows("SELECT index_name FROM information_schema.indexes WHERE table_name = 'BOOKS' "
                    + "AND index_name = 'BOOKS_SLUG_KEY'")).hasSize(1);
        }
    }

    @Test
    void restartAppliesNothing() throws Exception {
        Bookshop.start(database.settings(0)).close();

        try (Bookshop again = Bookshop.start(database.settings(0))) {
            assertThat(Http.get(again.port(), "/health").statusCode()).isEqualTo(200);
        }
        assertThat(database.rows("SELECT COUNT(*) FROM books")).containsExactly(List.of(4L));
    }
}
