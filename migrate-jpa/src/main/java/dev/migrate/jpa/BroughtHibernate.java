package dev.migrate.jpa;

import dev.migrate.autogenerate.ModelClasses;
import dev.migrate.autogenerate.ModelException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The Hibernate migrate brings when a project with JPA entities has none on its class path: the hibernate-core this
 * module is built and tested against, fetched with its dependencies by the front end (the Maven plugin, from the
 * project's repositories) and loaded in a class loader over the project's, so the entities and the project's
 * {@code jakarta.persistence} API stay the project's. A project that has a Hibernate always uses its own.
 */
final class BroughtHibernate {

    private BroughtHibernate() {
    }

    /** The coordinates of the Hibernate migrate brings, e.g. {@code org.hibernate.orm:hibernate-core:6.6.36.Final}. */
    static String coordinates() {
        Properties properties = new Properties();
        try (InputStream in = BroughtHibernate.class.getResourceAsStream("hibernate.properties")) {
            if (in == null) {
                throw new IllegalStateException("dev/migrate/jpa/hibernate.properties is missing from migrate-jpa");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("coordinates");
    }

    /**
     * A class loader with the fetched Hibernate over the project's class loader.
     *
     * @throws ModelException when this build cannot fetch it, or fetching fails
     */
    static ClassLoader fetch(ModelClasses classes) {
        String coordinates = coordinates();
        Optional<List<Path>> files;
        try {
            files = classes.libraries().fetch(coordinates);
        } catch (ModelException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ModelException(missing("; migrate tried to fetch " + coordinates + " and failed: "
                    + e.getMessage()));
        }
        if (files.isEmpty()) {
            throw new ModelException(missing(""));
        }
        List<URL> urls = new ArrayList<>();
        for (Path file : files.get()) {
            try {
                urls.add(file.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new ModelException("cannot use " + file + " of " + coordinates + ": " + e.getMessage());
            }
        }
        return new URLClassLoader("migrate-brought-hibernate", urls.toArray(URL[]::new), classes.loader());
    }

    /** Why a model of entities needs a Hibernate, and what to add. */
    static String missing(String tried) {
        return "the model is JPA entities, but Hibernate ORM is not on the project's runtime class path: Hibernate "
                + "builds the schema from the entities" + tried + ". Add org.hibernate.orm:hibernate-core (6.6 or 7.x; "
                + "Spring Boot's spring-boot-starter-data-jpa brings it) to the project's dependencies, or to the "
                + "migrate plugin's <dependencies>";
    }
}
