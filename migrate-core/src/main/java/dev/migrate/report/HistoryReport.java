package dev.migrate.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Revisions newest first, drawn as a graph.
 *
 * @param migrations the migrations location as shown to users
 * @param database   the database asked about applied revisions (password masked), or null if none was asked
 * @param range      the range asked for ({@code base:head}, {@code -3:current}, ...), or null for all revisions
 * @param entries    children before parents, newest line first (see {@link HistoryGraph})
 */
public record HistoryReport(String migrations, String database, String range, List<HistoryEntry> entries) {

    public HistoryReport {
        entries = List.copyOf(entries);
    }

    /** A report of every revision. */
    public HistoryReport(String migrations, String database, List<HistoryEntry> entries) {
        this(migrations, database, null, entries);
    }

    /**
     * The graph, one revision per row with Alembic's line ({@code parent -> revision (head) (current), message}),
     * and under it whether it is applied and its create date; {@code verbose} adds dependencies and the file.
     */
    public List<String> toText(boolean verbose) {
        List<String> lines = new ArrayList<>();
        if (entries.isEmpty()) {
            lines.add(range == null ? "No revisions in " + migrations + "."
                    : "No revisions in range " + range + " (" + migrations + ").");
            return lines;
        }
        if (range != null) {
            lines.add("Range " + range + ": " + entries.size() + (entries.size() == 1 ? " revision." : " revisions."));
        }
        List<HistoryGraph.Placement> drawing = draw();
        for (int k = 0; k < entries.size(); k++) {
            HistoryEntry entry = entries.get(k);
            HistoryGraph.Placement placement = drawing.get(k);
            lines.addAll(placement.before());
            lines.add(placement.row() + " " + entry.headline());
            StringBuilder detail = new StringBuilder(placement.continuation());
            while (detail.length() < placement.row().length() + 1) {
                detail.append(' ');
            }
            detail.append("    ").append(entry.applied() ? "applied" : database == null ? "not checked" : "pending");
            if (entry.createDate() != null) {
                detail.append(", created ").append(entry.createDate());
            }
            if (verbose && !entry.dependsOn().isEmpty()) {
                detail.append(", depends on ").append(String.join(", ", entry.dependsOn()));
            }
            if (verbose) {
                detail.append(", ").append(entry.revision().location());
            }
            lines.add(detail.toString());
            lines.addAll(placement.after());
        }
        return lines;
    }

    private List<HistoryGraph.Placement> draw() {
        List<HistoryGraph.Node> nodes = new ArrayList<>(entries.size());
        for (HistoryEntry entry : entries) {
            nodes.add(new HistoryGraph.Node(entry.revision().revision(), entry.revises()));
        }
        return HistoryGraph.draw(nodes);
    }

    /** The report as JSON; its shape is documented in the README. */
    public String toJson() {
        Map<String, Object> json = Json.report();
        json.put("migrations", migrations);
        json.put("database", database);
        json.put("range", range);
        List<HistoryGraph.Placement> drawing = draw();
        List<Object> revisions = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            HistoryEntry entry = entries.get(k);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("revision", entry.revision().revision());
            item.put("revises", entry.revises());
            item.put("message", entry.revision().message());
            item.put("createDate", entry.createDate());
            item.put("applied", entry.applied());
            item.put("head", entry.head());
            item.put("current", entry.current());
            item.put("branchPoint", entry.branchPoint());
            item.put("mergePoint", entry.mergePoint());
            item.put("branchLabels", entry.branchLabels());
            item.put("dependsOn", entry.dependsOn());
            item.put("children", entry.children());
            item.put("lane", drawing.get(k).column());
            item.put("file", entry.revision().location());
            revisions.add(item);
        }
        json.put("revisions", revisions);
        return Json.write(json);
    }
}
