package dev.migrate.api;

import dev.migrate.connect.Connections;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.GraphException;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.RevisionRange;
import dev.migrate.guard.DatabaseSession;
import dev.migrate.report.HistoryEntry;
import dev.migrate.report.HistoryReport;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Revisions newest first, all of them or a range, with whether the database has them applied. */
final class HistoryCommand {

    private final MigrateConfig config;
    private final Connections connections;

    HistoryCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    /** @param rangeText {@code <lower>:<upper>}, or null for every revision */
    HistoryReport run(String rangeText) throws SQLException, IOException {
        RevisionRange range = rangeText == null || rangeText.isBlank() ? null : parse(rangeText);
        Dialect dialect = connections.dialect();
        ScriptDirectory scripts = RevisionFiles.loadHeaders(config, connections, dialect.splitOptions());
        RevisionGraph graph = scripts.graph();
        List<String> heads = DatabaseSession.currentRows(connections, dialect, config.schema(), config.tables(), scripts);
        Set<String> selected = Targets.resolving(scripts,
                () -> (range == null ? RevisionRange.ALL : range).select(graph, heads));
        Set<String> applied = graph.appliedBy(heads);
        Set<String> rows = new HashSet<>(heads);
        List<HistoryEntry> entries = new ArrayList<>(selected.size());
        for (String id : graph.newestFirst(selected)) {
            RevisionScript script = scripts.script(id);
            List<String> children = graph.children(id);
            entries.add(new HistoryEntry(Descriptions.summary(script), script.header().revises(),
                    script.header().createDate(), applied.contains(id), children.isEmpty(), rows.contains(id),
                    children.size() > 1, script.header().revises().size() > 1,
                    List.copyOf(graph.revision(id).branchLabels()), script.header().dependsOn(), children));
        }
        return new HistoryReport(scripts.description(), connections.shownAs(), range == null ? null : range.text(), entries);
    }

    private static RevisionRange parse(String text) {
        try {
            return RevisionRange.parse(text);
        } catch (GraphException.InvalidTarget e) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.range = '" + text.strip() + "': "
                    + e.reason(), e);
        }
    }
}
