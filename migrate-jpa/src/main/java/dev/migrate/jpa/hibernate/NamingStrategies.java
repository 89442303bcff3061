package dev.migrate.jpa.hibernate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The naming strategies the application runs with, so that the schema Hibernate builds here has the names the
 * application expects. Without Spring Boot: Hibernate's defaults. With Spring Boot on the class path: its defaults
 * (camel case to snake case, and its implicit strategy), unless {@code spring.jpa.hibernate.naming.*} in
 * {@code application.properties} says otherwise.
 */
final class NamingStrategies {

    static final String PHYSICAL = "hibernate.physical_naming_strategy";
    static final String IMPLICIT = "hibernate.implicit_naming_strategy";

    private static final String SPRING_BOOT = "org.springframework.boot.SpringApplication";
    private static final String CAMEL_CASE = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    /** Spring Boot 3's class, then Spring Boot 4's. */
    private static final List<String> SPRING_IMPLICIT = List.of(
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy");

    private NamingStrategies() {
    }

    /** The Hibernate settings for the strategies, with where each comes from. */
    static Map<String, String> of(ClassLoader loader) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (!present(loader, SPRING_BOOT)) {
            return settings;
        }
        settings.put(PHYSICAL, CAMEL_CASE);
        SPRING_IMPLICIT.stream().filter(name -> present(loader, name)).findFirst()
                .ifPresent(name -> settings.put(IMPLICIT, name));
        Properties application = applicationProperties(loader);
        String physical = application.getProperty("spring.jpa.hibernate.naming.physical-strategy");
        String implicit = application.getProperty("spring.jpa.hibernate.naming.implicit-strategy");
        if (physical != null && !physical.isBlank()) {
            settings.put(PHYSICAL, physical.strip());
        }
        if (implicit != null && !implicit.isBlank()) {
            settings.put(IMPLICIT, implicit.strip());
        }
        return settings;
    }

    private static boolean present(ClassLoader loader, String className) {
        return loader.getResource(className.replace('.', '/') + ".class") != null;
    }

    private static Properties applicationProperties(ClassLoader loader) {
        Properties properties = new Properties();
        URL url = loader.getResource("application.properties");
        if (url == null) {
            return properties;
        }
        try (InputStream in = url.openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url + ": " + e.getMessage(), e);
        }
        return properties;
    }
}
