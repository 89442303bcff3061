package dev.migrate.spring.boot.autoconfigure.actuate.boot4;

import dev.migrate.spring.boot.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.boot.autoconfigure.MigrateRunner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code migrate} health contributor on Spring Boot 4: one indicator for one runner, a composite named by
 * DataSource for several. Selected by the health API's class, which Spring Boot 4 alone has
 * ({@code org.springframework.boot.health.contributor.HealthIndicator}); {@code management.health.migrate.enabled=false} turns it off.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(MigrateRunner.class)
@ConditionalOnEnabledHealthIndicator("migrate")
public class MigrateHealthContributorAutoConfiguration
        extends CompositeHealthContributorConfiguration<MigrateHealthIndicator, MigrateRunner> {

    public MigrateHealthContributorAutoConfiguration() {
        super(MigrateHealthIndicator::new);
    }

    @Bean
    @ConditionalOnMissingBean(name = {"migrateHealthIndicator", "migrateHealthContributor"})
    public HealthContributor migrateHealthContributor(ObjectProvider<MigrateRunner> runners) {
        Map<String, MigrateRunner> byName = new LinkedHashMap<>();
        runners.orderedStream().forEach(runner -> byName.put(runner.name(), runner));
        return createContributor(byName);
    }
}
