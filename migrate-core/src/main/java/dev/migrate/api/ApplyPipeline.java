package dev.migrate.api;

import dev.migrate.apply.Callbacks;
import dev.migrate.backup.BackupException;
import dev.migrate.backup.BackupMode;
import dev.migrate.backup.BackupSettings;
import dev.migrate.backup.Backups;
import dev.migrate.lint.Finding;
import dev.migrate.report.BackupEntry;
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
            MigrationExecutor.Options options = options(config, resume, scripts);
            options = new MigrationExecutor.Options(options.singleTransaction(), options.resume(), options.callbacks(),
                    backUp(dialect, plan, scripts, session, options.singleTransaction()));
            List<AppliedMigration> applied = executor(config, connections, dialect, session.store)
                    .execute(session.connection, plan, scripts, options);
            return new Outcome(heads, plan.headsAfter(), applied, Durations.millisSince(start));
        }
    }

    /**
     * Names, before a downgrade, the backups made when the revisions it undoes were applied (they hold what those
     * revisions dropped), and makes the backups {@code migrate.backup} asks for: a dump now, before the first
     * revision; table copies just before each revision whose sections can lose data (returned as the hook that makes
     * them), so that each copy holds the table as that revision found it. In one transaction for the whole run, the
     * copies are made now.
     */
    private MigrationExecutor.StepHook backUp(Dialect dialect, MigrationPlan plan, ScriptDirectory scripts,
                                              DatabaseSession session, boolean oneTransaction) throws SQLException {
        Backups backups = new Backups(dialect, config.listener(), config.clock(), JournalEntry.currentUser(),
                config.schema());
        if (direction == Direction.DOWNGRADE) {
            for (BackupEntry backup : backups.of(session.connection, ids(plan))) {
                config.listener().info("Backup " + backup.name() + " holds " + (backup.kind() == BackupEntry.Kind.TABLE
                        ? "the " + backup.rows() + " row(s) of " + backup.source() : "schema " + backup.source())
                        + " as they were before " + backup.revision() + " ran (" + backup.madeAt() + "); after this "
                        + "downgrade, bring them back with: " + backup.restore());
            }
        }
        BackupSettings settings = config.options().backup();
        if (!settings.enabled()) {
            return MigrationExecutor.StepHook.NONE;
        }
        List<Finding> losses = DataLossGate.losses(guards, dialect, plan, scripts, session.connection);
        Backups.DumpSource source = new Backups.DumpSource(connections.usesDataSource()
                ? session.connection.getMetaData().getURL() : connections.jdbcUrl(), connections.password());
        if (settings.mode() == BackupMode.DUMP || oneTransaction) {
            makeBackups(backups, settings, losses, session, source, null);
            return MigrationExecutor.StepHook.NONE;
        }
        List<String> steps = plan.steps().stream().map(MigrationStep::id).toList();
        return (connection, step) -> makeBackups(backups, settings, losses.stream()
                .filter(f -> f.revision().equals(step.id())).toList(), session, source, steps.indexOf(step.id()));
    }

    /** @param ran how many revisions of the run completed before these backups; null before the run starts */
    private void makeBackups(Backups backups, BackupSettings settings, List<Finding> losses, DatabaseSession session,
                             Backups.DumpSource source, Integer ran) throws SQLException {
        try {
            backups.beforeRun(session.connection, settings, losses, session.store, source);
        } catch (BackupException e) {
            throw new MigrateException(ErrorKind.REFUSED, e.getMessage() + (ran == null || ran == 0 ? ""
                    : " The " + ran + " revision(s) of this run before it stay applied."), e);
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
