package dev.migrate.api;

import dev.migrate.apply.MigrationExecutor;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Direction;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationStep;
import dev.migrate.report.AppliedMigration;
import dev.migrate.report.UpgradeResult;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies pending revisions up to a target: checks the files and the target, then the database (failed revisions,
 * changed files) without the lock, then takes the lock, checks again and applies.
 */
final class UpgradeCommand {

    private final Workspace ws;

    UpgradeCommand(Workspace ws) {
        this.ws = ws;
    }

    UpgradeResult run(String target) throws SQLException, IOException {
        return run(target, ws.loadScripts(ws.dialect().splitOptions()));
    }

    /** With revision files already loaded (shadow replays reuse them instead of reading every file again). */
    UpgradeResult run(String target, ScriptDirectory scripts) throws SQLException, IOException {
        long start = System.nanoTime();
        Dialect dialect = ws.dialect();
        Workspace.checkTarget(scripts, target);
        ws.checkTransactionMode(dialect);
        try (DatabaseSession session = DatabaseSession.open(ws, dialect, scripts)) {
            DatabaseState state = session.read();
            List<String> before = state.heads();
            MigrationPlan plan = Workspace.planTo(scripts, planner -> planner.planUpgrade(before, target));
            new Integrity(session, state).guard(plan, Direction.UPGRADE, false);
            if (plan.isEmpty()) {
                ws.config.listener().info(ws.nothingToDo("upgrade", target, before, scripts));
                return new UpgradeResult(target, before, before, List.of(), Workspace.millisSince(start));
            }
            ws.checkTransactionMode(plan, scripts);
            DataLossGate.check(ws, dialect, plan, scripts, session.connection);
            Set<String> checked = plan.steps().stream().map(MigrationStep::id).collect(Collectors.toSet());

            state = session.lock();
            List<String> heads = state.heads();
            plan = Workspace.planTo(scripts, planner -> planner.planUpgrade(heads, target));
            MigrationExecutor.Resume resume = new Integrity(session, state).guard(plan, Direction.UPGRADE, true);
            if (!plan.steps().stream().map(MigrationStep::id).allMatch(checked::contains)) {
                // Someone moved the database while this process waited for the lock.
                DataLossGate.check(ws, dialect, plan, scripts, session.connection);
            }
            if (plan.isEmpty()) {
                ws.config.listener().info(ws.nothingToDo("upgrade", target, heads, scripts));
                return new UpgradeResult(target, heads, heads, List.of(), Workspace.millisSince(start));
            }
            ws.checkTransactionMode(plan, scripts);
            ws.config.listener().info("Upgrading " + Workspace.describe(heads) + " to " + target + ": "
                    + plan.steps().size() + " revision(s) to apply.");
            if (!state.tablesExist()) {
                session.createTables();
                if (state.rows().isEmpty()) {
                    ws.config.listener().info("Created " + session.store.versionTable() + " and "
                            + session.store.historyTable() + ".");
                }
            }
            List<AppliedMigration> applied = ws.executor(dialect, session.store)
                    .execute(session.connection, plan, scripts, ws.executorOptions(resume, scripts));
            return new UpgradeResult(target, heads, plan.headsAfter(), applied, Workspace.millisSince(start));
        }
    }
}
