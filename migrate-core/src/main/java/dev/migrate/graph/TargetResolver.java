package dev.migrate.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a target expression points in the graph, given the database's version rows: the revisions it names, or
 * none for {@code base}. {@link MigrationPlanner} turns targets into moves; this class answers "which revision is
 * that?" for the goals that only look (show, history ranges, merge, generate, stamp).
 *
 * <p>Relative forms count along parent edges: {@code +N} and {@code -N} from the single current revision (or from
 * below the bases when nothing is applied), {@code <rev>+N} and {@code <rev>-N} from a revision, {@code <label>@+N}
 * up the label's line and {@code <label>@-N} down its branch from where the database is on it. A step up needs
 * exactly one way up; a step down from a merge point follows every parent, except on a branch.
 */
public final class TargetResolver {

    private final RevisionGraph graph;

    public TargetResolver(RevisionGraph graph) {
        this.graph = graph;
    }

    /** The revisions {@code text} points to, in input order; empty for {@code base} (or below the bases). */
    public List<String> resolve(String text, Collection<String> current) {
        return resolve(Target.parse(text), current);
    }

    /** The revisions {@code target} points to, in input order; empty for {@code base} (or below the bases). */
    public List<String> resolve(Target target, Collection<String> current) {
        if (target.label() != null) {
            return labelled(target, current);
        }
        if (target.anchor() == null) {
            // +N counts from below the bases when nothing is applied; -N needs something applied.
            return relative(target, current.isEmpty() && target.relative() > 0 ? null : singleCurrent(target, current));
        }
        switch (target.anchor()) {
            case Target.Anchor.HEAD:
                if (graph.heads().size() > 1) {
                    throw new GraphException.MultipleHeads(target.text(), graph.heads());
                }
                return graph.heads().isEmpty() ? List.of() : relative(target, graph.heads().get(0));
            case Target.Anchor.HEADS:
                noRelative(target, "'heads'");
                return graph.heads();
            case Target.Anchor.BASE:
                if (target.relative() < 0) {
                    throw new GraphException.InvalidTarget(target.text(), "nothing lies below base");
                }
                return relative(target, null);
            case Target.Anchor.CURRENT:
                if (target.relative() == 0) {
                    return graph.inInputOrder(current);
                }
                return relative(target, singleCurrent(target, current));
            default:
                return relative(target, graph.resolve(target.anchor()));
        }
    }

    /**
     * The one revision {@code text} points to.
     *
     * @throws GraphException.InvalidTarget when it points to base, {@link GraphException.MultipleHeads} when it
     *                                      points to several revisions
     */
    public String resolveOne(String text, Collection<String> current) {
        Target target = Target.parse(text);
        List<String> found = resolve(target, current);
        if (found.isEmpty()) {
            throw new GraphException.InvalidTarget(target.text(), target.isKeyword(Target.Anchor.CURRENT)
                    ? "the database has no current revision" : "it names no revision (base)");
        }
        if (found.size() > 1) {
            throw new GraphException.MultipleHeads(target.text(), found);
        }
        return found.get(0);
    }

    private List<String> relative(Target target, String start) {
        if (target.relative() > 0) {
            return List.of(walkUp(target, start, target.relative()));
        }
        if (target.relative() < 0) {
            if (start == null) {
                throw new GraphException.InvalidTarget(target.text(), "nothing lies below base");
            }
            return walkDown(target, start, -target.relative());
        }
        return start == null ? List.of() : List.of(start);
    }

    private List<String> labelled(Target target, Collection<String> current) {
        String label = target.label();
        graph.labelOwner(label).orElseThrow(() -> new GraphException.UnknownRevision(target.text()));
        if (target.anchor() != null) {
            switch (target.anchor()) {
                case Target.Anchor.HEAD:
                case Target.Anchor.HEADS:
                    return List.of(graph.branchHead(label, target.text()));
                case Target.Anchor.BASE:
                    return List.of(graph.branchStart(label));
                default:
                    String id = graph.resolve(target.anchor());
                    if (!graph.lineage(label).contains(id)) {
                        throw new GraphException.InvalidTarget(target.text(), id + " is not on branch " + label);
                    }
                    return List.of(id);
            }
        }
        if (target.relative() > 0) {
            return List.of(walkUpBranch(target, current));
        }
        return walkDownBranch(target, current);
    }

    /**
     * Where the database is on the line of the target's label ({@link RevisionGraph#lineage}): its current revision
     * on that line ({@link RevisionGraph#tips}), else the highest applied revision on it; null when nothing on the
     * line is applied.
     */
    String branchPosition(Target target, Collection<String> current) {
        Set<String> line = graph.lineage(target.label());
        Set<String> applied = graph.appliedBy(current);
        List<String> on = graph.maximal(applied).stream().filter(line::contains).toList();
        if (on.isEmpty()) {
            Set<String> appliedOnLine = new HashSet<>(applied);
            appliedOnLine.retainAll(line);
            on = graph.maximal(appliedOnLine);
        }
        if (on.size() > 1) {
            throw new GraphException.MultipleHeads(target.text(), on);
        }
        return on.isEmpty() ? null : on.get(0);
    }

