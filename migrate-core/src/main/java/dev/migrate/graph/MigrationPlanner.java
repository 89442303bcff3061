package dev.migrate.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a target expression and the current version rows into a {@link MigrationPlan}.
 *
 * <p>Upgrading to a set of revisions applies everything they need that is not applied yet, prerequisites first.
 * Downgrading removes a set of applied revisions closed under "needs": what lies above the target along parent edges,
 * or a whole branch for {@code label@base}, or everything for {@code base}; dependents first. A revision that only
 * depends on the target stays: a dependant goes only when its dependency goes. Each step records the version rows it
 * changes, simulated from the current rows, so that the executor only carries out data.
 *
 * <p>The rows are read as Alembic reads them: they, their parents and their dependencies, transitively, are applied.
 * Alembic keeps no row for a revision its dependant implies, and sometimes a row below another; migrate keeps one row
 * per applied head. Plans work from either and never lose track of an applied revision: a downgrade step gives a row
 * to each revision that only the removed revision implied.
 */
public final class MigrationPlanner {

    private final RevisionGraph graph;
    private final TargetResolver resolver;

    public MigrationPlanner(RevisionGraph graph) {
        this.graph = graph;
        this.resolver = new TargetResolver(graph);
    }

    // ------------------------------------------------------------------------------------------------- upgrade

    /** Plans an upgrade from the version rows {@code current} to {@code targetText}. */
    public MigrationPlan planUpgrade(Collection<String> current, String targetText) {
        Target target = Target.parse(targetText);
        return upgradeTo(target, current, upgradeDestinations(target, current));
    }

    private MigrationPlan upgradeTo(Target target, Collection<String> current, List<String> destinations) {
        Set<String> applied = graph.appliedBy(current);
        Set<String> needed = new HashSet<>(graph.appliedBy(destinations));
        needed.removeAll(applied);
        if (needed.isEmpty() && !destinations.isEmpty()) {
            checkNotBelowCurrent(target, destinations, current);
        }
        List<String> order = graph.prerequisiteOrder(destinations, needed);
        Set<String> rows = new LinkedHashSet<>(current);
        List<MigrationStep> steps = new ArrayList<>(order.size());
        for (String id : order) {
            Revision revision = graph.revision(id);
            Set<String> delete = new LinkedHashSet<>();
            for (String parent : revision.parents()) {
                if (rows.contains(parent)) {
                    delete.add(parent);
                }
            }
            rows.removeAll(delete);
            rows.add(id);
            steps.add(new MigrationStep(revision, Direction.UPGRADE, delete, Set.of(id)));
        }
        return new MigrationPlan(Direction.UPGRADE, target.text(), List.copyOf(current),
                graph.inInputOrder(rows), steps);
    }

    private void checkNotBelowCurrent(Target target, List<String> destinations, Collection<String> current) {
        Set<String> applied = graph.appliedBy(current);
        for (String destination : destinations) {
            if (graph.children(destination).stream().anyMatch(applied::contains)) {
                throw new GraphException.InvalidTarget(target.text(), destination
                        + " is already applied and lies below the current revision(s) " + String.join(", ", current)
                        + "; use downgrade to go back to it");
            }
        }
    }

    private List<String> upgradeDestinations(Target target, Collection<String> current) {
        if (target.relative() < 0) {
            throw new GraphException.InvalidTarget(target.text(),
                    "an upgrade target must lie above the current revision; use downgrade for " + target.text());
        }
        List<String> destinations = resolver.resolve(target, current);
        if (target.label() != null && Target.Anchor.BASE.equals(target.anchor())) {
            // Like base, the base of a branch lies below the branch: there is nothing to upgrade (as in Alembic).
            return List.of();
        }
        return destinations;
    }

    // ----------------------------------------------------------------------------------------------- downgrade

    /** Plans a downgrade from the version rows {@code current} to {@code targetText}. */
    public MigrationPlan planDowngrade(Collection<String> current, String targetText) {
        Target target = Target.parse(targetText);
        Set<String> applied = graph.appliedBy(current);
        return downgradeRemoving(target, current, applied, removalSet(target, current, applied));
    }

    private MigrationPlan downgradeRemoving(Target target, Collection<String> current, Set<String> applied,
                                           Set<String> removal) {
        removal.retainAll(applied);
        // Removing a revision removes everything applied that needs it.
        Set<String> closed = graph.descendantsOrSelf(removal);
        closed.retainAll(applied);

        List<String> upOrder = graph.prerequisiteOrder(graph.maximal(closed), closed);
        Set<String> rows = new LinkedHashSet<>(current);
        Set<String> remaining = new HashSet<>(applied);
        List<MigrationStep> steps = new ArrayList<>(upOrder.size());
        for (int i = upOrder.size() - 1; i >= 0; i--) {
            steps.add(downgradeStep(upOrder.get(i), rows, remaining));
        }
        return new MigrationPlan(Direction.DOWNGRADE, target.text(), List.copyOf(current),
                graph.inInputOrder(rows), steps);
    }

