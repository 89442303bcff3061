package dev.migrate.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The revisions from newest to oldest.
 *
 * @param migrations the migrations location as shown to users
 * @param database   the database asked about applied revisions (password masked), or null if none was asked
 * @param entries    newest first
 */
public record HistoryReport(String migrations, String database, List<HistoryEntry> entries) {

    public HistoryReport {
        entries = List.copyOf(entries);
    }

    /**
     * Lines in Alembic's style, {@code parent -> revision (head) (current), message}, plus the create date and whether
     * the revision is applied; {@code verbose} adds the file.
     */
    public List<String> toText(boolean verbose) {
        List<String> lines = new ArrayList<>();
        if (entries.isEmpty()) {
            lines.add("No revisions in " + migrations + ".");
            return lines;
        }
        for (HistoryEntry entry : entries) {
            StringBuilder line = new StringBuilder();
            line.append(entry.revises().isEmpty() ? "<base>" : String.join(", ", entry.revises()));
            line.append(" -> ").append(entry.revision().revision());
            if (entry.head()) {
                line.append(" (head)");
            }
            if (entry.current()) {
                line.append(" (current)");
            }
            if (entry.branchPoint()) {
                line.append(" (branchpoint)");
            }
            if (entry.mergePoint()) {
                line.append(" (mergepoint)");
            }
            line.append(", ").append(entry.revision().message());
            lines.add(line.toString());
            StringBuilder detail = new StringBuilder("    ");
            detail.append(entry.applied() ? "applied" : database == null ? "not checked" : "pending");
            if (entry.createDate() != null) {
                detail.append(", created ").append(entry.createDate());
            }
            if (verbose) {
                detail.append(", ").append(entry.revision().location());
            }
            lines.add(detail.toString());
        }
        return lines;
    }

    /** The report as JSON; its shape is documented in the README. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("migrations", migrations);
        json.put("database", database);
        List<Object> revisions = new ArrayList<>();
        for (HistoryEntry entry : entries) {
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
            item.put("file", entry.revision().location());
            revisions.add(item);
        }
        json.put("revisions", revisions);
        return Json.write(json);
    }
}
