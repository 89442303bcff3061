package dev.migrate.spring.boot.autoconfigure;

/**
 * Replaces what happens at start, for every runner, like Flyway's {@code FlywayMigrationStrategy}: by default each
 * runner upgrades its database to {@code migrate.target} ({@link MigrateRunner#upgrade()}), or with
 * {@code migrate.fail-on-pending=true} only checks it ({@link MigrateRunner#requireUpToDate()}). Declare a bean to
 * do something else:
 *
 * <pre>{@code
 * @Bean
 * MigrateMigrationStrategy checkOnly() {
 *     return runner -> runner.requireUpToDate();        // a separate job migrates
 * }
 * }</pre>
 *
 * It runs while the context starts, before the JPA {@code EntityManagerFactory} and JDBC users; an exception stops
 * the start. {@link MigrateRunner#migrator()} gives the whole Java API (status, downgrade, repair, ...).
 */
@FunctionalInterface
public interface MigrateMigrationStrategy {

    void migrate(MigrateRunner runner);
}
