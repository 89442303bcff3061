package dev.migrate.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a fleet stands: how many targets are at which revision (a histogram, not a line per target), which are
 * behind, and which could not be read or have problems.
 *
 * @param heads   the heads of the revision files
 * @param targets per target
 */
public record FleetStatusReport(List<String> heads, List<TargetStatus> targets) {

    /**
     * One target's place.
     *
     * @param target   the schema name or the URL (password masked)
     * @param current  its current revisions (empty: none applied)
     * @param pending  how many revisions an upgrade to heads would run
     * @param problems failed revisions, changed files
     * @param error    why it could not be read, or null
     */
    public record TargetStatus(String target, List<String> current, int pending, List<String> problems, String error) {

        public TargetStatus {
            current = List.copyOf(current);
            problems = List.copyOf(problems);
        }

        /** The histogram's key: the current revisions, {@code <base>}, or {@code unreadable}. */
        public String bucket() {
            return error != null ? "unreadable" : FleetTargetResult.heads(current);
        }
    }

    public FleetStatusReport {
        heads = List.copyOf(heads);
        targets = List.copyOf(targets);
    }

    /** Targets per revision, the most common first. */
    public Map<String, Integer> histogram() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        targets.forEach(t -> counts.merge(t.bucket(), 1, Integer::sum));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    public boolean isUpToDate() {
        return targets.stream().allMatch(t -> t.error() == null && t.pending() == 0 && t.problems().isEmpty());
    }

    public List<String> toText() {
        List<String> lines = new ArrayList<>();
        long upToDate = targets.stream().filter(t -> t.error() == null && t.pending() == 0).count();
        lines.add("Fleet status: " + targets.size() + " target(s), " + upToDate + " at the heads ("
                + FleetTargetResult.heads(heads) + ")");
        Map<String, Integer> pendingBy = new LinkedHashMap<>();
        targets.forEach(t -> pendingBy.merge(t.bucket(), t.pending(), Math::max));
        lines.add(String.format(Locale.ROOT, "  %-30s %8s  %s", "revision", "targets", "pending"));
        histogram().forEach((bucket, n) -> lines.add(String.format(Locale.ROOT, "  %-30s %8d  %s", bucket, n,
                bucket.equals("unreadable") ? "-" : String.valueOf(pendingBy.get(bucket)))));
        for (TargetStatus t : targets) {
            if (t.error() != null) {
                lines.add("  UNREADABLE " + t.target() + ": " + t.error());
            } else if (!t.problems().isEmpty()) {
                lines.add("  PROBLEM " + t.target() + ": " + String.join("; ", t.problems()));
            }
        }
        return lines;
    }

    public String toJson() {
        Map<String, Object> json = Json.report();
        json.put("heads", heads);
        json.put("upToDate", isUpToDate());
        Map<String, Object> histogram = new LinkedHashMap<>(histogram());
        json.put("histogram", histogram);
        List<Object> items = new ArrayList<>();
        for (TargetStatus t : targets) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("target", t.target());
            item.put("current", t.current());
            item.put("pending", t.pending());
            item.put("problems", t.problems());
            item.put("error", t.error());
            items.add(item);
        }
        json.put("targets", items);
        return Json.write(json);
    }
}
