package dev.migrate.api;

import dev.migrate.apply.VersionStore;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.report.AppliedMigration;
import dev.migrate.report.DowngradeResult;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Runs downgrade sections down to a target; refuses before touching anything when a revision on the way cannot be undone. */
final class DowngradeCommand {

    private final Workspace ws;

    DowngradeCommand(Workspace ws) {
        this.ws = ws;
    }

    DowngradeResult run(String target) throws java.sql.SQLException, java.io.IOException {
        return run(target, ws.loadScripts(ws.dialect().splitOptions()));
    }

    /** With revision files already loaded (shadow replays reuse them instead of reading every file again). */
    DowngradeResult run(String target, ScriptDirectory scripts) throws java.sql.SQLException, java.io.IOException {
        long start = System.nanoTime();
        Dialect dialect = ws.dialect();
        Workspace.checkTarget(scripts, target);
        try (Connection connection = ws.connectForWriting(dialect)) {
            VersionStore store = ws.versionStore(dialect);
            List<String> heads = ws.readHeads(store, connection, scripts).orElse(List.of());
            if (heads.isEmpty()) {
                ws.config.listener().info("Nothing to downgrade: no revision is applied to " + ws.database() + ".");
                return new DowngradeResult(target, heads, heads, List.of(), Workspace.millisSince(start));
            }
            MigrationPlan plan = Workspace.plan(scripts, planner -> planner.planDowngrade(heads, target));
            ws.refuseIrreversible(plan, scripts);
            if (plan.isEmpty()) {
                ws.config.listener().info(ws.nothingToDo("downgrade", target, heads, scripts));
                return new DowngradeResult(target, heads, heads, List.of(), Workspace.millisSince(start));
            }
            ws.config.listener().info("Downgrading " + Workspace.describe(heads) + " to " + target + ": "
                    + plan.steps().size() + " revision(s) to undo.");
            List<AppliedMigration> undone = ws.executor(dialect, store).execute(connection, plan, scripts);
            return new DowngradeResult(target, heads, plan.headsAfter(), undone, Workspace.millisSince(start));
        }
    }
}
