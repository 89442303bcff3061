package dev.migrate.spring.boot.autoconfigure;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Two DataSources, each migrated by its own runner from its own locations: the primary one from {@code migrate.*},
 * the other from {@code migrate.datasources.ordersDataSource.*}.
 */
@SpringBootTest(classes = TwoDataSourcesTest.TwoDataSources.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "migrate.locations=classpath:db/shop",
                "migrate.datasources.ordersDataSource.locations=classpath:db/orders",
                "management.endpoints.web.exposure.include=health,migrate",
                "management.endpoint.health.show-details=always"})
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class TwoDataSourcesTest {

    private static final String SHOP = TestDatabases.h2("shop");
    private static final String ORDERS = TestDatabases.h2("orders");

    @DynamicPropertySource
    static void databases(DynamicPropertyRegistry registry) {
        registry.add("app.shop.url", () -> SHOP);
        registry.add("app.orders.url", () -> ORDERS);
    }

    /** Two pools, as an application with two databases declares them. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TwoDataSources {

        @Bean
        @Primary
        DataSource dataSource(Environment environment) {
            return pool(environment.getRequiredProperty("app.shop.url"));
        }

        @Bean
        DataSource ordersDataSource(Environment environment) {
            return pool(environment.getRequiredProperty("app.orders.url"));
        }

        @Bean
        @Primary
        JdbcTemplate shopJdbc(DataSource shop) {
            return new JdbcTemplate(shop);
        }

        @Bean
        JdbcTemplate ordersJdbc(@Qualifier("ordersDataSource") DataSource orders) {
            return new JdbcTemplate(orders);
        }
    }

    /** Two pools and neither is primary: migrate cannot tell which one migrate.* is for. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class NoPrimary {

        @Bean
        DataSource shopDataSource(Environment environment) {
            return pool(environment.getRequiredProperty("app.shop.url"));
        }

        @Bean
        DataSource ordersDataSource(Environment environment) {
            return pool(environment.getRequiredProperty("app.orders.url"));
        }
    }

    static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        return pool;
    }

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcTemplate shopJdbc;

    @Autowired
    @Qualifier("ordersJdbc")
    JdbcTemplate ordersJdbc;

    @Test
    void eachDataSourceHasItsRunnerAndItsOwnRevisions(CapturedOutput output) {
        assertThat(context.getBeansOfType(MigrateRunner.class)).containsOnlyKeys("migrateRunner",
                "ordersDataSourceMigrateRunner");
        assertThat(shopJdbc.queryForObject("SELECT count(*) FROM books", Integer.class)).isEqualTo(2);
        assertThat(shopJdbc.queryForList("SELECT revision FROM migrate_version", String.class))
                .containsExactly("8d0b6e4c1a27");
        assertThat(ordersJdbc.queryForList("SELECT revision FROM migrate_version", String.class))
                .containsExactly("7a3d5c1e9f08");
        assertThat(ordersJdbc.queryForObject("SELECT count(*) FROM information_schema.tables "
                + "WHERE table_name = 'BOOKS'", Integer.class)).isZero();

        // Every JDBC user waits for every runner.
        assertThat(context.getBeanFactory().getBeanDefinition("ordersJdbc").getDependsOn())
                .contains("migrateRunner", "ordersDataSourceMigrateRunner");
        assertThat(output.getAll()).contains("[ordersDataSource] Upgrade 1/1 7a3d5c1e9f08 (Create orders)")
                .contains("[dataSource] Upgrade 2/2 8d0b6e4c1a27 (Add ISBN to books)");
    }

    @Test
    void healthAndTheEndpointShowEachDataSource() {
        MigrateRunner orders = context.getBean("ordersDataSourceMigrateRunner", MigrateRunner.class);
        orders.migrator().downgrade("base");
        try {
            Http.Response health = Http.get(context, "/actuator/health");
            Http.Response endpoint = Http.get(context, "/actuator/migrate");

            assertThat(health.status()).isEqualTo(503);
            assertThat((String) JsonPath.read(health.body(), "$.components.migrate.status")).isEqualTo("DOWN");
            assertThat((String) JsonPath.read(health.body(), "$.components.migrate.components.dataSource.status"))
                    .isEqualTo("UP");
            assertThat((String) JsonPath.read(health.body(),
                    "$.components.migrate.components.ordersDataSource.status")).isEqualTo("DOWN");
            assertThat((List<String>) JsonPath.read(health.body(),
                    "$.components.migrate.components.ordersDataSource.details.pending[*].revision"))
                    .containsExactly("7a3d5c1e9f08");
            assertThat((List<String>) JsonPath.read(endpoint.body(), "$.dataSources.ordersDataSource.locations"))
                    .containsExactly("classpath:db/orders");
            assertThat((List<String>) JsonPath.read(endpoint.body(), "$.dataSources.dataSource.current"))
                    .containsExactly("8d0b6e4c1a27");
            assertThat((List<String>) JsonPath.read(endpoint.body(), "$.dataSources.ordersDataSource.current"))
                    .isEmpty();
        } finally {
            orders.migrator().upgrade();
        }
    }

    @Test
    void aNameThatIsNoDataSourceStopsTheStart() {
        Throwable failure = catchThrowable(() -> Starts.run(TwoDataSources.class, "app.shop.url="
                + TestDatabases.h2("shop"), "app.orders.url=" + TestDatabases.h2("orders"),
                "migrate.locations=classpath:db/shop", "migrate.datasources.order.locations=classpath:db/orders"));

        MigrateException cause = FailedStartTest.findCause(failure, MigrateException.class);
        assertThat(cause).isNotNull();
        assertThat(cause.kind()).isEqualTo(ErrorKind.CONFIGURATION);
        assertThat(cause.getMessage()).isEqualTo("migrate.datasources.order names no DataSource bean; the DataSources "
                + "are 'dataSource', 'ordersDataSource'. Use a bean name as the key, or set "
                + "migrate.datasources.order.url");
    }

    @Test
    void severalDataSourcesWithoutAPrimaryAreNotGuessed(CapturedOutput output) {
        String shop = TestDatabases.h2("shop");
        // Spring Data JPA would want the EntityManagerFactory that Spring Boot builds for a primary DataSource only.
        Throwable failure = catchThrowable(() -> Starts.run(NoPrimary.class, "app.shop.url=" + shop,
                "app.orders.url=" + TestDatabases.h2("orders"), "spring.data.jpa.repositories.enabled=false"));

        MigrateException cause = FailedStartTest.findCause(failure, MigrateException.class);
        assertThat(cause).isNotNull();
        assertThat(cause.getMessage()).startsWith("the application has several DataSources ('shopDataSource', "
                + "'ordersDataSource') and none is @Primary");

        // Configured one by one, both are migrated.
        try (ConfigurableApplicationContext started = Starts.run(NoPrimary.class, "app.shop.url=" + shop,
                "app.orders.url=" + TestDatabases.h2("orders"), "spring.data.jpa.repositories.enabled=false",
                "migrate.datasources.shop-data-source.locations=classpath:db/shop",
                "migrate.datasources.ordersDataSource.locations=classpath:db/orders")) {
            assertThat(started.getBeansOfType(MigrateRunner.class)).containsOnlyKeys(
                    "shopDataSourceMigrateRunner", "ordersDataSourceMigrateRunner");
        }

        // One of them only: the other is left alone, and the log says so.
        try (ConfigurableApplicationContext started = Starts.run(NoPrimary.class, "app.shop.url="
                + TestDatabases.h2("shop"), "app.orders.url=" + TestDatabases.h2("orders"),
                "spring.data.jpa.repositories.enabled=false",
                "migrate.datasources.shopDataSource.locations=classpath:db/shop")) {
            assertThat(started.getBeansOfType(MigrateRunner.class)).containsOnlyKeys("shopDataSourceMigrateRunner");
            assertThat(output.getAll()).contains("DataSource 'ordersDataSource' is not migrated: configure "
                    + "migrate.datasources.ordersDataSource.locations to migrate it");
        }
    }
}
