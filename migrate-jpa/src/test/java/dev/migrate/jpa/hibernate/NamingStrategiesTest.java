package dev.migrate.jpa.hibernate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's naming conventions: Hibernate's defaults, Spring Boot's, or what application.properties says. */
class NamingStrategiesTest {

    private static final String SPRING_IMPLICIT_3 = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";
    private static final String SPRING_IMPLICIT_4 = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";

    @TempDir
    Path classes;

    @Test
    void withoutSpringBootHibernateDefaultsApply() throws IOException {
        assertThat(NamingStrategies.of(loader())).isEmpty();
    }

    @Test
    void springBoot3ConventionsApply() throws IOException {
        touch("org.springframework.boot.SpringApplication", SPRING_IMPLICIT_3);

        assertThat(NamingStrategies.of(loader())).isEqualTo(Map.of(
                NamingStrategies.PHYSICAL, "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
                NamingStrategies.IMPLICIT, SPRING_IMPLICIT_3));
    }

    @Test
    void springBoot4ImplicitStrategyIsFoundToo() throws IOException {
        touch("org.springframework.boot.SpringApplication", SPRING_IMPLICIT_4);

        assertThat(NamingStrategies.of(loader())).containsEntry(NamingStrategies.IMPLICIT, SPRING_IMPLICIT_4);
    }

    @Test
    void applicationPropertiesOverrideSpringBootsDefaults() throws IOException {
        touch("org.springframework.boot.SpringApplication", SPRING_IMPLICIT_3);
        Files.writeString(classes.resolve("application.properties"), """
                spring.jpa.hibernate.naming.physical-strategy=org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl
                """);

        assertThat(NamingStrategies.of(loader())).isEqualTo(Map.of(
                NamingStrategies.PHYSICAL, "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl",
                NamingStrategies.IMPLICIT, SPRING_IMPLICIT_3));
    }

    private void touch(String... classNames) throws IOException {
        for (String name : classNames) {
            Path file = classes.resolve(name.replace('.', '/') + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[0]);
        }
    }

    private ClassLoader loader() throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }
}
