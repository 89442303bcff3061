package dev.migrate.api;

import dev.migrate.connect.Connections;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.MigrationStep;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.Target;
import dev.migrate.guard.DatabaseSession;
import dev.migrate.guard.DatabaseState;
import dev.migrate.guard.Integrity;
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

    private final MigrateConfig config;
    private final Connections connections;

    StatusCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    StatusReport run() throws SQLException, IOException {
        Dialect dialect = connections.dialect();
        return run(RevisionFiles.loadHeaders(config, connections, dialect.splitOptions()));
    }

    /** With revision files already loaded (a fleet reads them once for every target). */
    StatusReport run(ScriptDirectory scripts) throws SQLException, IOException {
        Dialect dialect = connections.dialect();
        RevisionGraph graph = scripts.graph();
        try (DatabaseSession session = Guards.session(config, connections, dialect, scripts)) {
            DatabaseState state = session.read();
            List<String> heads = state.heads();
            List<RevisionSummary> pending = new ArrayList<>();
            if (!graph.heads().isEmpty()) {
                for (MigrationStep step : Targets.plan(scripts, p -> p.planUpgrade(heads, Target.Anchor.HEADS)).steps()) {
                    pending.add(Descriptions.summary(scripts.script(step.id())));
                }
            }
            List<String> warnings = new ArrayList<>(scripts.warnings());
            Integrity.Review review = new Integrity(session, state).review(config.options().validateChecksums());
            for (String note : review.running()) {
                warnings.add(note);
                config.listener().info(note + ".");
            }
            warnings.addAll(review.unchecked());
            return new StatusReport(connections.shownAs(), connections.sources(), dialect.name(), scripts.description(),
                    graph.size(), Descriptions.summaries(scripts, graph.inInputOrder(heads)),
                    Descriptions.summaries(scripts, graph.heads()), pending, warnings, review.problems());
        }
    }
}
