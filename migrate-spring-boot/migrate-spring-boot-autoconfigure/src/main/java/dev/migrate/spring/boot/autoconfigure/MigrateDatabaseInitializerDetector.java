package dev.migrate.spring.boot.autoconfigure;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

import java.util.Set;

/**
 * Tells Spring Boot that {@link MigrateRunner}s initialise databases, so that everything that depends on database
 * initialisation (the JPA {@code EntityManagerFactory}, {@code JdbcTemplate}s, jOOQ, Quartz, Spring Batch, beans marked
 * {@code @DependsOnDatabaseInitialization}) is created after them: the depends-on post-processing Flyway and Liquibase
 * use. Registered in {@code META-INF/spring.factories}; the same class on Spring Boot 3.5 and 4.0.
 */
public class MigrateDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MigrateRunner.class);
    }
}
