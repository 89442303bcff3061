package dev.migrate.api;

import dev.migrate.apply.MigrationFailedException;
import dev.migrate.connect.ConnectionLayer;
import dev.migrate.connect.ConnectionSettings;
import dev.migrate.connect.Connections;
import dev.migrate.dialect.Dialect;
import dev.migrate.fleet.FailureLimit;
import dev.migrate.fleet.FleetException;
import dev.migrate.fleet.FleetRunner;
import dev.migrate.fleet.FleetTarget;
import dev.migrate.fleet.Shard;
import dev.migrate.fleet.TargetList;
import dev.migrate.placeholder.Placeholders;
import dev.migrate.report.Durations;
import dev.migrate.report.FleetReport;
import dev.migrate.report.FleetStatusReport;
import dev.migrate.report.FleetTargetResult;
import dev.migrate.report.IntegrityProblem;
import dev.migrate.report.MigrationEvent;
import dev.migrate.report.MigrationListener;
import dev.migrate.report.RevisionSummary;
import dev.migrate.report.StatusReport;
import dev.migrate.report.UpgradeResult;
import dev.migrate.script.ScriptDirectory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a goal over a fleet: lists the targets (from the settings, a file, or the configured database), takes this
 * runner's shard, reads the revision files once, and runs each target as a single database with its own config
 * (schema or URL), its own version tables and its own lock, on {@link FleetRunner}'s threads.
 *
 * <p>Files that use {@code ${migrate:schema}} or {@code ${migrate:user}} differ per target: they are read once per
 * target instead.
 */
final class FleetCommand {

    private final MigrateConfig config;
    private final Connections connections;

    FleetCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    FleetReport upgrade(FleetRequest request, String target) throws SQLException {
        long start = System.nanoTime();
        List<FleetTarget> targets = targets(request);
        Dialect dialect = fleetDialect(targets);
        Set<String> builtInsUsed = ConcurrentHashMap.newKeySet();
        ScriptDirectory scripts = RevisionFiles.load(config, connections, dialect.splitOptions(),
                recording(builtInsUsed));
        Targets.check(scripts, target);
        boolean perTarget = !builtInsUsed.isEmpty();
        int parallelism = request.effectiveParallelism();
        config.listener().info("Fleet upgrade to " + target + ": " + targets.size() + " target(s)"
                + shardNote(request) + ", parallelism " + parallelism
                + (request.canary() > 0 ? ", canary " + request.canary() : "") + ", maxFailures "
                + FailureLimit.parse(request.maxFailures()) + (perTarget ? "; the files use ${migrate:"
                + String.join("}, ${migrate:", builtInsUsed) + "}: read per target" : "") + ".");
        AtomicInteger done = new AtomicInteger();
        FleetRunner<FleetTargetResult> runner = new FleetRunner<>(parallelism, request.canary(),
                FailureLimit.parse(request.maxFailures()), r -> r.outcome() == FleetTargetResult.Outcome.FAILED);
        List<FleetTargetResult> results = runner.run(targets, t -> {
            FleetTargetResult result = upgradeOne(t, target, dialect, perTarget ? null : scripts);
            progress(done.incrementAndGet(), targets.size(), result);
            return result;
        }, (t, reason) -> FleetTargetResult.notStarted(t.name(), reason));
        String stopped = results.stream().filter(r -> r.outcome() == FleetTargetResult.Outcome.NOT_STARTED)
                .map(FleetTargetResult::failure).findFirst().map(r -> r.replaceFirst("^not started: ", ""))
                .orElse(null);
        return new FleetReport("upgrade", target, results, parallelism, shard(request).toString(),
                Durations.millisSince(start), stopped);
    }

    FleetStatusReport status(FleetRequest request) throws SQLException {
        List<FleetTarget> targets = targets(request);
        Dialect dialect = fleetDialect(targets);
        Set<String> builtInsUsed = ConcurrentHashMap.newKeySet();
        ScriptDirectory scripts = RevisionFiles.load(config, connections, dialect.splitOptions(),
                ScriptDirectory.Detail.HEADERS, recording(builtInsUsed));
        int parallelism = request.effectiveParallelism();
        FleetRunner<FleetStatusReport.TargetStatus> runner = new FleetRunner<>(parallelism, 0,
                new FailureLimit(Integer.MAX_VALUE, -1), s -> false);
        List<FleetStatusReport.TargetStatus> statuses = runner.run(targets, t -> statusOne(t, scripts),
                (t, reason) -> new FleetStatusReport.TargetStatus(t.name(), List.of(), 0, List.of(), reason));
        return new FleetStatusReport(scripts.graph().heads(), statuses);
    }

    // ------------------------------------------------------------------------------------------- one target

