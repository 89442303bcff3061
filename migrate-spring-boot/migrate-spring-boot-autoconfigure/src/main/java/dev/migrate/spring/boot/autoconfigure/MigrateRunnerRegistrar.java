package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.MigrationCallback;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers one {@link MigrateRunner} bean per database to migrate (see {@link RunnerPlan}). It runs while
 * {@link MigrateAutoConfiguration} is loaded, after the DataSource auto-configuration and the application's own
 * configuration, so every DataSource bean is known; like Spring Boot's {@code @ConditionalOnBean}, it reads bean
 * definitions and creates nothing.
 */
class MigrateRunnerRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanClassLoaderAware {

    private static final Log LOG = LogFactory.getLog(MigrateRunnerRegistrar.class);

    private Environment environment;
    private ClassLoader classLoader;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        MigrateProperties properties = Binder.get(environment).bind(MigrateProperties.PREFIX, MigrateProperties.class)
                .orElseGet(MigrateProperties::new);
        List<String> dataSources = registry instanceof ListableBeanFactory beans
                ? List.of(beans.getBeanNamesForType(DataSource.class, true, false)) : List.of();
        List<RunnerSettings> runners = RunnerPlan.plan(properties, dataSources, primary(registry, dataSources));
        for (RunnerSettings settings : runners) {
            registry.registerBeanDefinition(settings.beanName(), definition(settings, (BeanFactory) registry,
                    runners.size() > 1));
        }
        for (String dataSource : RunnerPlan.unmigrated(runners, dataSources)) {
            LOG.info("DataSource '" + dataSource + "' is not migrated: configure migrate.datasources." + dataSource
                    + ".locations to migrate it");
        }
        if (runners.isEmpty()) {
            LOG.info("migrate has no database to migrate: no DataSource bean, and migrate.url is not set");
        }
    }

    private RootBeanDefinition definition(RunnerSettings settings, BeanFactory beans, boolean oneOfSeveral) {
        RootBeanDefinition definition = new RootBeanDefinition(MigrateRunner.class, () -> new MigrateRunner(settings,
                settings.dataSourceBean() == null ? null : beans.getBean(settings.dataSourceBean(), DataSource.class),
                beans.getBeanProvider(MigrateMigrationStrategy.class).getIfUnique(),
                beans.getBeanProvider(MigrateBuilderCustomizer.class).orderedStream().toList(),
                beans.getBeanProvider(MigrationCallback.class).orderedStream().toList(), classLoader, oneOfSeveral));
        if (settings.dataSourceBean() != null) {
            definition.setDependsOn(settings.dataSourceBean());
        }
        return definition;
    }

    /** The only DataSource, or the single one marked primary; null otherwise. */
    private static String primary(BeanDefinitionRegistry registry, List<String> dataSources) {
        if (dataSources.size() == 1) {
            return dataSources.get(0);
        }
        List<String> primaries = new ArrayList<>();
        for (String name : dataSources) {
            try {
                if (registry.getBeanDefinition(name).isPrimary()) {
                    primaries.add(name);
                }
            } catch (NoSuchBeanDefinitionException e) {
                // A singleton registered without a definition cannot be marked primary.
            }
        }
        return primaries.size() == 1 ? primaries.get(0) : null;
    }
}
