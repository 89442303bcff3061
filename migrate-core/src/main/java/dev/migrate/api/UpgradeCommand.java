package dev.migrate.api;

import dev.migrate.apply.VersionStore;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.report.AppliedMigration;
import dev.migrate.report.UpgradeResult;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Applies pending revisions up to a target. */
final class UpgradeCommand {

    private final Workspace ws;

    UpgradeCommand(Workspace ws) {
        this.ws = ws;
    }

    UpgradeResult run(String target) throws java.sql.SQLException, java.io.IOException {
        return run(target, ws.loadScripts(ws.dialect().splitOptions()));
    }

    /** With revision files already loaded (shadow replays reuse them instead of reading every file again). */
    UpgradeResult run(String target, ScriptDirectory scripts) throws java.sql.SQLException, java.io.IOException {
        long start = System.nanoTime();
        Dialect dialect = ws.dialect();
        Workspace.checkTarget(scripts, target);
        try (Connection connection = ws.connectForWriting(dialect)) {
            VersionStore store = ws.versionStore(dialect);
            Optional<List<String>> rows = ws.readHeads(store, connection, scripts);
            List<String> heads = rows.orElse(List.of());
            MigrationPlan plan = Workspace.plan(scripts, planner -> planner.planUpgrade(heads, target));
            if (plan.isEmpty()) {
                ws.config.listener().info(ws.nothingToDo("upgrade", target, heads, scripts));
                return new UpgradeResult(target, heads, heads, List.of(), Workspace.millisSince(start));
            }
            ws.config.listener().info("Upgrading " + Workspace.describe(heads) + " to " + target + ": " + plan.steps().size()
                    + " revision(s) to apply.");
            if (rows.isEmpty()) {
                store.createTables(connection);
                ws.config.listener().info("Created " + store.versionTable() + " and " + store.historyTable() + ".");
            }
            List<AppliedMigration> applied = ws.executor(dialect, store).execute(connection, plan, scripts);
            return new UpgradeResult(target, heads, plan.headsAfter(), applied, Workspace.millisSince(start));
        }
    }
}