    /**
     * The step that removes {@code id} (nothing in {@code remaining} needs it), updating {@code rows} and
     * {@code remaining}. It deletes the row of {@code id}, if it has one, and gives a row to each revision it needed
     * that stays applied and that nothing else applied implies any more: a parent with no applied child left (an
     * applied head, one row each), and a dependency nothing else applied needs (Alembic folds it into its dependant's
     * row). So the rows never lose track of an applied revision, whichever tool wrote them.
     */
    private MigrationStep downgradeStep(String id, Set<String> rows, Set<String> remaining) {
        Revision revision = graph.revision(id);
        remaining.remove(id);
        Set<String> insert = new LinkedHashSet<>();
        for (String needed : graph.prerequisites(id)) {
            if (!remaining.contains(needed) || rows.contains(needed)) {
                continue;
            }
            boolean head = graph.children(needed).stream().noneMatch(remaining::contains);
            boolean parent = revision.parents().contains(needed);
            if (head && (parent || graph.successors(needed).stream().noneMatch(remaining::contains))) {
                insert.add(needed);
            }
        }
        Set<String> delete = rows.contains(id) ? Set.of(id) : Set.of();
        rows.remove(id);
        rows.addAll(insert);
        return new MigrationStep(revision, Direction.DOWNGRADE, delete, insert);
    }

    // --------------------------------------------------------------------------------------------------- stamp

    /**
     * Plans a stamp of the version rows {@code current} to {@code targetText}: the plan an upgrade or a downgrade to
     * it would make, whose steps are then recorded without running anything. A target that lies above the database
     * (or beside it, on another branch) is an upgrade; one the database already has applied is a downgrade to it, so
     * that what lies above it is forgotten. {@code base}, {@code <label>@base} and every {@code -N} form mean what
     * they mean to a downgrade: forget everything, the branch, or the last N revisions.
     */
    public MigrationPlan planStamp(Collection<String> current, String targetText) {
        Target target = Target.parse(targetText);
        if (target.relative() < 0 || (Target.Anchor.BASE.equals(target.anchor()) && target.relative() == 0)) {
            return planDowngrade(current, targetText);
        }
        List<String> positions = resolver.resolve(target, current);
        Set<String> applied = graph.appliedBy(current);
        if (!positions.isEmpty() && applied.containsAll(positions)) {
            return downgradeRemoving(target, current, applied, strictlyAbove(target, positions, applied));
        }
        return upgradeTo(target, current, positions);
    }

    /** The revisions to remove (before closing over dependents). */
    private Set<String> removalSet(Target target, Collection<String> current, Set<String> applied) {
        if (target.relative() > 0 && target.anchor() == null) {
            throw new GraphException.InvalidTarget(target.text(),
                    "a downgrade target must lie below the current revision; use upgrade for " + target.text());
        }
        if (target.label() != null) {
            if (Target.Anchor.BASE.equals(target.anchor())) {
                graph.labelOwner(target.label()).orElseThrow(() -> new GraphException.UnknownRevision(target.text()));
                return new HashSet<>(Set.of(graph.branchStart(target.label())));
            }
            if (target.relative() < 0) {
                return labelDowngradeRemoval(target, current, applied);
            }
            return strictlyAbove(target, resolver.resolve(target, current), applied);
        }
        if (target.anchor() == null) {
            return walkDown(target, resolver.singleCurrent(target, current), -target.relative(), applied, true);
        }
        switch (target.anchor()) {
            case Target.Anchor.BASE:
                if (target.relative() != 0) {
                    throw new GraphException.InvalidTarget(target.text(), "'base' cannot take a relative step");
                }
                return new HashSet<>(applied);
            case Target.Anchor.HEADS:
            case Target.Anchor.HEAD:
                // Down to the head: Alembic's 'heads' are those nothing revises or depends on.
                List<String> heads = Target.Anchor.HEADS.equals(target.anchor()) && target.relative() == 0
                        ? graph.tips(graph.heads()) : graph.heads();
                if (heads.size() > 1) {
                    throw new GraphException.MultipleHeads(target.text(), heads);
                }
                if (heads.isEmpty()) {
                    return new HashSet<>();
                }
                return startRelative(target, heads.get(0), applied, false);
            case Target.Anchor.CURRENT:
                if (target.relative() == 0) {
                    return new HashSet<>();
                }
                return startRelative(target, resolver.singleCurrent(target, current), applied, true);
            default:
                return startRelative(target, graph.resolve(target.anchor()), applied, false);
        }
    }

