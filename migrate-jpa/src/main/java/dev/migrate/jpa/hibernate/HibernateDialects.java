package dev.migrate.jpa.hibernate;

import dev.migrate.autogenerate.ModelException;
import dev.migrate.dialect.Dialect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Which Hibernate dialect writes the DDL for a migrate dialect: a lookup in {@code dialects.properties} next to
 * this class, so that a new database is one more line there, not an edit of this code.
 */
final class HibernateDialects {

    private static final Properties DIALECTS = load();

    private HibernateDialects() {
    }

    /** The Hibernate dialect class for {@code dialect}; fails, naming the known ones, when there is none. */
    static String of(Dialect dialect) {
        String hibernate = DIALECTS.getProperty(dialect.name());
        if (hibernate == null) {
            throw new ModelException("migrate cannot build a schema from JPA entities for " + dialect.displayName()
                    + " yet: no Hibernate dialect is known for it (known: " + String.join(", ",
                    new TreeSet<>(DIALECTS.stringPropertyNames())) + "); use schema files (migrate.models=schema-files)");
        }
        return hibernate.strip();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = HibernateDialects.class.getResourceAsStream("dialects.properties")) {
            if (in == null) {
                throw new IllegalStateException("dialects.properties is missing from migrate-jpa");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
