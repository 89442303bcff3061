package dev.migrate.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that hold for every plan, whatever the target: the step order respects the graph, the row changes replay,
 * the rows never lose track of an applied revision, and rows that were one per applied head (migrate's own) stay so.
 * Rows as Alembic writes them (a dependency implied by its dependant, a row below another) are accepted as a start;
 * then every row a step adds is an applied head. Every planner test goes through {@link #upgrade} or
 * {@link #downgrade} (or {@link #check}), so that no plan is asserted on its step list alone.
 *
 * <p>The oracle below uses only the public graph API ({@code parents}, {@code dependencies}, {@code children}) and
 * computes closures itself, so it does not trust the planner's own helpers.
 */
final class PlanInvariants {

    private PlanInvariants() {
    }

    /** Plans an upgrade of {@code rows} to {@code target} and checks it. */
    static MigrationPlan upgrade(RevisionGraph graph, Collection<String> rows, String target) {
        return plan(graph, rows, Direction.UPGRADE, target);
    }

    /** Plans a downgrade of {@code rows} to {@code target} and checks it. */
    static MigrationPlan downgrade(RevisionGraph graph, Collection<String> rows, String target) {
        return plan(graph, rows, Direction.DOWNGRADE, target);
    }

    /** Plans a move of {@code rows} to {@code target} in {@code direction} and checks it. */
    static MigrationPlan plan(RevisionGraph graph, Collection<String> rows, Direction direction, String target) {
        MigrationPlanner planner = new MigrationPlanner(graph);
        return check(graph, rows, direction == Direction.UPGRADE
                ? planner.planUpgrade(rows, target) : planner.planDowngrade(rows, target));
    }

    /** Checks invariants (a) to (d) on {@code plan}, made from the version rows {@code rows}; returns the plan. */
    static MigrationPlan check(RevisionGraph graph, Collection<String> rows, MigrationPlan plan) {
        boolean upgrade = plan.direction() == Direction.UPGRADE;
        List<String> ids = plan.steps().stream().map(MigrationStep::id).toList();
        assertThat(plan.headsBefore()).as("heads before").isEqualTo(List.copyOf(rows));
        assertThat(new HashSet<>(ids)).as("each revision runs once: %s", ids).hasSize(ids.size());
        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.direction()).isEqualTo(plan.direction()));

        Set<String> appliedBefore = applied(graph, rows);
        assertThat(new HashSet<>(rows)).as("rows before the plan, once each").hasSize(rows.size());
        boolean oneRowPerHead = new HashSet<>(rows).equals(new HashSet<>(appliedHeads(graph, appliedBefore)));
        assertPartialOrder(graph, plan, ids, appliedBefore);

        // (b) replay the row changes step by step; (c) after every step the rows imply exactly what is applied, and
        // they are the applied heads if they were before.
        Set<String> replayed = new LinkedHashSet<>(rows);
        Set<String> appliedNow = new HashSet<>(appliedBefore);
        for (MigrationStep step : plan.steps()) {
            String id = step.id();
            Set<String> parents = Set.copyOf(step.revision().parents());
            if (upgrade) {
                assertThat(appliedNow.contains(id)).as("%s is not applied yet", id).isFalse();
                assertThat(step.rowsToInsert()).as("upgrade %s inserts its own row", id).containsExactly(id);
                assertThat(parents).as("upgrade %s deletes only parent rows", id).containsAll(step.rowsToDelete());
                appliedNow.add(id);
            } else {
                assertThat(appliedNow.contains(id)).as("%s is applied", id).isTrue();
                assertThat(step.rowsToDelete()).as("downgrade %s deletes its own row, if it has one", id)
                        .isEqualTo(replayed.contains(id) ? Set.of(id) : Set.of());
                assertThat(needs(graph, id)).as("downgrade %s restores only what it needed", id)
                        .containsAll(step.rowsToInsert());
                appliedNow.remove(id);
            }
            for (String row : step.rowsToDelete()) {
                assertThat(replayed.remove(row)).as("step %s deletes existing row %s", id, row).isTrue();
            }
            for (String row : step.rowsToInsert()) {
                assertThat(replayed.add(row)).as("step %s inserts new row %s", id, row).isTrue();
            }
            // Only the step's revision and what it needs can change whether they are heads or implied: check those.
            for (String touched : touched(graph, step)) {
                boolean head = appliedNow.contains(touched)
                        && graph.children(touched).stream().noneMatch(appliedNow::contains);
                if (oneRowPerHead) {
                    assertThat(replayed.contains(touched)).as("after step %s, %s has a row iff it is an applied head",
                            id, touched).isEqualTo(head);
                } else if (step.rowsToInsert().contains(touched)) {
                    assertThat(head).as("after step %s, the new row %s is an applied head", id, touched).isTrue();
                }
                if (appliedNow.contains(touched)) {
                    assertThat(replayed.contains(touched) || neededBy(graph, touched).stream()
                            .anyMatch(appliedNow::contains))
                            .as("after step %s, applied %s has a row or an applied revision that needs it", id, touched)
                            .isTrue();
                } else {
                    assertThat(replayed.contains(touched)).as("after step %s, %s is not applied and has no row",
                            id, touched).isFalse();
                }
            }
        }
        if (oneRowPerHead) {
            assertRowsAreHeads(graph, appliedNow, replayed, "rows after the plan");
        }
        assertThat(plan.headsAfter()).as("heads after: replayed rows, in input order")
                .isEqualTo(graph.inInputOrder(replayed));

        // (d) what the rows apply afterwards is what was applied, plus or minus the plan's revisions.
        Set<String> expected = new HashSet<>(appliedBefore);
        if (upgrade) {
            expected.addAll(ids);
        } else {
            expected.removeAll(ids);
        }
        assertThat(applied(graph, plan.headsAfter())).as("applied after").isEqualTo(expected);
        assertThat(graph.appliedBy(plan.headsAfter())).as("appliedBy(heads after)").isEqualTo(expected);
        return plan;
    }

    /**
     * (a) An upgrade runs each revision after its parents and dependencies, all of which end up applied; a
     * downgrade runs each revision before everything applied that needs it, and leaves nothing applied that needs
     * a removed revision.
     */
    private static void assertPartialOrder(RevisionGraph graph, MigrationPlan plan, List<String> ids,
                                           Set<String> appliedBefore) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        for (String id : ids) {
            for (String needed : needs(graph, id)) {
                Integer at = index.get(needed);
                if (plan.direction() == Direction.UPGRADE) {
                    assertThat(at != null || appliedBefore.contains(needed))
                            .as("%s needs %s, which is neither applied nor upgraded", id, needed).isTrue();
                    assertThat(at == null || at < index.get(id))
                            .as("upgrade runs %s before %s, which needs it: %s", needed, id, ids).isTrue();
                } else {
                    assertThat(at == null || at > index.get(id))
                            .as("downgrade removes %s before %s, which needs it: %s", needed, id, ids).isTrue();
                }
            }
            if (plan.direction() == Direction.DOWNGRADE) {
                for (String user : neededBy(graph, id)) {
                    assertThat(!appliedBefore.contains(user) || index.containsKey(user))
                            .as("downgrade of %s leaves %s applied, which needs it", id, user).isTrue();
                }
            }
        }
    }

    private static Set<String> touched(RevisionGraph graph, MigrationStep step) {
        Set<String> touched = new LinkedHashSet<>(needs(graph, step.id()));
        touched.add(step.id());
        return touched;
    }

    /** (c) The rows are exactly the applied revisions without an applied child: one row per applied head. */
    static void assertRowsAreHeads(RevisionGraph graph, Set<String> applied, Collection<String> rows, String what) {
        assertThat(new HashSet<>(rows)).as(what).hasSize(rows.size())
                .isEqualTo(new HashSet<>(appliedHeads(graph, applied)));
    }

    /** The applied revisions no applied revision revises. */
    static List<String> appliedHeads(RevisionGraph graph, Set<String> applied) {
        List<String> heads = new ArrayList<>();
        for (String id : graph.inInputOrder(applied)) {
            if (graph.children(id).stream().noneMatch(applied::contains)) {
                heads.add(id);
            }
        }
        return heads;
    }

    /** What {@code rows} apply: the rows and, transitively, their parents and dependencies. */
    static Set<String> applied(RevisionGraph graph, Collection<String> rows) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(rows);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (seen.add(id)) {
                todo.addAll(needs(graph, id));
            }
        }
        return seen;
    }

    /** The parents and resolved dependencies of {@code id}. */
    static List<String> needs(RevisionGraph graph, String id) {
        List<String> needs = new ArrayList<>(graph.revision(id).parents());
        needs.addAll(graph.dependencies(id));
        return needs;
    }

    /** The children and dependents of {@code id}. */
    static List<String> neededBy(RevisionGraph graph, String id) {
        List<String> users = new ArrayList<>(graph.children(id));
        users.addAll(graph.dependents(id));
        return users;
    }
}
