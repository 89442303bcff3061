package dev.migrate.spring.boot.autoconfigure;

import com.jayway.jsonpath.JsonPath;
import dev.migrate.api.ErrorKind;
import dev.migrate.spring.boot.autoconfigure.shop.Book;
import dev.migrate.spring.boot.autoconfigure.shop.ShopApplication;
import dev.migrate.testing.PostgresDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The starter on PostgreSQL (the local server): JPA validates the migrated schema, health and the endpoint answer,
 * a password in the DataSource URL appears nowhere, and a failing revision is rolled back whole.
 */
@SpringBootTest(classes = ShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "migrate.locations=classpath:db/shop",
                "spring.jpa.hibernate.ddl-auto=validate",
                "spring.jpa.open-in-view=false",
                "management.endpoints.web.exposure.include=health,migrate",
                "management.endpoint.health.show-details=always"})
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class PostgresStartTest {

    /** The server ignores it (trust authentication); the driver sends it, and migrate must never show it. */
    private static final String PASSWORD = "Sup3r-Secret-pw";

    private static PostgresDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.postgres(PostgresStartTest.class);
    }

    @DynamicPropertySource
    static void dataSource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> withPassword(database.url()));
        registry.add("spring.datasource.username", () -> database.user());
    }

    /** Before Spring closes the context (DirtiesContext): the drop ends the pool's sessions. */
    @AfterAll
    static void dropDatabase() throws Exception {
        TestDatabases.drop(database);
    }

    private static String withPassword(String url) {
        return url + (url.contains("?") ? "&" : "?") + "password=" + PASSWORD;
    }

    /**
     * Hibernate 7 (Spring Boot 4) logs the DataSource's URL as given, password included ("Database JDBC URL [...]"):
     * its own line, outside migrate's control. Every other line, migrate's and the failure analysis, must not have it.
     */
    private static void assertNotLoggedByMigrate(CapturedOutput output) {
        assertThat(output.getAll().lines().filter(line -> line.contains(PASSWORD)))
                .allSatisfy(line -> assertThat(line).contains("Database JDBC URL ["));
    }

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    EntityManager entityManager;

    @Test
    void migratesBeforeJpaValidates() {
        List<Book> books = entityManager.createQuery("select b from Book b order by b.id", Book.class).getResultList();
        assertThat(books).extracting(Book::getTitle).containsExactly("The Dispossessed", "Small Gods");
    }

    @Test
    void healthAndEndpointAnswerWithoutThePassword(CapturedOutput output) {
        Http.Response health = Http.get(context, "/actuator/health");
        Http.Response endpoint = Http.get(context, "/actuator/migrate");

        assertThat(health.status()).isEqualTo(200);
        assertThat((String) JsonPath.read(health.body(), "$.components.migrate.status")).isEqualTo("UP");
        String shown = JsonPath.read(health.body(), "$.components.migrate.details.database");
        assertThat(shown).startsWith("DataSource 'dataSource' (jdbc:postgresql://").contains(database.name())
                .contains("password=****");
        assertThat((List<String>) JsonPath.read(endpoint.body(), "$.dataSources.dataSource.current"))
                .containsExactly("8d0b6e4c1a27");
        assertThat((List<String>) JsonPath.read(endpoint.body(), "$.dataSources.dataSource.journal[*].revision"))
                .containsExactly("8d0b6e4c1a27", "5f1c2a9e7b30");
        assertThat(health.body() + endpoint.body()).doesNotContain(PASSWORD);
        assertNotLoggedByMigrate(output);
    }

    @Test
    void aFailingRevisionIsRolledBackWholeAndStopsTheStart(CapturedOutput output) throws Exception {
        PostgresDatabase other = database.server().newDatabase("PostgresStartTestFailing");
        try {
            Throwable failure = catchThrowable(() -> Starts.run(ShopApplication.class,
                    "spring.datasource.url=" + withPassword(other.url()), "spring.datasource.username=" + other.user(),
                    "migrate.locations=classpath:db/shop,classpath:db/shop-broken"));

            MigrateStartupException startup = FailedStartTest.findCause(failure, MigrateStartupException.class);
            assertThat(startup).isNotNull();
            assertThat(startup.getCause().kind()).isEqualTo(ErrorKind.MIGRATION_FAILED);
            assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains("failed at classpath:db/"
                    + "shop-broken/20261121_1000-c4e7a1f09b52_require_prices_of_at_least_ten.sql:11");
            assertNotLoggedByMigrate(output);
            try (Connection connection = other.connect();
                 ResultSet rows = connection.createStatement().executeQuery(
                         "SELECT count(*) FROM pg_constraint WHERE conname = 'books_price_at_least_ten'")) {
                rows.next();
                assertThat(rows.getInt(1)).as("nothing of the failed revision remains").isZero();
            }
        } finally {
            TestDatabases.drop(other);
        }
    }
}
