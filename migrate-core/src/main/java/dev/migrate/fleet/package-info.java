/**
 * Fleets: many databases or schemas migrated by one run. Which targets make the fleet ({@link TargetList}), which
 * slice of it this runner takes ({@link Shard}), and how the run fans out and stops ({@link FleetRunner},
 * {@link FailureLimit}). Pure logic: the {@code api} package reads the targets from the database and runs each one.
 */
package dev.migrate.fleet;
