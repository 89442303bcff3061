package dev.migrate.spring.boot.autoconfigure.actuate;

import dev.migrate.spring.boot.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.boot.autoconfigure.MigrateRunner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code migrate} endpoint, when Actuator is present and the endpoint is available (exposed, e.g.
 * {@code management.endpoints.web.exposure.include=health,migrate}). Its API is the same on Spring Boot 3.5 and 4.0.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(MigrateRunner.class)
@ConditionalOnAvailableEndpoint(MigrateEndpoint.class)
public class MigrateEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MigrateEndpoint migrateEndpoint(ObjectProvider<MigrateRunner> runners) {
        return new MigrateEndpoint(runners.orderedStream().toList());
    }
}
