package dev.migrate.jpa;

import dev.migrate.autogenerate.ModelClasses;
import dev.migrate.autogenerate.ModelException;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The Hibernate settings that shape the schema the way the application runs it: its naming strategies and the
 * mapping properties it sets, so that the DDL Hibernate writes here has the names the application expects.
 *
 * <ul>
 *   <li>Without Spring Boot on the class path: Hibernate's defaults.</li>
 *   <li>With Spring Boot: its defaults (camel case to snake case, and its implicit strategy), then what the
 *       profile-less {@code application.yml} / {@code application.yaml} and {@code application.properties} say in
 *       {@code spring.jpa.hibernate.naming.*} and {@code spring.jpa.properties.hibernate.*} (properties win over YAML,
 *       as in Spring Boot). YAML is read with the application's own SnakeYAML, which every Spring Boot application
 *       that reads YAML has; migrate-jpa depends on nothing for it.</li>
 *   <li>Last, {@code migrate.physicalNamingStrategy} and {@code migrate.implicitNamingStrategy}, which win over all,
 *       checked to exist on the project's class path.</li>
 * </ul>
 * Settings migrate chooses itself (dialect, connection, schema generation) are never taken from the application.
 */
final class SpringBootSettings {

    static final String PHYSICAL = "hibernate.physical_naming_strategy";
    static final String IMPLICIT = "hibernate.implicit_naming_strategy";
    static final String PHYSICAL_PARAMETER = "physicalNamingStrategy";
    static final String IMPLICIT_PARAMETER = "implicitNamingStrategy";

    private static final String SPRING_BOOT = "org.springframework.boot.SpringApplication";
    private static final String CAMEL_CASE = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    /** Spring Boot 3's class, then Spring Boot 4's. */
    private static final List<String> SPRING_IMPLICIT = List.of(
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy");
    /** The names Hibernate itself takes for its implicit strategies. */
    private static final List<String> HIBERNATE_IMPLICIT_NAMES = List.of("default", "jpa", "legacy-jpa", "legacy-hbm",
            "component-path");
    private static final String NAMING = "spring.jpa.hibernate.naming.";
    private static final String JPA_PROPERTIES = "spring.jpa.properties.";

    private SpringBootSettings() {
    }

    /**
     * The Hibernate settings of the application: Spring Boot's conventions and what its configuration files say;
     * empty without Spring Boot.
     *
     * @throws ModelException when a YAML file cannot be read
     */
    static Map<String, String> application(ClassLoader loader) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (!present(loader, SPRING_BOOT)) {
            return settings;
        }
        settings.put(PHYSICAL, CAMEL_CASE);
        SPRING_IMPLICIT.stream().filter(name -> present(loader, name)).findFirst()
                .ifPresent(name -> settings.put(IMPLICIT, name));
        Map<String, String> application = new LinkedHashMap<>();
        for (String yaml : List.of("application.yaml", "application.yml")) {
            URL url = loader.getResource(yaml);
            if (url != null) {
                application.putAll(ApplicationYaml.read(url, loader));
            }
        }
        application.putAll(properties(loader));
        put(settings, PHYSICAL, application.get(NAMING + "physical-strategy"));
        put(settings, IMPLICIT, application.get(NAMING + "implicit-strategy"));
        application.forEach((name, value) -> {
            if (name.startsWith(JPA_PROPERTIES + "hibernate.")) {
                String hibernate = name.substring(JPA_PROPERTIES.length());
                if (PersistenceXml.shapesSchema(hibernate)) {
                    put(settings, hibernate, value);
                }
            }
        });
        return settings;
    }

    /**
     * The settings {@code migrate.physicalNamingStrategy} and {@code migrate.implicitNamingStrategy} give, which win
     * over the application's.
     *
     * @param loader the class loader Hibernate maps with: the project's, or one over it with the Hibernate migrate
     *               brings
     * @throws ModelException when a named strategy class is not on the project's class path
     */
    static Map<String, String> parameters(ModelClasses classes, ClassLoader loader) {
        Map<String, String> settings = new LinkedHashMap<>();
        classes.setting(PHYSICAL_PARAMETER).ifPresent(name -> settings.put(PHYSICAL,
                strategy(loader, PHYSICAL_PARAMETER, name, List.of())));
        classes.setting(IMPLICIT_PARAMETER).ifPresent(name -> settings.put(IMPLICIT,
                strategy(loader, IMPLICIT_PARAMETER, name, HIBERNATE_IMPLICIT_NAMES)));
        return settings;
    }

    /** How messages name the strategies when a parameter chose them, e.g. {@code "physical naming Foo"}. */
    static String describe(ModelClasses classes) {
        List<String> chosen = new java.util.ArrayList<>();
        classes.setting(PHYSICAL_PARAMETER).ifPresent(name -> chosen.add("physical naming " + name));
        classes.setting(IMPLICIT_PARAMETER).ifPresent(name -> chosen.add("implicit naming " + name));
        return String.join(", ", chosen);
    }

