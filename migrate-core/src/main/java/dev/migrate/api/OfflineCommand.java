package dev.migrate.api;

import dev.migrate.apply.Callbacks;
import dev.migrate.apply.JournalEntry;
import dev.migrate.apply.OfflineScriptWriter;
import dev.migrate.apply.VersionStore;
import dev.migrate.connect.Connections;
import dev.migrate.connect.Secrets;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Direction;
import dev.migrate.graph.GraphException;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationStep;
import dev.migrate.graph.TargetResolver;
import dev.migrate.guard.DataLossGate;
import dev.migrate.guard.DatabaseSession;
import dev.migrate.guard.DatabaseState;
import dev.migrate.guard.Integrity;
import dev.migrate.guard.PlanChecks;
import dev.migrate.report.OfflineSql;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Offline SQL ({@code migrate.sql=true}): the script an upgrade or downgrade would run, for a DBA to review and run,
 * and the database left unchanged. It starts where the database is (read without the lock; the same refusals as a
 * real run apply: failed states, changed files, irreversible revisions, data loss with
 * {@code migrate.allowDestructive=false}), or, with {@code migrate.from}, where it says, without connecting at all.
 */
final class OfflineCommand {

    private final MigrateConfig config;
    private final Connections connections;

    OfflineCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    /**
     * @param from where the database is ({@code base}, revisions, labels, {@code heads}; comma-separated), or null
     *             to read it from the database
     */
    OfflineSql run(Direction direction, String target, String from) throws SQLException, IOException {
        Dialect dialect = connections.dialect();
        ScriptDirectory scripts = RevisionFiles.load(config, connections, dialect.splitOptions());
        Targets.check(scripts, target);
        PlanChecks.transactionMode(Guards.settings(config, connections), dialect);
        VersionStore store = DatabaseSession.versionStore(dialect, config.schema(), config.tables());
        if (from != null) {
            List<String> heads = parseFrom(scripts, from);
            MigrationPlan plan = plan(direction, scripts, heads, target);
            DataLossGate.check(Guards.settings(config, connections), config.listener(), dialect, plan, scripts, null);
            return written(dialect, direction, target, plan, scripts, store, heads.isEmpty(), false,
                    "from migrate.from = " + from.strip() + "; no database was read");
        }
        try (DatabaseSession session = Guards.session(config, connections, dialect, scripts)) {
            DatabaseState state = session.read();
            MigrationPlan plan = plan(direction, scripts, state.heads(), target);
            new Integrity(session, state).guard(plan, direction, false);
            DataLossGate.check(Guards.settings(config, connections), config.listener(), dialect, plan, scripts, session.connection);
            return written(dialect, direction, target, plan, scripts, store, !state.tablesExist(), true,
                    "from " + connections.shownAs() + " as it was when the script was written");
        }
    }

    private MigrationPlan plan(Direction direction, ScriptDirectory scripts, List<String> heads, String target) {
        if (direction == Direction.UPGRADE) {
            return Targets.planTo(scripts, planner -> planner.planUpgrade(heads, target));
        }
        if (heads.isEmpty()) {
            return new MigrationPlan(Direction.DOWNGRADE, target, heads, heads, List.of());
        }
        MigrationPlan plan = Targets.planTo(scripts, planner -> planner.planDowngrade(heads, target));
        PlanChecks.reversible(plan, scripts);
        return plan;
    }

