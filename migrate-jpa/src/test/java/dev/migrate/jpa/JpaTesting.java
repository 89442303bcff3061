package dev.migrate.jpa;

import dev.migrate.api.CheckRequest;
import dev.migrate.api.Location;
import dev.migrate.api.Migrator;
import dev.migrate.jpa.fixtures.common.Address;
import dev.migrate.testing.RecordingListener;
import dev.migrate.testing.TestDatabase;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What the JPA tests share: a migrator over the test entities, and Hibernate's own validation of a database. */
final class JpaTesting {

    /** Where the test entities are compiled to. */
    static final Path TEST_CLASSES = testClasses();

    static final String COMMON = "dev.migrate.jpa.fixtures.common";
    static final String V1 = "dev.migrate.jpa.fixtures.v1";
    static final String V2 = "dev.migrate.jpa.fixtures.v2";
    static final String FEATURES = "dev.migrate.jpa.fixtures.features";

    private JpaTesting() {
    }

    /** A migrator whose model is the entities of {@code packages}; no schema files, so auto-detection picks them. */
    static Migrator migrator(TestDatabase db, Path migrations, RecordingListener listener, String models,
                             String... packages) {
        return Migrator.configure().url(db.url()).user(db.user()).password(db.password())
                .locations(List.of(Location.directory(migrations, "migrations"),
                        Location.compiledClasses(TEST_CLASSES, "target/test-classes")))
                .classLoader(JpaTesting.class.getClassLoader())
                .schemaFiles(List.of())
                .models(models, List.of(packages))
                .listener(listener)
                .build();
    }

    static CheckRequest modelCheck() {
        return new CheckRequest(Set.of("model"), false, false, null, CheckRequest.LintLevel.NONE);
    }

    /**
     * Hibernate's own {@code hbm2ddl.auto=validate} of the database against the entities of {@code packages}:
     * throws when a table, column or type the entities need is missing or wrong.
     */
    static void hibernateValidates(TestDatabase db, String... entityClasses) throws ClassNotFoundException {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", db.url())
                .applySetting("hibernate.connection.username", db.user())
                .applySetting("hibernate.connection.password", db.password() == null ? "" : db.password())
                .applySetting("hibernate.hbm2ddl.auto", "validate")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (String entity : entityClasses) {
                sources.addAnnotatedClass(Class.forName(entity));
            }
            sources.buildMetadata().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    static String[] entities(String version) {
        return new String[] {COMMON + ".Pet", COMMON + ".Dog", COMMON + ".Cat", COMMON + ".Tag", COMMON + ".Payment",
                COMMON + ".CardPayment", version + ".Owner"};
    }

    private static Path testClasses() {
        try {
            return Path.of(Address.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
