package dev.migrate.api;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.MigrationStep;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.Target;
import dev.migrate.report.RevisionSummary;
import dev.migrate.report.StatusReport;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Where the database stands against the revision files. */
final class StatusCommand {

    private final Workspace ws;

    StatusCommand(Workspace ws) {
        this.ws = ws;
    }

    StatusReport run() throws java.sql.SQLException, java.io.IOException {
        Dialect dialect = ws.dialect();
        ScriptDirectory scripts = ws.loadScripts(dialect.splitOptions());
        RevisionGraph graph = scripts.graph();
        try (Connection connection = ws.connect(dialect)) {
            List<String> heads = ws.readHeads(ws.versionStore(dialect), connection, scripts).orElse(List.of());
            List<RevisionSummary> pending = new ArrayList<>();
            if (!graph.heads().isEmpty()) {
                for (MigrationStep step : Workspace.plan(scripts, p -> p.planUpgrade(heads, Target.Anchor.HEADS)).steps()) {
                    pending.add(Workspace.summary(scripts.script(step.id())));
                }
            }
            return new StatusReport(ws.database(), ws.databaseSource(), dialect.name(), scripts.description(),
                    graph.size(), Workspace.summaries(scripts, graph.inInputOrder(heads)), Workspace.summaries(scripts, graph.heads()),
                    pending, scripts.warnings());
        }
    }
}