    private OfflineSql written(Dialect dialect, Direction direction, String target, MigrationPlan plan,
                               ScriptDirectory scripts, VersionStore store, boolean createTables, boolean fromDatabase,
                               String start) {
        PlanChecks.transactionMode(Guards.settings(config, connections), plan, scripts);
        List<String> java = plan.steps().stream().map(MigrationStep::id)
                .filter(id -> scripts.script(id).section(direction).isJava()).toList();
        if (!java.isEmpty()) {
            throw new MigrateException(ErrorKind.REFUSED, "offline SQL cannot hold Java migrations, and "
                    + Descriptions.withFiles(java, scripts) + (java.size() == 1 ? " is one" : " are Java migrations")
                    + ": run migrate:" + direction.word() + " for them (or write the script up to the revision before "
                    + "the first of them with -Dmigrate.target). Nothing was written.");
        }
        if (!config.callbacks().isEmpty()) {
            config.listener().warn("The Java callbacks (" + config.callbacks().size() + ") are not in the "
                    + "script: offline SQL holds the callback files only.");
        }
        List<String> header = new ArrayList<>();
        header.add("migrate offline SQL: " + direction.word() + " " + Descriptions.heads(plan.headsBefore()) + " -> "
                + Descriptions.heads(plan.headsAfter()) + " (target " + target + "), " + plan.steps().size()
                + " revision(s)");
        header.add("Dialect: " + dialect.displayName() + "; start " + start + ".");
        header.add("Written by migrate " + VersionStore.TOOL_VERSION + " for " + JournalEntry.currentUser() + " on "
                + config.clock().instant().truncatedTo(ChronoUnit.SECONDS) + ".");
        header.add("");
        if (dialect.features().transactionalDdl()) {
            header.add("Run it with: psql -v ON_ERROR_STOP=1 -f <this file> (add -1 for all or nothing, when no");
            header.add("section is transaction:false). Stop at the first error: nothing here checks that the version");
            header.add("rows are where the script expects them, and nothing takes migrate's lock, so run no migrate");
            header.add("on this database meanwhile.");
        } else {
            header.add(dialect.displayName() + " commits DDL on its own: a failure part-way leaves the revision half "
                    + "applied.");
            header.add("Stop at the first error, and run no migrate on this database meanwhile.");
        }
        boolean single = config.options().transactionMode() == TransactionMode.ALL;
        String sql = new OfflineScriptWriter(dialect, store, JournalEntry.currentUser())
                .write(plan, scripts, header, createTables && direction == Direction.UPGRADE && !plan.isEmpty(), single,
                        new Callbacks(scripts.callbacks(), List.of()));
        if (plan.isEmpty()) {
            sql += "-- Nothing to " + direction.word() + ": the start is already at the target.\n";
        }
        String masked = Failures.scrub(config, sql);
        if (!masked.equals(sql)) {
            // Secrets leave migrate only towards the database; whoever runs the script puts them in.
            config.listener().warn("The offline script shows the values of secret placeholders as "
                    + Secrets.MASK + "; replace them before running it.");
            sql = "-- The values of secret placeholders are masked as " + Secrets.MASK
                    + ": replace them before running this script.\n" + masked;
        }
        List<String> ids = plan.steps().stream().map(MigrationStep::id).toList();
        return new OfflineSql(direction.word(), target, plan.headsBefore(), plan.headsAfter(),
                Descriptions.summaries(scripts, ids), fromDatabase, sql);
    }

    /** {@code migrate.from}: where the database is, as a set of version rows none of which another includes. */
    static List<String> parseFrom(ScriptDirectory scripts, String from) {
        if (from.isBlank()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.from is empty; name where the database is: "
                    + "base, a revision, a label, heads, or several revisions separated by commas");
        }
        TargetResolver resolver = new TargetResolver(scripts.graph());
        Set<String> heads = new LinkedHashSet<>();
        for (String part : from.split(",")) {
            try {
                heads.addAll(Targets.resolving(scripts, () -> resolver.resolve(part.strip(), List.of())));
            } catch (GraphException e) {
                throw fromError(Problems.graph(e, scripts));
            } catch (MigrateException e) {
                throw fromError(e);
            }
        }
        for (String id : heads) {
            List<String> others = heads.stream().filter(h -> !h.equals(id)).toList();
            // A row may name what another row needs through a dependency (migrate keeps a row for each applied
            // head), but not what another row revises, directly or not.
            if (scripts.graph().ancestorsOrSelf(others).contains(id)) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.from = " + from.strip() + " names " + id
                        + ", which another revision it names already includes; name only the revisions the database's "
                        + "version table lists (its heads)");
            }
        }
        return scripts.graph().inInputOrder(heads);
    }

    private static MigrateException fromError(MigrateException e) {
        return new MigrateException(e.kind(), "migrate.from: " + e.getMessage(), e.getCause());
    }
}
