package dev.migrate.report;

import java.util.List;

/**
 * A migration written as SQL for someone else to run (offline SQL), instead of applied.
 *
 * @param direction    {@code upgrade} or {@code downgrade}
 * @param target       the target asked for
 * @param headsBefore  where the script starts: the database's version rows, or {@code migrate.from}
 * @param headsAfter   where the script leaves the database
 * @param revisions    the revisions it runs, in order
 * @param fromDatabase whether the start was read from the database (otherwise it was given, and nothing connected)
 * @param sql          the script
 */
public record OfflineSql(String direction, String target, List<String> headsBefore, List<String> headsAfter,
                         List<RevisionSummary> revisions, boolean fromDatabase, String sql) {

    public OfflineSql {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
        revisions = List.copyOf(revisions);
    }

    public boolean isEmpty() {
        return revisions.isEmpty();
    }
}
