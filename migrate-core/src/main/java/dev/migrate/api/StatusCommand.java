package dev.migrate.api;

import dev.migrate.apply.StepState;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.MigrationStep;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.Target;
import dev.migrate.lock.LockHolder;
import dev.migrate.lock.MigrationLock;
import dev.migrate.report.IntegrityProblem;
import dev.migrate.report.RevisionSummary;
import dev.migrate.report.StatusReport;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the database stands against the revision files, and what would stop an upgrade: revisions in a failed state,
 * applied files that changed. Takes no lock and changes nothing.
 */
final class StatusCommand {

    private final Workspace ws;

    StatusCommand(Workspace ws) {
        this.ws = ws;
    }

    StatusReport run() throws SQLException, IOException {
        Dialect dialect = ws.dialect();
        ScriptDirectory scripts = ws.loadScripts(dialect.splitOptions());
        RevisionGraph graph = scripts.graph();
        try (DatabaseSession session = DatabaseSession.open(ws, dialect, scripts)) {
            DatabaseState state = session.read();
            List<String> heads = state.heads();
            List<RevisionSummary> pending = new ArrayList<>();
            if (!graph.heads().isEmpty()) {
                for (MigrationStep step : Workspace.plan(scripts, p -> p.planUpgrade(heads, Target.Anchor.HEADS)).steps()) {
                    pending.add(Workspace.summary(scripts.script(step.id())));
                }
            }
            List<String> warnings = new ArrayList<>(scripts.warnings());
            List<IntegrityProblem> problems = new ArrayList<>();
            Integrity integrity = new Integrity(session, state);
            Set<String> failed = new HashSet<>();
            for (Integrity.Failure failure : integrity.failures(true)) {
                failed.add(failure.revision());
                Optional<LockHolder> running = failure.record().state() == StepState.RUNNING ? holder(session)
                        : Optional.empty();
                if (running.isPresent()) {
                    String note = failure.revision() + " is being " + failure.record().direction() + "d right now by "
                            + running.get().describe() + " (" + failure.record().statementsDone() + " of "
                            + failure.record().statementsTotal() + " statements done)";
                    warnings.add(note);
                    ws.config.listener().info(note + ".");
                } else {
                    problems.add(integrity.failureProblem(failure));
                }
            }
            for (Integrity.Change change : integrity.changes(failed)) {
                if (ws.config.options().validateChecksums()) {
                    problems.add(change.problem());
                } else {
                    warnings.add(change.problem().message().lines().findFirst().orElse("")
                            + " (not checked: migrate.validateChecksums = false)");
                }
            }
            return new StatusReport(ws.database(), ws.databaseSource(), dialect.name(), scripts.description(),
                    graph.size(), Workspace.summaries(scripts, graph.inInputOrder(heads)),
                    Workspace.summaries(scripts, graph.heads()), pending, warnings, problems);
        }
    }

    private static Optional<LockHolder> holder(DatabaseSession session) throws SQLException {
        Optional<MigrationLock> lock = session.migrationLock();
        return lock.isEmpty() ? Optional.empty() : lock.get().holder(session.connection);
    }
}
