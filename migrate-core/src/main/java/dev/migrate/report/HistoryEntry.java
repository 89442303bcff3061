package dev.migrate.report;

import java.util.List;

/**
 * One revision in a history listing.
 *
 * @param revision    the revision
 * @param revises     its parents
 * @param createDate  the header's create date, or null
 * @param applied     whether the database has it applied (false when no database was asked)
 * @param head        whether nothing revises it
 * @param current     whether it is one of the database's version rows
 * @param branchPoint whether several revisions revise it
 * @param mergePoint  whether it revises several revisions
 */
public record HistoryEntry(RevisionSummary revision, List<String> revises, String createDate, boolean applied,
                           boolean head, boolean current, boolean branchPoint, boolean mergePoint) {

    public HistoryEntry {
        revises = List.copyOf(revises);
    }
}
