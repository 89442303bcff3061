package dev.migrate.report;

import java.util.List;
import java.util.Locale;

/**
 * What a fleet run did to one target.
 *
 * @param target         the schema name or the URL (password masked)
 * @param outcome        how it ended
 * @param from           the heads before (empty: nothing applied, or not read)
 * @param to             the heads after
 * @param applied        how many revisions ran
 * @param durationMillis how long the target took
 * @param failure        why it failed or was not started, with the same guidance as for a single database; or null
 * @param errorKind      the kind of failure ({@code MIGRATION_FAILED}, {@code CONNECTION}, ...), or null
 * @param location       the file of the failing statement, or null
 * @param line           its line, or 0
 */
public record FleetTargetResult(String target, Outcome outcome, List<String> from, List<String> to, int applied,
                                long durationMillis, String failure, String errorKind, String location, int line) {

    public enum Outcome {
        /** Revisions ran and the target is where it was asked to be. */
        MIGRATED,
        /** Nothing was left to do. */
        UP_TO_DATE,
        /** The target failed: a revision, the connection, the lock, a guard. */
        FAILED,
        /** The rollout stopped before this target (canary or maxFailures). */
        NOT_STARTED;

        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public FleetTargetResult {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    public static FleetTargetResult notStarted(String target, String reason) {
        return new FleetTargetResult(target, Outcome.NOT_STARTED, List.of(), List.of(), 0, 0, reason, null, null, 0);
    }

    public boolean succeeded() {
        return outcome == Outcome.MIGRATED || outcome == Outcome.UP_TO_DATE;
    }

    /** {@code file:line}, or null. */
    public String where() {
        return location == null ? null : line > 0 ? location + ":" + line : location;
    }

    /** {@code <base> -> 3f2a9c1d7b4e}; for a failed target where it stopped: {@code stopped at 3f2a9c1d7b4e}. */
    public String fromTo() {
        if (outcome == Outcome.FAILED) {
            return "stopped at " + heads(to);
        }
        if (outcome == Outcome.NOT_STARTED) {
            return "not started";
        }
        return heads(from) + " -> " + heads(to);
    }

    /** {@code  at file:line}, unless the failure says it already; empty when not known. */
    public String whereNote() {
        String where = where();
        return where == null || failure != null && failure.contains(where) ? "" : " at " + where;
    }

    static String heads(List<String> heads) {
        return heads.isEmpty() ? "<base>" : String.join(",", heads.stream().map(FleetTargetResult::shortId).toList());
    }

    private static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
