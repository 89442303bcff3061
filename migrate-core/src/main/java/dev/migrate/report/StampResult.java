package dev.migrate.report;

import java.util.List;

/**
 * What a stamp did: which version rows it found, cleared and left. No SQL of any revision ran.
 *
 * @param target         the target as given
 * @param headsBefore    the version rows before (after a purge: what the purge removed)
 * @param purged         the version rows a purge removed, in the order found; empty without purge
 * @param headsAfter     the version rows after
 * @param durationMillis wall time of the whole operation
 */
public record StampResult(String target, List<String> headsBefore, List<String> purged, List<String> headsAfter,
                          long durationMillis) {

    public StampResult {
        headsBefore = List.copyOf(headsBefore);
        purged = List.copyOf(purged);
        headsAfter = List.copyOf(headsAfter);
    }

    /** Whether the version rows are what they were (nothing was written). */
    public boolean nothingToDo() {
        return purged.isEmpty() && new java.util.HashSet<>(headsBefore).equals(new java.util.HashSet<>(headsAfter));
    }
}
