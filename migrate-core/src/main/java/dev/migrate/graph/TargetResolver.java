package dev.migrate.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a target expression points in the graph, given the database's version rows: the revisions it names, or
 * none for {@code base}. {@link MigrationPlanner} turns targets into moves; this class answers "which revision is
 * that?" for the goals that only look (show, history ranges, merge, generate, stamp).
 *
 * <p>Relative forms count along parent edges: {@code +N} and {@code -N} from the single current row (or from below
 * the bases when nothing is applied), {@code <rev>+N} and {@code <rev>-N} from a revision, {@code <label>@+N} and
 * {@code <label>@-N} from the row the database has on that branch. A step up needs exactly one way up; a step down
 * from a merge point follows every parent.
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
        String owner = graph.labelOwner(label).orElseThrow(() -> new GraphException.UnknownRevision(target.text()));
        Set<String> members = graph.branchMembers(label);
        if (target.anchor() != null) {
            switch (target.anchor()) {
                case Target.Anchor.HEAD:
                case Target.Anchor.HEADS:
                    return List.of(graph.branchHead(label, target.text()));
                case Target.Anchor.BASE:
                    return List.of(owner);
                default:
                    String id = graph.resolve(target.anchor());
                    if (!members.contains(id)) {
                        throw new GraphException.InvalidTarget(target.text(), id + " is not on branch " + label);
                    }
                    return List.of(id);
            }
        }
        String row = branchRow(target, current, members);
        if (target.relative() > 0) {
            if (row == null) {
                // Counting from below the branch: its first revision is one step up.
                return List.of(target.relative() == 1 ? owner : walkUp(target, owner, target.relative() - 1));
            }
            return List.of(walkUp(target, row, target.relative()));
        }
        if (row == null) {
            throw new GraphException.InvalidTarget(target.text(), "branch " + label + " has no applied revision");
        }
        String at = row;
        for (int i = 1; i <= -target.relative(); i++) {
            if (at.equals(owner)) {
                if (i == -target.relative()) {
                    return graph.inInputOrder(graph.revision(owner).parents());
                }
                throw new GraphException.InvalidTarget(target.text(),
                        "branch " + label + " has only " + i + " applied revision(s), its head included");
            }
            List<String> parents = graph.revision(at).parents();
            if (parents.size() > 1) {
                throw new GraphException.InvalidTarget(target.text(),
                        at + " is a merge point; name the revision instead");
            }
            at = parents.get(0);
        }
        return List.of(at);
    }

    /** The version row on the branch {@code members}, or null when the database has none there. */
    String branchRow(Target target, Collection<String> current, Set<String> members) {
        List<String> rows = graph.inInputOrder(current.stream().filter(members::contains).toList());
        if (rows.size() > 1) {
            throw new GraphException.MultipleHeads(target.text(), rows);
        }
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static void noRelative(Target target, String what) {
        if (target.relative() != 0) {
            throw new GraphException.InvalidTarget(target.text(), what + " cannot take a relative step");
        }
    }

    /** The single version row, for targets counted from the current revision. */
    String singleCurrent(Target target, Collection<String> current) {
        if (current.size() > 1) {
            throw new GraphException.MultipleHeads(target.text(), graph.inInputOrder(current));
        }
        if (current.isEmpty()) {
            throw new GraphException.InvalidTarget(target.text(), "the database has no current revision");
        }
        return current.iterator().next();
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
