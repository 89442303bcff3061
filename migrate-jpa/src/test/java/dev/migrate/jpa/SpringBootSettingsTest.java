package dev.migrate.jpa;

import dev.migrate.autogenerate.ModelClasses;
import dev.migrate.autogenerate.ModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.migrate.jpa.SpringBootSettings.IMPLICIT;
import static dev.migrate.jpa.SpringBootSettings.PHYSICAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's naming conventions and mapping settings: Hibernate's defaults, Spring Boot's, what
 * application.properties / application.yml say, and migrate's parameters over all.
 */
class SpringBootSettingsTest {

    private static final String SPRING_IMPLICIT_3 = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";
    private static final String SPRING_IMPLICIT_4 = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";
    private static final String CAMEL_CASE = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    private static final String STANDARD = "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";

    @TempDir
    Path classes;

    @Test
    void withoutSpringBootHibernateDefaultsApply() throws IOException {
        Files.writeString(classes.resolve("application.properties"), "spring.jpa.hibernate.naming.physical-strategy=x\n");

        assertThat(SpringBootSettings.application(loader(false))).isEmpty();
    }

    @Test
    void springBoot3ConventionsApply() throws IOException {
        touch("org.springframework.boot.SpringApplication", SPRING_IMPLICIT_3);

        assertThat(SpringBootSettings.application(loader(false))).isEqualTo(Map.of(PHYSICAL, CAMEL_CASE,
                IMPLICIT, SPRING_IMPLICIT_3));
    }

    @Test
    void springBoot4ImplicitStrategyIsFoundToo() throws IOException {
        touch("org.springframework.boot.SpringApplication", SPRING_IMPLICIT_4);

        assertThat(SpringBootSettings.application(loader(false))).containsEntry(IMPLICIT, SPRING_IMPLICIT_4);
    }

    @Test
    void applicationPropertiesOverrideSpringBootsDefaults() throws IOException {
        touch("org.springframework.boot.SpringApplication", SPRING_IMPLICIT_3);
        Files.writeString(classes.resolve("application.properties"), """
                spring.jpa.hibernate.naming.physical-strategy=%s
                spring.jpa.properties.hibernate.globally_quoted_identifiers=true
                spring.jpa.properties.hibernate.dialect=org.hibernate.dialect.OracleDialect
                spring.jpa.properties.hibernate.hbm2ddl.auto=create
                """.formatted(STANDARD));

        assertThat(SpringBootSettings.application(loader(false))).isEqualTo(Map.of(PHYSICAL, STANDARD,
                IMPLICIT, SPRING_IMPLICIT_3, "hibernate.globally_quoted_identifiers", "true"));
    }

    @Test
    void applicationYamlIsReadWithTheApplicationsSnakeYaml() throws IOException {
        touch("org.springframework.boot.SpringApplication", SPRING_IMPLICIT_3);
        Files.writeString(classes.resolve("application.yml"), """
                spring:
                  jpa:
                    hibernate:
                      naming:
                        physical-strategy: %s
                        implicit-strategy: legacy-jpa
                    properties:
                      hibernate.id.db_structure_naming_strategy: legacy
                      hibernate:
                        globally_quoted_identifiers: true
                        connection.url: jdbc:h2:mem:nothing
                  datasource:
                    password: never-read
                ---
                spring:
                  config:
                    activate:
                      on-profile: prod
                  jpa:
                    hibernate:
                      naming:
                        physical-strategy: com.example.ProdOnly
                """.formatted(STANDARD));

        assertThat(SpringBootSettings.application(loader(true))).isEqualTo(Map.of(PHYSICAL, STANDARD,
                IMPLICIT, "legacy-jpa", "hibernate.id.db_structure_naming_strategy", "legacy",
                "hibernate.globally_quoted_identifiers", "true"));
    }

    @Test
    void applicationPropertiesWinOverApplicationYaml() throws IOException {
        touch("org.springframework.boot.SpringApplication");
        Files.writeString(classes.resolve("application.yaml"), """
                spring.jpa.hibernate.naming.physical-strategy: com.example.FromYaml
                spring.jpa.hibernate.naming.implicit-strategy: com.example.ImplicitFromYaml
                """);
        Files.writeString(classes.resolve("application.properties"),
                "spring.jpa.hibernate.naming.physical-strategy=com.example.FromProperties\n");

        assertThat(SpringBootSettings.application(loader(true))).isEqualTo(Map.of(
                PHYSICAL, "com.example.FromProperties", IMPLICIT, "com.example.ImplicitFromYaml"));
    }

    @Test
    void yamlWithoutSnakeYamlOnTheClassPathSaysWhatToAdd() throws IOException {
        touch("org.springframework.boot.SpringApplication");
        Files.writeString(classes.resolve("application.yml"), "spring.jpa.hibernate.naming.physical-strategy: x\n");

        assertThatThrownBy(() -> SpringBootSettings.application(loader(false))).isInstanceOf(ModelException.class)
                .hasMessageContaining("application.yml configures the Spring Boot application, but SnakeYAML "
                        + "(org.yaml:snakeyaml) is not on the project's runtime class path");
    }

    @Test
    void brokenYamlNamesTheFile() throws IOException {
        touch("org.springframework.boot.SpringApplication");
        Files.writeString(classes.resolve("application.yml"), "spring:\n  jpa: [unclosed\n");

        assertThatThrownBy(() -> SpringBootSettings.application(loader(true))).isInstanceOf(ModelException.class)
                .hasMessageContaining("application.yml is not valid YAML: ");
    }

    @Test
    void parametersNameStrategiesOnTheProjectsClassPath() throws IOException {
        ModelClasses chosen = classes(Map.of("physicalNamingStrategy", STANDARD, "implicitNamingStrategy", "jpa"));

        assertThat(SpringBootSettings.parameters(chosen, chosen.loader())).isEqualTo(Map.of(PHYSICAL, STANDARD, IMPLICIT, "jpa"));
        assertThat(SpringBootSettings.parameters(classes(Map.of()), getClass().getClassLoader())).isEmpty();
    }

    @Test
    void aParameterNamingAMissingClassIsAnError() throws IOException {
        assertThatThrownBy(() -> SpringBootSettings.parameters(classes(Map.of("physicalNamingStrategy",
                "com.example.Missing")), getClass().getClassLoader())).isInstanceOf(ModelException.class)
                .hasMessage("migrate.physicalNamingStrategy = 'com.example.Missing': no such class on the project's "
                        + "runtime class path; name a class of the project (compiled first: mvn compile) or of its "
                        + "dependencies");
        assertThatThrownBy(() -> SpringBootSettings.parameters(classes(Map.of("implicitNamingStrategy", "snake")),
                getClass().getClassLoader())).
                hasMessageEndingWith("or one of Hibernate's default, jpa, legacy-jpa, legacy-hbm, component-path");
    }

    private ModelClasses classes(Map<String, String> settings) {
        return new ModelClasses(Map.of(), getClass().getClassLoader(), List.of(), Map.of(), settings,
                ModelClasses.Libraries.NONE);
    }

    private void touch(String... classNames) throws IOException {
        for (String name : classNames) {
            Path file = classes.resolve(name.replace('.', '/') + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[0]);
        }
    }

    /** The project's class path: the temporary classes, with the test's SnakeYAML or without any. */
    private ClassLoader loader(boolean snakeYaml) throws IOException {
        try {
            URL[] urls = snakeYaml ? new URL[] {classes.toUri().toURL(),
                    Yaml.class.getProtectionDomain().getCodeSource().getLocation().toURI().toURL()}
                    : new URL[] {classes.toUri().toURL()};
            return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
