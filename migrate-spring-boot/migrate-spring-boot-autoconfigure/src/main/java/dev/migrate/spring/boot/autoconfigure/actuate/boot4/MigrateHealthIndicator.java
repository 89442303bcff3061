package dev.migrate.spring.boot.autoconfigure.actuate.boot4;

import dev.migrate.spring.boot.autoconfigure.MigrateRunner;
import dev.migrate.spring.boot.autoconfigure.actuate.MigrateHealth;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The {@code migrate} health of one runner, in Spring Boot 4's health API (see {@link MigrateHealth}). */
public class MigrateHealthIndicator extends AbstractHealthIndicator {

    private final MigrateRunner runner;

    public MigrateHealthIndicator(MigrateRunner runner) {
        super("migrate health check failed");
        this.runner = runner;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrateHealth health = MigrateHealth.of(runner);
        builder.status(health.up() ? Status.UP : Status.DOWN).withDetails(health.details());
    }
}