    private FleetTargetResult upgradeOne(FleetTarget target, String revision, Dialect dialect,
                                         ScriptDirectory shared) {
        long start = System.nanoTime();
        TargetListener listener = new TargetListener(config.listener(), target.name());
        MigrateConfig targetConfig = null;
        Connections targetConnections = null;
        try {
            MigrateConfig c = configFor(target, listener);
            Connections cs = c.newConnections();
            targetConfig = c;
            targetConnections = cs;
            UpgradeResult result = Failures.translate(c, cs, () -> {
                sameDialect(cs, dialect, target);
                ScriptDirectory scripts = shared != null ? shared
                        : RevisionFiles.load(c, cs, dialect.splitOptions());
                return new UpgradeCommand(c, cs).run(revision, scripts);
            });
            return new FleetTargetResult(target.name(), result.migrations().isEmpty()
                    ? FleetTargetResult.Outcome.UP_TO_DATE : FleetTargetResult.Outcome.MIGRATED,
                    result.headsBefore(), result.headsAfter(), result.migrations().size(),
                    Durations.millisSince(start), null, null, null, 0);
        } catch (MigrateException e) {
            String location = listener.location;
            int line = listener.line;
            if (e.getCause() instanceof MigrationFailedException failed) {
                location = failed.location();
                line = failed.line();
            }
            return new FleetTargetResult(target.name(), FleetTargetResult.Outcome.FAILED, List.of(),
                    headsAfterFailure(targetConfig, targetConnections, shared), 0, Durations.millisSince(start),
                    e.getMessage(), e.kind().name(), location, line);
        } catch (RuntimeException e) {
            String message = targetConfig == null ? String.valueOf(e.getMessage())
                    : Failures.scrub(targetConfig, String.valueOf(e.getMessage()));
            return new FleetTargetResult(target.name(), FleetTargetResult.Outcome.FAILED, List.of(), List.of(), 0,
                    Durations.millisSince(start), e.getClass().getSimpleName() + ": " + message, "UNEXPECTED",
                    null, 0);
        }
    }

    /** Where a failed target stands now, for its report line; empty when it cannot be read. */
    private static List<String> headsAfterFailure(MigrateConfig c, Connections cs, ScriptDirectory shared) {
        if (c == null || shared == null) {
            return List.of();
        }
        try {
            return new StatusCommand(c, cs).run(shared).current().stream().map(RevisionSummary::revision).toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    private FleetStatusReport.TargetStatus statusOne(FleetTarget target, ScriptDirectory scripts) {
        TargetListener listener = new TargetListener(config.listener(), target.name());
        try {
            MigrateConfig c = configFor(target, listener);
            Connections cs = c.newConnections();
            StatusReport report = Failures.translate(c, cs, () -> new StatusCommand(c, cs).run(scripts));
            return new FleetStatusReport.TargetStatus(target.name(),
                    report.current().stream().map(RevisionSummary::revision).toList(), report.pending().size(),
                    report.problems().stream().map(IntegrityProblem::message).toList(), null);
        } catch (MigrateException e) {
            return new FleetStatusReport.TargetStatus(target.name(), List.of(), 0, List.of(), e.getMessage());
        } catch (RuntimeException e) {
            return new FleetStatusReport.TargetStatus(target.name(), List.of(), 0, List.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void progress(int done, int total, FleetTargetResult r) {
        String line = "[" + done + "/" + total + "] " + r.target() + ": " + r.outcome().word() + ", "
                + r.fromTo() + (r.applied() > 0 ? " (" + r.applied() + " revision(s))" : "") + " in "
                + r.durationMillis() + " ms";
        if (r.outcome() == FleetTargetResult.Outcome.FAILED) {
            config.listener().warn(line + r.whereNote() + ": " + r.failure());
        } else {
            config.listener().info(line);
        }
    }

    // ---------------------------------------------------------------------------------------------- targets

    /** The fleet as configured, this runner's shard of it. */
    List<FleetTarget> targets(FleetRequest request) throws SQLException {
        List<FleetTarget> all;
        try {
            if (request.targets() != null) {
                all = TargetList.fromList(request.targets(), "migrate.targets");
            } else if (request.targetsFile() != null) {
                all = TargetList.fromFile(request.targetsFile(), shown(request.targetsFile()));
            } else if (request.targetSchemas() != null) {
                all = TargetList.fromValues(schemasLike(request.targetSchemas()),
                        "migrate.targetSchemas = " + request.targetSchemas());
            } else {
                all = TargetList.fromValues(query(request.targetsQuery()), "migrate.targetsQuery");
            }
            Shard shard = shard(request);
            List<FleetTarget> mine = shard.select(all);
            if (mine.isEmpty()) {
                // Legitimate with more runners than a small fleet spreads over: this runner has nothing to do.
                config.listener().info("migrate.shard = " + shard + " takes none of the " + all.size()
                        + " target(s); nothing to do here.");
            }
            return mine;
        } catch (FleetException e) {
            throw new MigrateException(ErrorKind.CONFIGURATION, e.getMessage());
        }
    }

    private static Shard shard(FleetRequest request) {
        try {
            return Shard.parse(request.shard());
        } catch (FleetException e) {
            throw new MigrateException(ErrorKind.CONFIGURATION, e.getMessage());
        }
    }

    private static String shardNote(FleetRequest request) {
        Shard shard = shard(request);
        return shard.isAll() ? "" : " (shard " + shard + ")";
    }

    private String shown(java.nio.file.Path file) {
        if (config.baseDirectory() != null && file.toAbsolutePath().startsWith(config.baseDirectory().toAbsolutePath())) {
            return config.baseDirectory().toAbsolutePath().relativize(file.toAbsolutePath()).toString();
        }
        return file.toString();
    }

    private List<String> schemasLike(String pattern) throws SQLException {
        Dialect dialect = connections.dialect();
        try (Connection connection = connections.open(dialect)) {
            List<String> names = dialect.schemasLike(connection, pattern);
            String folded = dialect.foldIdentifier(pattern);
            if (names.isEmpty() && !folded.equals(pattern)) {
                names = dialect.schemasLike(connection, folded);
            }
            if (names.isEmpty()) {
                List<String> some = dialect.schemasLike(connection, "%");
                throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.targetSchemas = '" + pattern
                        + "' matches no schema of " + connections.shownAs() + " (a SQL LIKE pattern: % for any text, "
                        + "_ for one character); its schemas are: " + (some.isEmpty() ? "none"
                        : String.join(", ", some.stream().limit(10).toList()) + (some.size() > 10 ? ", ..." : "")));
            }
            return names;
        }
    }

    private List<String> query(String sql) throws SQLException {
        Dialect dialect = connections.dialect();
        List<String> values = new ArrayList<>();
        try (Connection connection = connections.open(dialect); Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            } catch (SQLException e) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.targetsQuery failed on "
                        + connections.shownAs() + ": " + Failures.scrub(config, e.getMessage())
                        + "; give a SELECT whose first column is a schema name or URL");
            }
        }
        if (values.isEmpty()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.targetsQuery returned no rows on "
                    + connections.shownAs() + "; the fleet is empty. Check the query: its first column gives one "
                    + "schema name or URL per row");
        }
        return values;
    }

