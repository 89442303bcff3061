package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.api.Migrator;

/**
 * Adjusts a runner's {@link Migrator} before it is built, for what {@code migrate.*} does not cover (a listener, a
 * dialect, callbacks for one DataSource only). Every bean of this type is called for every runner, in order.
 */
@FunctionalInterface
public interface MigrateBuilderCustomizer {

    /**
     * @param runnerName the runner's name: its DataSource bean's, or {@code migrate} for {@code migrate.url}
     * @param builder    already holds the connection, locations and settings from the properties
     */
    void customize(String runnerName, Migrator.Builder builder);
}
