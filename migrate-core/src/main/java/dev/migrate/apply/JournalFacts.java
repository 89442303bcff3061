package dev.migrate.apply;

import java.util.Map;
import java.util.Optional;

/**
 * What the journal says about each revision, read in one query: its latest row (which tells whether it is in a
 * failed state) and the latest row that accepted a checksum (a completed upgrade, a repair, a stamp), which is what
 * the file must still match while the revision is applied.
 *
 * @param latest   the latest row per revision
 * @param accepted the latest completed upgrade, repair or stamp row with a checksum, per revision
 */
public record JournalFacts(Map<String, JournalRecord> latest, Map<String, JournalRecord> accepted) {

    /** No journal yet. */
    public static final JournalFacts EMPTY = new JournalFacts(Map.of(), Map.of());

    public JournalFacts {
        latest = Map.copyOf(latest);
        accepted = Map.copyOf(accepted);
    }

    /** The row a revision's applied file is checked against, if any. */
    public Optional<JournalRecord> acceptedChecksum(String revision) {
        return Optional.ofNullable(accepted.get(revision));
    }

    /** The latest row of a revision, when it left the revision failed or possibly partly applied. */
    public Optional<JournalRecord> failedState(String revision) {
        JournalRecord row = latest.get(revision);
        return row != null && row.state().leavesFailedState() ? Optional.of(row) : Optional.empty();
    }
}
