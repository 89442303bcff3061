package dev.migrate.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The heads of the revision files: the revisions nothing revises. More than one means two lines of development that
 * nobody has merged yet.
 *
 * @param migrations the migrations location as shown to users
 * @param heads      the heads, in file order
 */
public record HeadsReport(String migrations, List<RevisionDetail> heads) {

    public HeadsReport {
        heads = List.copyOf(heads);
    }

    /** Whether the files have more than one head. */
    public boolean hasMultipleHeads() {
        return heads.size() > 1;
    }

    /** One line per head, like {@code alembic heads}; {@code verbose} adds the header fields and the file. */
    public List<String> toText(boolean verbose) {
        List<String> lines = new ArrayList<>();
        if (heads.isEmpty()) {
            lines.add("No revisions in " + migrations + ".");
            return lines;
        }
        for (RevisionDetail head : heads) {
            lines.add(head.line("head"));
            if (verbose) {
                lines.addAll(head.headerLines("    "));
            }
        }
        if (hasMultipleHeads()) {
            lines.add(heads.size() + " heads: run migrate:merge to join them, or target 'heads' (all of them) or "
                    + "'<label>@head' (one branch).");
        }
        return lines;
    }

    /** The report as JSON; its shape is documented in the README. */
    public String toJson() {
        Map<String, Object> json = Json.report();
        json.put("migrations", migrations);
        json.put("heads", heads.stream().map(RevisionDetail::toJsonMap).toList());
        return Json.write(json);
    }
}
