package dev.migrate.report;

import java.util.List;

/**
 * One revision in a history listing.
 *
 * @param revision     the revision
 * @param revises      its parents
 * @param createDate   the header's create date, or null
 * @param applied      whether the database has it applied (false when no database was asked)
 * @param head         whether nothing revises it
 * @param current      whether it is one of the database's version rows
 * @param branchPoint  whether several revisions revise it
 * @param mergePoint   whether it revises several revisions
 * @param branchLabels the branch labels it declares
 * @param dependsOn    its {@code Depends On} entries, as written
 * @param children     the revisions that revise it
 */
public record HistoryEntry(RevisionSummary revision, List<String> revises, String createDate, boolean applied,
                           boolean head, boolean current, boolean branchPoint, boolean mergePoint,
                           List<String> branchLabels, List<String> dependsOn, List<String> children) {

    public HistoryEntry {
        revises = List.copyOf(revises);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        children = List.copyOf(children);
    }

    /** Alembic's line: {@code parents -> revision (labels) (head) (current) (branchpoint) (mergepoint), message}. */
    public String headline() {
        StringBuilder line = new StringBuilder();
        line.append(revises.isEmpty() ? "<base>" : String.join(", ", revises));
        line.append(" -> ").append(revision.revision());
        if (!branchLabels.isEmpty()) {
            line.append(" (").append(String.join(", ", branchLabels)).append(')');
        }
        if (head) {
            line.append(" (head)");
        }
        if (current) {
            line.append(" (current)");
        }
        if (branchPoint) {
            line.append(" (branchpoint)");
        }
        if (mergePoint) {
            line.append(" (mergepoint)");
        }
        return line.append(", ").append(revision.message()).toString();
    }
}
