package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.api.Migrator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Migrates the application's databases at start: one {@link MigrateRunner} per database (see {@link RunnerPlan}),
 * created before the beans that use the database. Ordered after the DataSource, JdbcTemplate and Hibernate
 * auto-configurations (named both as Spring Boot 3.5 and 4.0 call them) so that their DataSources are known.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
@ConditionalOnClass(Migrator.class)
@ConditionalOnProperty(prefix = MigrateProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrateProperties.class)
@Import({DatabaseInitializationDependencyConfigurer.class, MigrateRunnerRegistrar.class})
public class MigrateAutoConfiguration {

    /** In Spring Boot 4 the interface moved to spring-boot-jdbc (same package), which the starter brings. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.jdbc.SchemaManagementProvider")
    static class SchemaManagementConfiguration {

        @Bean
        MigrateSchemaManagementProvider migrateSchemaManagementProvider(ObjectProvider<MigrateRunner> runners) {
            return new MigrateSchemaManagementProvider(runners);
        }
    }
}