    /**
     * The dialect of the fleet: the configured database's, or with URL targets only, the first target's. One
     * prepared revision set serves every target, so every target must speak it (checked per target).
     */
    private Dialect fleetDialect(List<FleetTarget> targets) {
        if (targets.isEmpty() || targets.stream().anyMatch(FleetTarget::isSchema) || config.dialect() != null) {
            return connections.dialect();
        }
        MigrateConfig first = configFor(targets.get(0), MigrationListener.NONE);
        return first.newConnections().dialect();
    }

    private static void sameDialect(Connections cs, Dialect fleet, FleetTarget target) {
        Dialect own = cs.dialect();
        if (!own.name().equals(fleet.name())) {
            throw new MigrateException(ErrorKind.CONFIGURATION, target.name() + " is a " + own.displayName()
                    + " database, and the fleet is " + fleet.displayName() + " (its first target's or the configured "
                    + "database's); run a fleet per kind of database");
        }
    }

    /** The target's own config: the configured one in the target's schema, or at the target's URL. */
    private MigrateConfig configFor(FleetTarget target, MigrationListener listener) {
        ConnectionSettings connection = config.connection();
        javax.sql.DataSource dataSource = config.dataSource();
        String schema = config.schema();
        if (target.isSchema()) {
            schema = target.value();
        } else {
            ConnectionSettings base = config.connection();
            connection = ConnectionSettings.resolve(List.of(
                    new ConnectionLayer(target.source(), target.value(), null, null),
                    new ConnectionLayer("the configured credentials", null, base == null ? null : base.user(),
                            base == null ? null : base.password())), null);
            dataSource = null;
        }
        return new MigrateConfig(connection, dataSource, config.locations(), schema, config.dialect(), listener,
                config.clock(), config.classLoader(), config.schemaFiles(), config.shadowUrl(), config.options(),
                config.callbacks(), config.models(), config.placeholders(), config.tables(), config.baseDirectory());
    }

    /** Built-ins that only note which of them the files use; their values are read per target then. */
    private static Placeholders.BuiltIns recording(Set<String> used) {
        return new Placeholders.BuiltIns() {
            @Override
            public Optional<String> value(String name) {
                if (name.equals("schema") || name.equals("user")) {
                    used.add(name);
                    return Optional.of("");
                }
                return Optional.empty();
            }

            @Override
            public String whyMissing(String name) {
                return "not known for a fleet";
            }
        };
    }

    /**
     * A target's messages in the fleet's log: warnings with the target's name; the per-revision progress and
     * notes are left out (the fleet prints one line per target), but where a statement failed is kept.
     */
    private static final class TargetListener implements MigrationListener {
        private final MigrationListener fleet;
        private final String name;
        volatile String location;
        volatile int line;

        TargetListener(MigrationListener fleet, String name) {
            this.fleet = fleet;
            this.name = name;
        }

        @Override
        public void event(MigrationEvent event) {
            if (event instanceof MigrationEvent.Failed failed) {
                location = failed.revision().location();
                line = failed.line();
            }
        }

        @Override
        public void warn(String message) {
            fleet.warn("[" + name + "] " + message);
        }
    }
}
