package dev.migrate.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a database stands against the revision files.
 *
 * @param database        the database URL, password masked
 * @param databaseSource  where the URL setting came from
 * @param dialect         the dialect name
 * @param migrations      the migrations location as shown to users
 * @param revisionCount   how many revisions the files define
 * @param current         the version rows (applied heads)
 * @param heads           the heads of the revision graph
 * @param pending         revisions not applied yet, in the order an upgrade to {@code heads} would apply them
 * @param warnings        things worth knowing that do not make the database out of date
 * @param problems        what stops upgrade and downgrade: revisions in a failed state, applied files that changed
 */
public record StatusReport(String database, String databaseSource, String dialect, String migrations,
                           int revisionCount, List<RevisionSummary> current, List<RevisionSummary> heads,
                           List<RevisionSummary> pending, List<String> warnings, List<IntegrityProblem> problems) {

    public StatusReport {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        pending = List.copyOf(pending);
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
    }

    /** A report without problems. */
    public StatusReport(String database, String databaseSource, String dialect, String migrations,
                        int revisionCount, List<RevisionSummary> current, List<RevisionSummary> heads,
                        List<RevisionSummary> pending, List<String> warnings) {
        this(database, databaseSource, dialect, migrations, revisionCount, current, heads, pending, warnings, List.of());
    }

    /** True when every revision is applied: what a health check or a release gate asks. */
    public boolean isUpToDate() {
        return pending.isEmpty();
    }

    /** True when no revision is in a failed state and no applied file changed. */
    public boolean isHealthy() {
        return problems.isEmpty();
    }

    /**
     * The state as build properties, for the steps after a goal (a release step that refuses pending revisions):
     * {@code migrate.current} (the current revisions, comma-separated, or {@code base}), {@code migrate.pending}
     * (how many are pending), {@code migrate.pendingRevisions} (their ids in apply order, comma-separated, empty for
     * none) and {@code migrate.upToDate} ({@code true} or {@code false}).
     */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("migrate.current", current.isEmpty() ? "base"
                : String.join(",", current.stream().map(RevisionSummary::revision).toList()));
        properties.put("migrate.pending", String.valueOf(pending.size()));
        properties.put("migrate.pendingRevisions", String.join(",", pending.stream().map(RevisionSummary::revision)
                .toList()));
        properties.put("migrate.upToDate", String.valueOf(isUpToDate()));
        return properties;
    }

    /** The report as lines for a log. */
    public List<String> toText() {
        List<String> lines = new ArrayList<>();
        lines.add("Database:    " + database + (databaseSource == null ? "" : " (" + databaseSource + ")"));
        lines.add("Dialect:     " + dialect);
        lines.add("Migrations:  " + migrations + " (" + revisionCount + (revisionCount == 1 ? " revision)" : " revisions)"));
        RevisionSummary.addLabels(lines, "Current:     ", current, "none (nothing applied yet)");
        RevisionSummary.addLabels(lines, "Heads:       ", heads, "none (no revisions yet)");
        RevisionSummary.addLabels(lines, "Pending:     ", pending, "none");
        lines.add("Up to date:  " + (isUpToDate() ? "yes" : "no, " + pending.size() + " pending"));
        for (IntegrityProblem problem : problems) {
            List<String> text = problem.message().lines().toList();
            lines.add((problem.kind() == IntegrityProblem.Kind.FAILED ? "Failed:      " : "Changed:     ") + text.get(0));
            for (String more : text.subList(1, text.size())) {
                lines.add("             " + more);
            }
        }
        return lines;
    }

    /** The report as JSON; its shape is documented in the README. */
    public String toJson() {
        Map<String, Object> json = Json.report();
        json.put("database", database);
        json.put("databaseSource", databaseSource);
        json.put("dialect", dialect);
        json.put("migrations", migrations);
        json.put("revisionCount", revisionCount);
        json.put("current", current.stream().map(RevisionSummary::revision).toList());
        json.put("heads", heads.stream().map(RevisionSummary::revision).toList());
        List<Object> pendingJson = new ArrayList<>();
        for (RevisionSummary revision : pending) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("revision", revision.revision());
            entry.put("message", revision.message());
            entry.put("file", revision.location());
            pendingJson.add(entry);
        }
        json.put("pending", pendingJson);
        json.put("upToDate", isUpToDate());
        json.put("warnings", warnings);
        List<Object> problemsJson = new ArrayList<>();
        for (IntegrityProblem problem : problems) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", problem.kind().word());
            entry.put("revision", problem.revision());
            entry.put("file", problem.location());
            entry.put("line", problem.line());
            entry.put("message", problem.message());
            problemsJson.add(entry);
        }
        json.put("problems", problemsJson);
        return Json.write(json);
    }
}
