package dev.migrate.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code repair} did: one journal row per accepted checksum and per cleared failure.
 *
 * @param actions        what was repaired, in the order it was journalled
 * @param durationMillis wall time of the whole operation
 */
public record RepairResult(List<Action> actions, long durationMillis) {

    public RepairResult {
        actions = List.copyOf(actions);
    }

    public boolean nothingToDo() {
        return actions.isEmpty();
    }

    /** The result as lines for a log. */
    public List<String> toText() {
        List<String> lines = new ArrayList<>();
        for (Action action : actions) {
            lines.add(action.description());
        }
        return lines;
    }

    /**
     * One repair.
     *
     * @param kind        a checksum accepted, or a failed state cleared
     * @param revision    the revision
     * @param description what was done, for people
     */
    public record Action(IntegrityProblem.Kind kind, String revision, String description) {
    }
}
