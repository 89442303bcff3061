package dev.migrate.api;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.report.HistoryEntry;
import dev.migrate.report.HistoryReport;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every revision, newest first, with whether the database has it applied. */
final class HistoryCommand {

    private final Workspace ws;

    HistoryCommand(Workspace ws) {
        this.ws = ws;
    }

    HistoryReport run() throws java.sql.SQLException, java.io.IOException {
        Dialect dialect = ws.dialect();
        ScriptDirectory scripts = ws.loadScripts(dialect.splitOptions());
        RevisionGraph graph = scripts.graph();
        List<String> heads;
        try (Connection connection = ws.connect(dialect)) {
            heads = ws.readHeads(ws.versionStore(dialect), connection, scripts).orElse(List.of());
        }
        Set<String> applied = graph.appliedBy(heads);
        List<String> order = graph.topologicalOrder();
        List<HistoryEntry> entries = new ArrayList<>(order.size());
        for (int k = order.size() - 1; k >= 0; k--) {
            String id = order.get(k);
            RevisionScript script = scripts.script(id);
            entries.add(new HistoryEntry(Workspace.summary(script), script.header().revises(), script.header().createDate(),
                    applied.contains(id), graph.children(id).isEmpty(), heads.contains(id),
                    graph.children(id).size() > 1, script.header().revises().size() > 1));
        }
        return new HistoryReport(scripts.description(), ws.database(), entries);
    }
}
