package dev.migrate.api;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.MigrationStep;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.Target;
import dev.migrate.report.RevisionSummary;
import dev.migrate.report.StatusReport;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
        ScriptDirectory scripts = ws.loadHeaders(dialect.splitOptions());
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
            Integrity.Review review = new Integrity(session, state).review(ws.config.options().validateChecksums());
            for (String note : review.running()) {
                warnings.add(note);
                ws.config.listener().info(note + ".");
            }
            warnings.addAll(review.unchecked());
            return new StatusReport(ws.database(), ws.databaseSource(), dialect.name(), scripts.description(),
                    graph.size(), Workspace.summaries(scripts, graph.inInputOrder(heads)),
                    Workspace.summaries(scripts, graph.heads()), pending, warnings, review.problems());
        }
    }
}
