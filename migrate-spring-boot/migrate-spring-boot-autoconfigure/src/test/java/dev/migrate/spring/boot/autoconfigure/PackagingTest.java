package dev.migrate.spring.boot.autoconfigure;

import com.jayway.jsonpath.JsonPath;
import dev.migrate.spring.boot.autoconfigure.plain.PlainApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the jar carries for Spring Boot and IDEs: the property metadata the configuration processor generated, the
 * registrations, and the health contributor of the Spring Boot version it runs on (this class runs on 3.5 and 4.0).
 */
class PackagingTest {

    private static String read(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void thePropertyMetadataIsGeneratedWithDescriptionsAndDefaults() throws IOException {
        String json = read("META-INF/spring-configuration-metadata.json");
        Map<String, Object> expectedDefaults = Map.of(
                "migrate.enabled", true,
                "migrate.target", "head",
                "migrate.locations", List.of("classpath:db/migrations"),
                "migrate.lock-timeout", "60s",
                "migrate.connect-retries", 0,
                "migrate.validate-checksums", true,
                "migrate.fail-on-pending", false,
                "migrate.allow-destructive", true,
                "migrate.wait-for-database", 0);
        expectedDefaults.forEach((name, value) -> {
            List<Map<String, Object>> found = JsonPath.read(json, "$.properties[?(@.name == '" + name + "')]");
            assertThat(found).as(name).hasSize(1);
            assertThat(found.get(0)).as(name).containsEntry("defaultValue", value);
            assertThat((String) found.get(0).get("description")).as(name).isNotBlank();
        });
        for (String name : List.of("migrate.url", "migrate.user", "migrate.password", "migrate.schema",
                "migrate.transaction-mode", "migrate.connect-retry-interval", "migrate.journal-limit",
                "migrate.datasources")) {
            assertThat((List<?>) JsonPath.read(json, "$.properties[?(@.name == '" + name + "')]")).as(name).hasSize(1);
        }
        assertThat((List<String>) JsonPath.read(json, "$.hints[?(@.name == 'migrate.target')].values[*].value"))
                .containsExactly("head", "heads");
    }

    @Test
    void theAutoConfigurationsAndFactoriesAreRegistered() throws IOException {
        assertThat(read("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports").lines())
                .contains(MigrateAutoConfiguration.class.getName(),
                        "dev.migrate.spring.boot.autoconfigure.actuate.boot3.MigrateHealthContributorAutoConfiguration",
                        "dev.migrate.spring.boot.autoconfigure.actuate.boot4.MigrateHealthContributorAutoConfiguration");
        assertThat(read("META-INF/spring.factories")).contains(MigrateFailureAnalyzer.class.getName())
                .contains(MigrateDatabaseInitializerDetector.class.getName());
    }

    @Test
    void theHealthContributorIsTheOneOfTheSpringBootItRunsOn() {
        String expected = System.getProperty("migrate.test.spring-boot.version");
        assertThat(SpringBootVersion.getVersion()).as("the build runs this class on Spring Boot %s", expected)
                .isEqualTo(expected);
        try (ConfigurableApplicationContext context = Starts.run(PlainApplication.class,
                "spring.datasource.url=" + TestDatabases.h2("version"))) {
            Object contributor = context.getBean("migrateHealthContributor");
            assertThat(contributor.getClass().getName()).isEqualTo("dev.migrate.spring.boot.autoconfigure.actuate.boot"
                    + expected.charAt(0) + ".MigrateHealthIndicator");
        }
    }
}