    private static String strategy(ClassLoader loader, String parameter, String name, List<String> shortNames) {
        if (shortNames.contains(name)) {
            return name;
        }
        try {
            Class.forName(name, false, loader);
            return name;
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ModelException("migrate." + parameter + " = '" + name + "': no such class on the project's "
                    + "runtime class path" + (e instanceof ClassNotFoundException ? "" : " (" + e + ")")
                    + "; name a class of the project (compiled first: mvn compile) or of its dependencies"
                    + (shortNames.isEmpty() ? "" : ", or one of Hibernate's " + String.join(", ", shortNames)));
        }
    }

    private static void put(Map<String, String> settings, String name, String value) {
        if (value != null && !value.isBlank()) {
            settings.put(name, value.strip());
        }
    }

    private static boolean present(ClassLoader loader, String className) {
        return loader.getResource(className.replace('.', '/') + ".class") != null;
    }

    /** A file as a path, a resource of a jar as its URL. */
    static String shown(URL url) {
        try {
            return "file".equals(url.getProtocol()) ? Path.of(url.toURI()).toString() : url.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url.toString();
        }
    }

    private static Map<String, String> properties(ClassLoader loader) {
        Properties properties = new Properties();
        URL url = loader.getResource("application.properties");
        if (url != null) {
            try (InputStream in = url.openStream()) {
                properties.load(in);
            } catch (IOException e) {
                throw new ModelException("cannot read " + shown(url) + ": " + e.getMessage());
            }
        }
        Map<String, String> flat = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(name -> flat.put(name, properties.getProperty(name)));
        return flat;
    }

    /**
     * A Spring Boot {@code application.yml}, flattened to dotted names the way Spring Boot binds it. Documents bound
     * to a profile ({@code spring.config.activate.on-profile}, or the older {@code spring.profiles}) are skipped:
     * migrate reads what applies without a profile. Lists are left out; no setting read here is a list.
     */
    static final class ApplicationYaml {

        private ApplicationYaml() {
        }

        static Map<String, String> read(URL url, ClassLoader loader) {
            Object yaml = snakeYaml(url, loader);
            Map<String, String> flat = new LinkedHashMap<>();
            try (InputStream in = url.openStream()) {
                Iterable<?> documents = (Iterable<?>) yaml.getClass().getMethod("loadAll", InputStream.class)
                        .invoke(yaml, in);
                for (Object document : documents) {
                    Map<String, String> one = new LinkedHashMap<>();
                    flatten("", document, one);
                    if (one.containsKey("spring.config.activate.on-profile") || one.containsKey("spring.profiles")) {
                        continue;
                    }
                    flat.putAll(one);
                }
            } catch (InvocationTargetException e) {
                throw invalid(url, e.getCause());
            } catch (IOException | ReflectiveOperationException e) {
                throw new ModelException("cannot read " + shown(url) + ": " + e);
            } catch (RuntimeException e) {
                // SnakeYAML parses the documents while they are iterated.
                throw invalid(url, e);
            }
            return flat;
        }

        private static ModelException invalid(URL url, Throwable error) {
            return new ModelException(shown(url) + " is not valid YAML: " + String.valueOf(error.getMessage()).strip()
                    + "\n  fix it (Spring Boot could not start with it either)");
        }

        private static Object snakeYaml(URL url, ClassLoader loader) {
            try {
                Class<?> yaml = Class.forName("org.yaml.snakeyaml.Yaml", true, loader);
                Class<?> constructor = Class.forName("org.yaml.snakeyaml.constructor.SafeConstructor", true, loader);
                Class<?> base = Class.forName("org.yaml.snakeyaml.constructor.BaseConstructor", true, loader);
                Object safe;
                try {
                    Class<?> options = Class.forName("org.yaml.snakeyaml.LoaderOptions", true, loader);
                    safe = constructor.getConstructor(options).newInstance(options.getConstructor().newInstance());
                } catch (NoSuchMethodException | ClassNotFoundException olderThan2) {
                    safe = constructor.getConstructor().newInstance();
                }
                return yaml.getConstructor(base).newInstance(safe);
            } catch (ClassNotFoundException | NoClassDefFoundError e) {
                throw new ModelException(shown(url) + " configures the Spring Boot application, but SnakeYAML "
                        + "(org.yaml:snakeyaml) is not on the project's runtime class path to read it (Spring Boot "
                        + "needs it for YAML too): add it to the project's dependencies (spring-boot-starter brings "
                        + "it), or move the spring.jpa settings to application.properties");
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new ModelException("cannot use the project's SnakeYAML to read " + shown(url) + ": " + e);
            }
        }

        private static void flatten(String prefix, Object value, Map<String, String> into) {
            if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    String key = String.valueOf(entry.getKey());
                    if (key.startsWith("[") && key.endsWith("]")) {
                        key = key.substring(1, key.length() - 1);
                    }
                    flatten(prefix.isEmpty() ? key : prefix + "." + key, entry.getValue(), into);
                }
            } else if (value != null && !(value instanceof Iterable<?>) && !prefix.isEmpty()) {
                into.put(prefix, String.valueOf(value));
            }
        }
    }
}
