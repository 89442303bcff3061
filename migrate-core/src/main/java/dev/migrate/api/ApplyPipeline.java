package dev.migrate.api;

import dev.migrate.apply.Callbacks;
import dev.migrate.apply.JournalEntry;
import dev.migrate.apply.MigrationExecutor;
import dev.migrate.apply.VersionStore;
import dev.migrate.connect.Connections;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Direction;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationStep;
import dev.migrate.guard.DataLossGate;
import dev.migrate.guard.DatabaseSession;
import dev.migrate.guard.DatabaseState;
import dev.migrate.guard.GuardSettings;
import dev.migrate.guard.Integrity;
import dev.migrate.guard.PlanChecks;
import dev.migrate.report.AppliedMigration;
import dev.migrate.report.Durations;
import dev.migrate.script.ScriptDirectory;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What upgrade and downgrade share: check the target and the transaction mode, read the database and plan without
 * the lock (so a bad target, an up-to-date database or a known problem costs no lock and changes nothing), guard the
 * plan (failed revisions, changed files, data loss), then take the lock, read and plan again, guard again, and run
 * the plan.
 */
final class ApplyPipeline {

    /**
     * @param before  the heads the run started from (read under the lock when it ran)
     * @param after   the heads it left
     * @param applied the revisions it ran
     * @param millis  how long it took
     */
    record Outcome(List<String> before, List<String> after, List<AppliedMigration> applied, long millis) {
    }

    private final MigrateConfig config;
    private final Connections connections;
    private final Direction direction;
    private final GuardSettings guards;

    ApplyPipeline(MigrateConfig config, Connections connections, Direction direction) {
        this.config = config;
        this.connections = connections;
        this.direction = direction;
        this.guards = Guards.settings(config, connections);
    }

    Outcome run(String target, ScriptDirectory scripts) throws SQLException {
        long start = System.nanoTime();
        Dialect dialect = connections.dialect();
        Targets.check(scripts, target);
        PlanChecks.transactionMode(guards, dialect);
        try (DatabaseSession session = Guards.session(config, connections, dialect, scripts)) {
            DatabaseState state = session.read();
            List<String> before = state.heads();
            if (belowBase(before)) {
                return nothingToDo(target, before, scripts, start);
            }
            MigrationPlan plan = plan(scripts, before, target);
            new Integrity(session, state).guard(plan, direction, false);
            if (plan.isEmpty()) {
                return nothingToDo(target, before, scripts, start);
            }
            PlanChecks.transactionMode(guards, plan, scripts);
            DataLossGate.check(guards, config.listener(), dialect, plan, scripts, session.connection);
            Set<String> checked = ids(plan);

            state = session.lock();
            List<String> heads = state.heads();
            if (belowBase(heads)) {
                return nothingToDo(target, heads, scripts, start);
            }
            plan = plan(scripts, heads, target);
            MigrationExecutor.Resume resume = new Integrity(session, state).guard(plan, direction, true);
            if (plan.isEmpty()) {
                return nothingToDo(target, heads, scripts, start);
            }
            if (!checked.containsAll(ids(plan))) {
                // Someone moved the database while this process waited for the lock.
                DataLossGate.check(guards, config.listener(), dialect, plan, scripts, session.connection);
            }
            PlanChecks.transactionMode(guards, plan, scripts);
            config.listener().info((direction == Direction.UPGRADE ? "Upgrading " : "Downgrading ")
                    + Descriptions.heads(heads) + " to " + target + ": " + plan.steps().size() + " revision(s) to "
                    + (direction == Direction.UPGRADE ? "apply." : "undo."));
            if (!state.tablesExist()) {
                session.createTables();
                if (state.rows().isEmpty()) {
                    config.listener().info("Created " + session.store.versionTable() + " and "
                            + session.store.historyTable() + ".");
                }
            }
            List<AppliedMigration> applied = executor(config, connections, dialect, session.store)
                    .execute(session.connection, plan, scripts, options(config, resume, scripts));
            return new Outcome(heads, plan.headsAfter(), applied, Durations.millisSince(start));
        }
    }

    /** A downgrade from base has nothing to undo, whatever the target. */
    private boolean belowBase(List<String> heads) {
        return direction == Direction.DOWNGRADE && heads.isEmpty();
    }

    private MigrationPlan plan(ScriptDirectory scripts, List<String> heads, String target) {
        if (direction == Direction.UPGRADE) {
            return Targets.planTo(scripts, planner -> planner.planUpgrade(heads, target));
        }
        MigrationPlan plan = Targets.planTo(scripts, planner -> planner.planDowngrade(heads, target));
        PlanChecks.reversible(plan, scripts);
        return plan;
    }

    private static Set<String> ids(MigrationPlan plan) {
        return plan.steps().stream().map(MigrationStep::id).collect(Collectors.toSet());
    }

    private Outcome nothingToDo(String target, List<String> heads, ScriptDirectory scripts, long start) {
        config.listener().info(belowBase(heads)
                ? "Nothing to downgrade: no revision is applied to " + connections.shownAs() + "."
                : Descriptions.nothingToDo(direction.word(), target, heads, scripts));
        return new Outcome(heads, heads, List.of(), Durations.millisSince(start));
    }

    /** Runs plans on {@code store}'s database, journalled, with the password scrubbed from what it records. */
    static MigrationExecutor executor(MigrateConfig config, Connections connections, Dialect dialect,
                                      VersionStore store) {
        return new MigrationExecutor(dialect, store, config.listener(), config.clock(), JournalEntry.currentUser(),
                text -> Failures.scrub(config, text));
    }

    /** One transaction or one per revision, where to resume, and the callbacks: the files', then the Java ones. */
    static MigrationExecutor.Options options(MigrateConfig config, MigrationExecutor.Resume resume,
                                             ScriptDirectory scripts) {
        return new MigrationExecutor.Options(config.options().transactionMode() == TransactionMode.ALL, resume,
                new Callbacks(scripts.callbacks(), config.callbacks()));
    }
}
