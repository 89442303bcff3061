package dev.migrate.jpa;

import dev.migrate.autogenerate.ModelClasses;
import dev.migrate.autogenerate.ModelException;
import dev.migrate.autogenerate.ModelSource;
import dev.migrate.autogenerate.ModelSourceFactory;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JPA entities as the model ({@code migrate.models=jpa}): the {@code @Entity} classes of the compiled classes,
 * mapped by Hibernate ORM. This class needs no Hibernate: it finds the entities by reading class files, checks that
 * the project's class path has a Hibernate migrate can drive, and then loads {@link dev.migrate.jpa.hibernate} in a
 * class loader of its own whose parent is the project's class loader, so that the application's own Hibernate
 * builds the schema (the DDL then matches what runs in production) and the Maven plugin's realm never holds one.
 */
public final class JpaModels implements ModelSourceFactory {

    private static final String HIBERNATE_MODEL = "dev.migrate.jpa.hibernate.HibernateModel";

    @Override
    public String name() {
        return "jpa";
    }

    @Override
    public Optional<String> detect(ModelClasses classes) {
        EntityScan scan = EntityScan.of(classes);
        return scan.isEmpty() ? Optional.empty()
                : Optional.of(EntityScan.describe(scan.entities().size() + scan.legacy().size(), classes));
    }

    @Override
    public ModelSource open(ModelClasses classes) {
        EntityScan scan = EntityScan.of(classes);
        if (!scan.legacy().isEmpty()) {
            throw new ModelException(legacyMessage(scan.legacy()));
        }
        if (scan.entities().isEmpty()) {
            throw new ModelException("migrate.models=jpa, but there are no @Entity classes in "
                    + classes.describeDirectories() + (classes.packages().isEmpty() ? ""
                    : " (migrate.entityPackages = " + String.join(", ", classes.packages()) + ")")
                    + ": run mvn compile first (mvn compile migrate:generate ...)");
        }
        PersistenceXml unit = PersistenceXml.find(classes.directories().keySet());
        List<String> entities = unit.entities(scan.entities());
        if (entities.isEmpty()) {
            throw new ModelException(unit.file() + " lists none of the " + scan.entities().size() + " @Entity classes "
                    + "compiled, and excludes unlisted classes: list the entities there (<class>)");
        }
        ClassLoader loader = classes.loader();
        String version;
        if (hasHibernate(loader)) {
            version = hibernateVersion(loader);
        } else {
            loader = BroughtHibernate.fetch(classes);
            version = hibernateVersion(loader) + " (brought by migrate: the project has no Hibernate)";
        }
        // The application's conventions first, its persistence.xml over them, and migrate's parameters over all.
        Map<String, String> properties = new LinkedHashMap<>(SpringBootSettings.application(classes.loader()));
        properties.putAll(unit.properties());
        properties.putAll(SpringBootSettings.parameters(classes, loader));
        String naming = SpringBootSettings.describe(classes);
        ClassLoader isolated = new HibernateLoader(ownLocation(), loader);
        try {
            return (ModelSource) Class.forName(HIBERNATE_MODEL, true, isolated)
                    .getConstructor(List.class, List.class, Map.class, ClassLoader.class, String.class, String.class)
                    .newInstance(entities, scan.converters(), properties, loader,
                            EntityScan.describe(entities.size(), classes)
                                    + (unit.file() == null ? "" : ", with " + unit.file().getFileName())
                                    + (naming.isEmpty() ? "" : ", " + naming), version);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot start the JPA model: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ModelException("cannot load migrate's Hibernate bridge with Hibernate " + version + " of the "
                    + "project's class path: " + e + "; migrate-jpa supports Hibernate 6.6 and 7.x");
        }
    }

    static String legacyMessage(List<String> legacy) {
        return "the entities " + shortList(legacy) + " use javax.persistence (JPA 2, Hibernate 5 and older). migrate "
                + "builds the schema with Hibernate 6 or 7, which read jakarta.persistence only: move the entities to "
                + "jakarta.persistence (Spring Boot 3 did), or keep the desired schema in schema files "
                + "(migrate.models=schema-files, migrate.schemaFiles)";
    }

    private static String shortList(List<String> names) {
        return names.size() <= 5 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
    }

    private static boolean hasHibernate(ClassLoader loader) {
        return loader.getResource("org/hibernate/Version.class") != null;
    }

    /** Hibernate's version on the class path; fails when it is missing or older than 6. */
    private static String hibernateVersion(ClassLoader loader) {
        String version;
        try {
            version = (String) Class.forName("org.hibernate.Version", false, loader)
                    .getMethod("getVersionString").invoke(null);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new ModelException(BroughtHibernate.missing(""));
        } catch (ReflectiveOperationException e) {
            throw new ModelException("cannot read the version of Hibernate ORM on the project's class path: " + e);
        }
        int major = majorVersion(version);
        if (major < 6) {
            throw new ModelException("Hibernate ORM " + version + " is on the project's class path; migrate builds "
                    + "the schema from entities with Hibernate 6.6 or 7.x (jakarta.persistence): upgrade it, or use "
                    + "schema files (migrate.models=schema-files)");
        }
        return version;
    }

    static int majorVersion(String version) {
        try {
            return Integer.parseInt(version.substring(0, version.indexOf('.')));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The jar (or directory) this module's classes come from. */
    private static URL ownLocation() {
        return JpaModels.class.getProtectionDomain().getCodeSource().getLocation();
    }
}
