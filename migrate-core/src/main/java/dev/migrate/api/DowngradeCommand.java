package dev.migrate.api;

import dev.migrate.apply.MigrationExecutor;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Direction;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationStep;
import dev.migrate.report.AppliedMigration;
import dev.migrate.report.DowngradeResult;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs downgrade sections down to a target; refuses before touching anything when a revision on the way cannot be
 * undone, a revision is in a failed state, an applied file changed, or (with {@code migrate.allowDestructive=false})
 * a downgrade section loses data. Checks without the lock first, then again under
 * it.
 */
final class DowngradeCommand {

    private final Workspace ws;

    DowngradeCommand(Workspace ws) {
        this.ws = ws;
    }

    DowngradeResult run(String target) throws SQLException, IOException {
        return run(target, ws.loadScripts(ws.dialect().splitOptions()));
    }

    /** With revision files already loaded (shadow replays reuse them instead of reading every file again). */
    DowngradeResult run(String target, ScriptDirectory scripts) throws SQLException, IOException {
        long start = System.nanoTime();
        Dialect dialect = ws.dialect();
        Workspace.checkTarget(scripts, target);
        ws.checkTransactionMode(dialect);
        try (DatabaseSession session = DatabaseSession.open(ws, dialect, scripts)) {
            DatabaseState state = session.read();
            List<String> before = state.heads();
            if (before.isEmpty()) {
                return nothingToDo(target, before, scripts, start);
            }
            MigrationPlan plan = planned(scripts, before, target);
            new Integrity(session, state).guard(plan, Direction.DOWNGRADE, false);
            if (plan.isEmpty()) {
                return nothingToDo(target, before, scripts, start);
            }
            ws.checkTransactionMode(plan, scripts);
            DataLossGate.check(ws, dialect, plan, scripts, session.connection);
            List<MigrationStep> checked = plan.steps();

            state = session.lock();
            List<String> heads = state.heads();
            if (heads.isEmpty()) {
                return nothingToDo(target, heads, scripts, start);
            }
            plan = planned(scripts, heads, target);
            MigrationExecutor.Resume resume = new Integrity(session, state).guard(plan, Direction.DOWNGRADE, true);
            if (plan.isEmpty()) {
                return nothingToDo(target, heads, scripts, start);
            }
            if (!checked.containsAll(plan.steps())) {
                // Someone moved the database while this process waited for the lock.
                DataLossGate.check(ws, dialect, plan, scripts, session.connection);
            }
            ws.checkTransactionMode(plan, scripts);
            ws.config.listener().info("Downgrading " + Workspace.describe(heads) + " to " + target + ": "
                    + plan.steps().size() + " revision(s) to undo.");
            if (!state.tablesExist()) {
                session.createTables();
            }
            List<AppliedMigration> undone = ws.executor(dialect, session.store)
                    .execute(session.connection, plan, scripts, ws.executorOptions(resume, scripts));
            return new DowngradeResult(target, heads, plan.headsAfter(), undone, Workspace.millisSince(start));
        }
    }

    private MigrationPlan planned(ScriptDirectory scripts, List<String> heads, String target) {
        MigrationPlan plan = Workspace.planTo(scripts, planner -> planner.planDowngrade(heads, target));
        ws.refuseIrreversible(plan, scripts);
        return plan;
    }

    private DowngradeResult nothingToDo(String target, List<String> heads, ScriptDirectory scripts, long start) {
        ws.config.listener().info(heads.isEmpty()
                ? "Nothing to downgrade: no revision is applied to " + ws.database() + "."
                : ws.nothingToDo("downgrade", target, heads, scripts));
        return new DowngradeResult(target, heads, heads, List.of(), Workspace.millisSince(start));
    }
}
