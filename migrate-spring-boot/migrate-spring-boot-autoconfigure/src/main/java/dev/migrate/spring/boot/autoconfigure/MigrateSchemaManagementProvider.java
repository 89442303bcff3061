package dev.migrate.spring.boot.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

import javax.sql.DataSource;

/**
 * Tells Spring Boot which DataSources migrate manages, as Flyway's and Liquibase's providers do, so that JPA does not
 * also manage their schema: without it, Hibernate's default {@code ddl-auto} on an embedded database (H2) is
 * {@code create-drop}, which would drop and recreate the tables migrate just built.
 */
class MigrateSchemaManagementProvider implements SchemaManagementProvider {

    private final ObjectProvider<MigrateRunner> runners;

    MigrateSchemaManagementProvider(ObjectProvider<MigrateRunner> runners) {
        this.runners = runners;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return runners.orderedStream().anyMatch(runner -> runner.dataSource() == dataSource)
                ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
