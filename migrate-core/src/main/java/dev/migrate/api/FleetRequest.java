package dev.migrate.api;

import java.nio.file.Path;

/**
 * Which targets make a fleet, and how a fleet run rolls out. Exactly one way of listing targets is set:
 *
 * @param targets        {@code migrate.targets}: comma-separated URLs (or schema names of the configured database)
 * @param targetSchemas  {@code migrate.targetSchemas}: a SQL {@code LIKE} pattern over the configured database's
 *                       schemas ({@code tenant_%}); each match is a target with its version tables and lock inside it
 * @param targetsQuery   {@code migrate.targetsQuery}: SQL run on the configured database whose first column gives
 *                       schema names or URLs
 * @param targetsFile    {@code migrate.targetsFile}: one URL or schema name per line, {@code #} comments
 * @param parallelism    {@code migrate.parallelism}: targets at once; 0 for the default (cores x 2, within
 *                       {@code maxConnections})
 * @param maxConnections {@code migrate.maxConnections}: the connection budget of the run (each running target holds
 *                       two: its work and its lock); 0 for the default, {@value #DEFAULT_MAX_CONNECTIONS}
 * @param canary         {@code migrate.canary}: this many targets first; the fleet stops if any of them fails
 * @param maxFailures    {@code migrate.maxFailures}: failures tolerated before no new target starts, a count or a
 *                       percentage ({@code 5%}); null for 0
 * @param shard          {@code migrate.shard}: {@code i/n}, this runner's slice; null for the whole fleet
 */
public record FleetRequest(String targets, String targetSchemas, String targetsQuery, Path targetsFile,
                           int parallelism, int maxConnections, int canary, String maxFailures, String shard) {

    /** The connection budget when none is given: well inside PostgreSQL's default of 100. */
    public static final int DEFAULT_MAX_CONNECTIONS = 40;

    /** Connections a running target holds: the one it works on and its lock's. */
    static final int CONNECTIONS_PER_TARGET = 2;

    public FleetRequest {
        targets = blankToNull(targets);
        targetSchemas = blankToNull(targetSchemas);
        targetsQuery = blankToNull(targetsQuery);
        int sources = (targets != null ? 1 : 0) + (targetSchemas != null ? 1 : 0) + (targetsQuery != null ? 1 : 0)
                + (targetsFile != null ? 1 : 0);
        if (sources != 1) {
            throw new MigrateException(ErrorKind.CONFIGURATION, sources == 0
                    ? "no fleet targets: set one of migrate.targets, migrate.targetSchemas, migrate.targetsQuery, "
                    + "migrate.targetsFile"
                    : "set only one of migrate.targets, migrate.targetSchemas, migrate.targetsQuery, "
                    + "migrate.targetsFile; " + sources + " are set");
        }
        if (parallelism < 0) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.parallelism = " + parallelism
                    + ": give a positive number of targets to run at once, or leave it unset for cores x 2");
        }
        if (maxConnections < 0 || maxConnections == 1) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.maxConnections = " + maxConnections
                    + ": a running target holds " + CONNECTIONS_PER_TARGET + " connections; give at least "
                    + CONNECTIONS_PER_TARGET);
        }
        if (canary < 0) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.canary = " + canary
                    + ": give the number of targets to upgrade first, 0 for none");
        }
        if (maxConnections > 0 && parallelism * CONNECTIONS_PER_TARGET > maxConnections) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.parallelism = " + parallelism + " needs "
                    + parallelism * CONNECTIONS_PER_TARGET + " connections (" + CONNECTIONS_PER_TARGET
                    + " per running target), more than migrate.maxConnections = " + maxConnections
                    + "; lower the one or raise the other");
        }
    }

    /** A fleet given by a {@code LIKE} pattern over the configured database's schemas, with the defaults. */
    public static FleetRequest schemas(String pattern) {
        return new FleetRequest(null, pattern, null, null, 0, 0, 0, null, null);
    }

    /** Whether any of the target settings is set: the front ends run a fleet then. */
    public static boolean isFleet(String targets, String targetSchemas, String targetsQuery, Path targetsFile) {
        return blankToNull(targets) != null || blankToNull(targetSchemas) != null || blankToNull(targetsQuery) != null
                || targetsFile != null;
    }

    public FleetRequest withParallelism(int value) {
        return new FleetRequest(targets, targetSchemas, targetsQuery, targetsFile, value, maxConnections, canary,
                maxFailures, shard);
    }

    public FleetRequest withRollout(int canaryTargets, String failures) {
        return new FleetRequest(targets, targetSchemas, targetsQuery, targetsFile, parallelism, maxConnections,
                canaryTargets, failures, shard);
    }

    public FleetRequest withShard(String slice) {
        return new FleetRequest(targets, targetSchemas, targetsQuery, targetsFile, parallelism, maxConnections, canary,
                maxFailures, slice);
    }

    /** The parallelism to use: as given, else cores x 2 within the connection budget. */
    int effectiveParallelism() {
        if (parallelism > 0) {
            return parallelism;
        }
        int budget = (maxConnections > 0 ? maxConnections : DEFAULT_MAX_CONNECTIONS) / CONNECTIONS_PER_TARGET;
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors() * 2, budget));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