    private Set<String> startRelative(Target target, String start, Set<String> applied, boolean alongTheWalk) {
        if (target.relative() < 0) {
            return walkDown(target, start, -target.relative(), applied, alongTheWalk);
        }
        String destination = target.relative() == 0 ? start : resolver.walkUp(target, start, target.relative());
        return strictlyAbove(target, List.of(destination), applied);
    }

    /**
     * What downgrading to {@code destinations} removes: the revisions that revise them, and all that descends from
     * those (closed over dependants by the caller). A revision that only depends on a destination stays.
     */
    private Set<String> strictlyAbove(Target target, List<String> destinations, Set<String> applied) {
        return above(target, destinations, applied, null);
    }

    /**
     * {@link #strictlyAbove}, or with {@code along} only the revisions above the destinations on the way down to them
     * from {@code along}: the lines a walk down came by (Alembic's {@code -N}), not every branch off where it landed.
     */
    private Set<String> above(Target target, List<String> destinations, Set<String> applied, String along) {
        for (String destination : destinations) {
            if (!applied.contains(destination)) {
                throw new GraphException.InvalidTarget(target.text(), destination
                        + " is not applied, so the database cannot be downgraded to it; use upgrade to reach it");
            }
        }
        Set<String> path = along == null ? null : graph.ancestorsOrSelf(List.of(along));
        Set<String> roots = new HashSet<>();
        for (String destination : destinations) {
            for (String child : graph.children(destination)) {
                if (path == null || path.contains(child)) {
                    roots.add(child);
                }
            }
        }
        // Keep the destinations and all they need: one destination may lie above another (a merge that also
        // revises an ancestor of its other parent), and removing what lies between would remove it too.
        Set<String> above = graph.descendantsOrSelf(roots);
        above.removeAll(graph.appliedBy(destinations));
        return above;
    }

    /**
     * What a walk of {@code steps} revisions down from {@code start} removes: what lies above where it lands (only
     * on the way it came, when {@code alongTheWalk}), or, when it lands exactly below the bases, the whole lineage of
     * {@code start}.
     */
    private Set<String> walkDown(Target target, String start, int steps, Set<String> applied, boolean alongTheWalk) {
        List<String> landed = resolver.walkDown(target, start, steps);
        if (landed.isEmpty()) {
            return new HashSet<>(graph.ancestorsOrSelf(List.of(start)));
        }
        return above(target, landed, applied, alongTheWalk ? start : null);
    }

    // ------------------------------------------------------------------------------------------------ labels

    /**
     * The revisions {@code label@-N} removes: everything above where the walk down the branch lands, or, when it
     * walks exactly past the branch's first revision, the whole branch and nothing else.
     */
    private Set<String> labelDowngradeRemoval(Target target, Collection<String> current, Set<String> applied) {
        List<String> landed = resolver.resolve(target, current);
        if (landed.size() == 1 && graph.branchMembers(target.label()).contains(landed.get(0))) {
            return strictlyAbove(target, landed, applied);
        }
        return new HashSet<>(Set.of(graph.branchStart(target.label())));
    }

    // ----------------------------------------------------------------------------------------- single steps

    /**
     * A plan that undoes exactly {@code revision}, which must be applied with nothing applied that needs it (what a
     * round-trip check does: upgrade one revision, undo it, compare).
     */
    public MigrationPlan planUndo(Collection<String> current, String revision) {
        Set<String> applied = graph.appliedBy(current);
        if (!applied.contains(revision)) {
            throw new GraphException.InvalidTarget(revision, revision + " is not applied");
        }
        Set<String> needing = graph.descendantsOrSelf(List.of(revision));
        needing.remove(revision);
        needing.retainAll(applied);
        if (!needing.isEmpty()) {
            throw new GraphException.InvalidTarget(revision, "applied revisions need " + revision + ": "
                    + String.join(", ", graph.inInputOrder(needing)));
        }
        Set<String> remaining = new HashSet<>(applied);
        Set<String> rows = new LinkedHashSet<>(current);
        MigrationStep step = downgradeStep(revision, rows, remaining);
        return new MigrationPlan(Direction.DOWNGRADE, revision, List.copyOf(current), graph.inInputOrder(rows),
                List.of(step));
    }
}
