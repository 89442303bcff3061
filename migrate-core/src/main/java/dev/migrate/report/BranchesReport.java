package dev.migrate.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the revision files branch: each revision that more than one revision revises, with those revisions.
 *
 * @param migrations   the migrations location as shown to users
 * @param branchPoints the branch points, in file order
 */
public record BranchesReport(String migrations, List<BranchPoint> branchPoints) {

    public BranchesReport {
        branchPoints = List.copyOf(branchPoints);
    }

    /**
     * One branch point.
     *
     * @param revision the branch point
     * @param children the revisions that revise it, each marked when it is a head
     */
    public record BranchPoint(RevisionDetail revision, List<Child> children) {
        public BranchPoint {
            children = List.copyOf(children);
        }
    }

    /**
     * A revision that starts a branch.
     *
     * @param revision the revision
     * @param head     whether nothing revises it
     */
    public record Child(RevisionDetail revision, boolean head) {
    }

    /** Like {@code alembic branches}: each branch point, then its children; {@code verbose} adds the files. */
    public List<String> toText(boolean verbose) {
        List<String> lines = new ArrayList<>();
        if (branchPoints.isEmpty()) {
            lines.add("No branch points in " + migrations + ": every revision has at most one child.");
            return lines;
        }
        for (BranchPoint point : branchPoints) {
            lines.add(point.revision().line("branchpoint") + (verbose ? "  [" + point.revision().revision().location()
                    + "]" : ""));
            for (Child child : point.children()) {
                String line = "    -> " + (child.head() ? child.revision().line("head") : child.revision().line());
                lines.add(line + (verbose ? "  [" + child.revision().revision().location() + "]" : ""));
            }
        }
        return lines;
    }
}