    /**
     * {@code <label>@+N}: N revisions up the line of the label from where the database is on it (from below the bases
     * when nothing on it is applied), so that what the branch needs below its label counts as steps too.
     */
    private String walkUpBranch(Target target, Collection<String> current) {
        Set<String> line = graph.lineage(target.label());
        String start = branchPosition(target, current);
        String at = start;
        for (int i = 1; i <= target.relative(); i++) {
            List<String> next = (at == null ? graph.bases() : graph.children(at)).stream()
                    .filter(line::contains).toList();
            if (next.isEmpty()) {
                throw new GraphException.InvalidTarget(target.text(), "there are only " + (i - 1)
                        + " revision(s) above " + (start == null ? "base" : start) + " on branch " + target.label());
            }
            if (next.size() > 1) {
                throw new GraphException.InvalidTarget(target.text(), (at == null ? "base" : at)
                        + " has several revisions above it on branch " + target.label() + " ("
                        + String.join(", ", next) + "); name one of them");
            }
            at = next.get(0);
        }
        return at;
    }

    /**
     * {@code <label>@-N}: where N revisions down the branch ({@link RevisionGraph#branchMembers}) lead from where the
     * database is on it. Walking exactly past the branch's first revision lands below the branch (on its parent, or
     * nothing at base); further is refused, and so are a step down from a merge point and a landing on a branch point
     * inside the branch, where the label cannot say which way to go (Alembic refuses both too).
     */
    private List<String> walkDownBranch(Target target, Collection<String> current) {
        String label = target.label();
        Set<String> members = graph.branchMembers(label);
        String start = graph.branchStart(label);
        String position = branchPosition(target, current);
        if (position == null || !members.contains(position)) {
            throw new GraphException.InvalidTarget(target.text(), "branch " + label + " has no applied revision");
        }
        String at = position;
        for (int i = 1; i <= -target.relative(); i++) {
            List<String> parents = graph.revision(at).parents();
            if (parents.size() > 1) {
                throw new GraphException.InvalidTarget(target.text(),
                        at + " is a merge point; name the revision instead");
            }
            if (at.equals(start)) {
                if (i == -target.relative()) {
                    return parents;
                }
                throw new GraphException.InvalidTarget(target.text(),
                        "branch " + label + " has only " + i + " applied revision(s), its head included");
            }
            at = parents.get(0);
        }
        if (graph.isBranchPoint(at)) {
            throw new GraphException.InvalidTarget(target.text(), at + " is a branch point inside branch " + label
                    + " (" + String.join(", ", graph.children(at)) + " revise it), so " + target.text()
                    + " cannot say which of them to go down; name the revision to downgrade to instead");
        }
        return List.of(at);
    }

    private static void noRelative(Target target, String what) {
        if (target.relative() != 0) {
            throw new GraphException.InvalidTarget(target.text(), what + " cannot take a relative step");
        }
    }

    /**
     * The single current revision ({@link RevisionGraph#tips}: a row that another row needs through a dependency does
     * not count), for targets counted from it.
     */
    String singleCurrent(Target target, Collection<String> current) {
        List<String> tips = graph.tips(current);
        if (tips.size() > 1) {
            throw new GraphException.MultipleHeads(target.text(), tips);
        }
        if (tips.isEmpty()) {
            throw new GraphException.InvalidTarget(target.text(), "the database has no current revision");
        }
        return tips.get(0);
    }

    /**
     * Walks {@code steps} revisions up from {@code start} ({@code null} means from below the bases) and returns where
     * it lands; every step must have exactly one way up.
     */
    String walkUp(Target target, String start, int steps) {
        String at = start;
        for (int i = 1; i <= steps; i++) {
            List<String> next = at == null ? graph.bases() : graph.children(at);
            if (next.isEmpty()) {
                throw new GraphException.InvalidTarget(target.text(), "there are only " + (i - 1)
                        + " revision(s) above " + (start == null ? "base" : start));
            }
            if (next.size() > 1) {
                throw new GraphException.InvalidTarget(target.text(), (at == null ? "base" : at)
                        + " has several revisions above it (" + String.join(", ", next)
                        + "); name one of them or use <label>@+N");
            }
            at = next.get(0);
        }
        return at;
    }

    /**
     * Walks {@code steps} revisions down from {@code start} along every parent and returns where it lands: empty
     * when it lands exactly below the bases.
     */
    List<String> walkDown(Target target, String start, int steps) {
        Set<String> frontier = new LinkedHashSet<>(List.of(start));
        for (int i = 1; i <= steps; i++) {
            Set<String> next = new LinkedHashSet<>();
            for (String id : frontier) {
                next.addAll(graph.revision(id).parents());
            }
            if (next.isEmpty()) {
                if (i == steps) {
                    return List.of();
                }
                throw new GraphException.InvalidTarget(target.text(), "there are only " + i
                        + " revision(s) at or below " + start);
            }
            frontier = next;
        }
        return graph.inInputOrder(new ArrayList<>(frontier));
    }
}
