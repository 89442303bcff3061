package dev.migrate.api;

import dev.migrate.apply.JournalEntry;
import dev.migrate.apply.Stamper;
import dev.migrate.apply.VersionStore;
import dev.migrate.connect.Connections;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.guard.DatabaseSession;
import dev.migrate.report.Durations;
import dev.migrate.report.StampResult;
import dev.migrate.script.ScriptDirectory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records the database as being at a target without running any SQL: for adopting a database whose schema already
 * exists, or after a manual repair. The target is checked against the files before the database is touched.
 */
final class StampCommand {

    private final MigrateConfig config;
    private final Connections connections;

    StampCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    StampResult run(String target, boolean purge) throws SQLException {
        long start = System.nanoTime();
        if (target == null || target.isBlank()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.target is required for stamp: the revision "
                    + "the database is at (an id or prefix, head, heads, a label, <label>@head), or base");
        }
        Dialect dialect = connections.dialect();
        ScriptDirectory scripts = RevisionFiles.load(config, connections, dialect.splitOptions());
        Targets.check(scripts, target);
        try (DatabaseSession session = Guards.session(config, connections, dialect, scripts)) {
            session.acquireLock();
            Connection connection = session.connection;
            VersionStore store = session.store;
            Optional<List<String>> found = store.readHeads(connection);
            List<String> rows = scripts.graph().inInputOrder(known(found.orElse(List.of()), scripts));
            List<String> unknown = new ArrayList<>(found.orElse(List.of()));
            unknown.removeAll(rows);
            if (!unknown.isEmpty() && !purge) {
                throw new MigrateException(ErrorKind.DATABASE_STATE, store.versionTable() + " lists "
                        + String.join(", ", unknown) + ", which " + (unknown.size() == 1 ? "is" : "are")
                        + " not in " + scripts.description() + "; nothing was changed. Stamp with "
                        + "-Dmigrate.purge=true to replace every version row, or check that you are on the right branch");
            }
            List<String> before = purge ? List.of() : rows;
            MigrationPlan plan = Targets.plan(scripts, planner -> planner.planStamp(before, target));
            List<String> purged = purge ? found.orElse(List.of()) : List.of();
            StampResult result = new StampResult(target.strip(), purge ? found.orElse(List.of()) : rows, purged,
                    plan.headsAfter(), 0);
            if (result.nothingToDo()) {
                config.listener().info("Nothing to stamp: " + store.versionTable() + " already records "
                        + Descriptions.heads(rows) + " (target " + target.strip() + ").");
                return withDuration(result, start);
            }
            if (found.isEmpty()) {
                session.createTables();
                config.listener().info("Created " + store.versionTable() + " and " + store.historyTable() + ".");
            }
            new Stamper(store, config.clock(), JournalEntry.currentUser())
                    .stamp(connection, purged, plan, scripts);
            if (!purged.isEmpty()) {
                config.listener().info("Purged " + store.versionTable() + ": removed " + String.join(", ", purged)
                        + ".");
            }
            config.listener().info("Stamped " + connections.shownAs() + " at " + Descriptions.heads(plan.headsAfter())
                    + " (target " + target.strip() + ") without running any migration; it was at "
                    + Descriptions.heads(result.headsBefore()) + ".");
            return withDuration(result, start);
        }
    }

    private static List<String> known(List<String> rows, ScriptDirectory scripts) {
        return rows.stream().filter(scripts::contains).toList();
    }

    private static StampResult withDuration(StampResult result, long start) {
        return new StampResult(result.target(), result.headsBefore(), result.purged(), result.headsAfter(),
                Durations.millisSince(start));
    }
}
