package dev.migrate.jpa.hibernate;

import dev.migrate.autogenerate.ModelException;
import dev.migrate.autogenerate.ModelSource;
import dev.migrate.dialect.Dialect;
import dev.migrate.schema.diff.RenameHints;
import dev.migrate.script.SqlFragment;
import dev.migrate.script.SqlSplitter;
import dev.migrate.script.SqlStatement;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * JPA entities as a model: Hibernate ORM maps them (its metadata API, with the application's naming strategies) and
 * writes the DDL it would create for the target database (its schema-generation "create" script, the JPA standard
 * settings); that DDL then runs on the shadow database, whose schema autogenerate reads like any other. migrate never
 * interprets mapping annotations itself: Hibernate is the reference for what the application expects at run time.
 *
 * <p>Loaded by {@code JpaModels} in a class loader whose parent is the project's, so Hibernate is the project's.
 */
public final class HibernateModel implements ModelSource {

    private final List<String> entities;
    private final List<String> converters;
    private final Map<String, String> properties;
    private final ClassLoader loader;
    private final String found;
    private final String version;

    /**
     * @param entities   the {@code @Entity} classes, by name
     * @param converters the {@code @Converter} classes, by name
     * @param properties mapping settings of the application (Spring Boot conventions and configuration,
     *                   {@code persistence.xml}) and of migrate's parameters, applied after migrate's own
     * @param loader     the project's class loader, which loads them and Hibernate
     * @param found      what was found where, for messages
     * @param version    Hibernate's version
     */
    public HibernateModel(List<String> entities, List<String> converters, Map<String, String> properties,
                          ClassLoader loader, String found, String version) {
        this.entities = List.copyOf(entities);
        this.converters = List.copyOf(converters);
        this.properties = Map.copyOf(properties);
        this.loader = loader;
        this.found = found;
        this.version = version;
    }

    @Override
    public String describe() {
        return "JPA entities (" + found + ", mapped by Hibernate " + version + ")";
    }

    @Override
    public String kind() {
        return "the JPA entities";
    }

    @Override
    public boolean declaresViews() {
        return false;
    }

    @Override
    public RenameHints renameHints(Dialect dialect, String defaultSchema) {
        return RenameHints.NONE;
    }

    /** Runs Hibernate's DDL for the entities; a statement the database refuses is named with the error. */
    @Override
    public void build(Connection connection, Dialect dialect) throws SQLException {
        List<String> statements = ddl(dialect, connection.getMetaData());
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new ModelException("the DDL Hibernate " + version + " writes for the JPA entities does not "
                            + "run on " + dialect.displayName() + ": " + e.getMessage().strip() + "\n  statement: "
                            + sql + "\n  check the entity mapping this table (a columnDefinition, say)");
                }
            }
        }
    }

    /** The statements Hibernate would run to create the entities' schema on {@code dialect}, in its order. */
    List<String> ddl(Dialect dialect, DatabaseMetaData database) throws SQLException {
        StringWriter script = new StringWriter();
        Map<String, Object> settings = settings(dialect, database, script);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try (QuietLogging quiet = new QuietLogging();
             BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader)
                     .build()) {
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings)
                    .build();
            try {
                Metadata metadata = metadata(registry);
                checkTablesHaveOneOwner(metadata);
                SchemaManagementToolCoordinator.process(metadata, registry, settings, null);
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        } catch (ModelException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new ModelException(HibernateErrors.describe(e, entities, version));
        } finally {
            thread.setContextClassLoader(previous);
        }
        List<String> statements = new ArrayList<>();
        for (SqlFragment fragment : new SqlSplitter(dialect.splitOptions()).split(script.toString())) {
            if (fragment instanceof SqlStatement sql) {
                statements.add(sql.sql());
            }
        }
        return statements;
    }

    private Map<String, Object> settings(Dialect dialect, DatabaseMetaData database, StringWriter script)
            throws SQLException {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.dialect", HibernateDialects.of(dialect));
        // The dialect's version from the shadow database itself, without letting Hibernate connect anywhere.
        settings.put("jakarta.persistence.database-product-name", database.getDatabaseProductName());
        settings.put("jakarta.persistence.database-major-version", String.valueOf(database.getDatabaseMajorVersion()));
        settings.put("jakarta.persistence.database-minor-version", String.valueOf(database.getDatabaseMinorVersion()));
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("hibernate.temp.use_jdbc_metadata_defaults", "false");
        settings.put("jakarta.persistence.schema-generation.database.action", "none");
        settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
        settings.put("jakarta.persistence.schema-generation.scripts.create-target", script);
        settings.put("hibernate.hbm2ddl.delimiter", ";");
        settings.put("hibernate.format_sql", "false");
        settings.put("hibernate.show_sql", "false");
        settings.putAll(properties);
        return settings;
    }

    private Metadata metadata(StandardServiceRegistry registry) {
        MetadataSources sources = new MetadataSources(registry);
        for (String converter : converters) {
            sources.addAnnotatedClassName(converter);
        }
        for (String entity : entities) {
            sources.addAnnotatedClassName(entity);
        }
        return sources.buildMetadata();
    }

    /**
     * Two entities of different hierarchies mapped to one table would silently share it (and its columns); the
     * application would then read one entity's rows as the other's. Refused, naming both.
     */
    private static void checkTablesHaveOneOwner(Metadata metadata) {
        Map<Table, PersistentClass> owners = new IdentityHashMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            PersistentClass other = owners.putIfAbsent(entity.getTable(), entity);
            if (other != null && other.getRootClass() != entity.getRootClass()) {
                throw new ModelException("the entities " + other.getClassName() + " and " + entity.getClassName()
                        + " both map table " + entity.getTable().getName() + "; give one of them another "
                        + "@Table(name = ...), or make them one inheritance hierarchy");
            }
        }
    }
}
