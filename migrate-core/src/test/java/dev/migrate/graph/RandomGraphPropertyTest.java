package dev.migrate.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random graphs and random database states, planned in every direction: whatever the planner answers must pass
 * {@link PlanInvariants}, and whatever it refuses must be refused with a {@link GraphException}. Each graph is one
 * dynamic test named by its seed, so a failure can be replayed alone.
 */
class RandomGraphPropertyTest {

    private static final long SEED = 20_240_611L;
    private static final int GRAPHS = 200;
    private static final int MAX_SIZE = 30;
    private static final int STATES_PER_GRAPH = 4;

    @TestFactory
    Stream<DynamicTest> plansOnRandomGraphsKeepTheInvariants() {
        return IntStream.range(0, GRAPHS).mapToObj(n -> DynamicTest.dynamicTest("graph seed " + (SEED + n),
                () -> checkGraph(new Random(SEED + n))));
    }

    @TestFactory
    Stream<DynamicTest> aDependencyOnADescendantIsReportedAsARealCycle() {
        return IntStream.range(0, GRAPHS / 4).mapToObj(n -> DynamicTest.dynamicTest("cycle seed " + (SEED + n),
                () -> checkCycle(new Random(SEED + n))));
    }

    private static void checkGraph(Random random) {
        List<Revision> revisions = randomDag(random, 1 + random.nextInt(MAX_SIZE));
        RevisionGraph graph = RevisionGraph.build(revisions);
        RevisionGraphTest.assertTopological(graph);
        List<String> childless =
                revisions.stream().map(Revision::id).filter(id -> graph.children(id).isEmpty()).toList();
        assertThat(graph.heads()).containsExactlyElementsOf(graph.inInputOrder(childless));
        assertThat(graph.bases()).containsExactlyElementsOf(
                revisions.stream().filter(Revision::isBase).map(Revision::id).toList());

        List<String> ids = revisions.stream().map(Revision::id).toList();
        List<String> labels = new ArrayList<>(graph.branchLabels().keySet());
        for (int s = 0; s < STATES_PER_GRAPH; s++) {
            Set<String> applied = randomAppliedSet(random, graph, ids);
            List<String> rows = PlanInvariants.appliedHeads(graph, applied);

            MigrationPlan all = PlanInvariants.upgrade(graph, rows, "heads");
            assertThat(all.headsAfter()).containsExactlyElementsOf(graph.heads());
            assertThat(PlanInvariants.downgrade(graph, rows, "base").headsAfter()).isEmpty();
            assertThat(PlanInvariants.downgrade(graph, all.headsAfter(), "base").steps()).hasSize(graph.size());

            String some = ids.get(random.nextInt(ids.size()));
            if (applied.contains(some)) {
                downgradeToApplied(graph, rows, some);
                upgradeToApplied(graph, rows, some);
            } else {
                upgradeToUnapplied(graph, rows, applied, some);
            }
            for (String label : labels) {
                checkBranch(graph, rows, label);
            }
            if (rows.size() == 1) {
                stepDownFromTheOnlyRow(graph, rows.get(0));
            }
            for (String target : randomTargets(random, ids, labels)) {
                planOrRefuse(graph, rows, target);
            }
            RevisionRangeTest.assertChildrenFirst(graph, applied, graph.newestFirst(applied));
            checkRange(graph, rows, ids.get(random.nextInt(ids.size())), ids.get(random.nextInt(ids.size())));
        }
    }

    /**
     * {@code lower:upper} holds exactly the revisions with {@code lower} among their ancestors-or-self and
     * {@code upper} among their descendants-or-self (parents only), or is refused when there are none.
     */
    private static void checkRange(RevisionGraph graph, List<String> rows, String lower, String upper) {
        Set<String> expected = new HashSet<>();
        for (Revision revision : graph.revisions()) {
            String id = revision.id();
            if (graph.ancestorsOrSelf(List.of(id)).contains(lower) && graph.ancestorsOrSelf(List.of(upper)).contains(id)) {
                expected.add(id);
            }
        }
        RevisionRange range = RevisionRange.parse(lower + ":" + upper);
        if (expected.isEmpty()) {
            assertThatThrownBy(() -> range.select(graph, rows)).isInstanceOf(GraphException.InvalidTarget.class);
        } else {
            Set<String> selected = range.select(graph, rows);
            assertThat(selected).isEqualTo(expected);
            RevisionRangeTest.assertChildrenFirst(graph, selected, graph.newestFirst(selected));
        }
    }

    /**
     * Downgrading to an applied revision keeps it, removes what revises it and all that descends from or depends on
     * those, and keeps everything else, what merely depends on the target included.
     */
    private static void downgradeToApplied(RevisionGraph graph, List<String> rows, String target) {
        MigrationPlan plan = PlanInvariants.downgrade(graph, rows, target);
        Set<String> after = graph.appliedBy(plan.headsAfter());
        Set<String> expected = graph.appliedBy(rows);
        expected.removeAll(graph.descendantsOrSelf(graph.children(target)));
        assertThat(after).as("downgrade to %s", target).contains(target).isEqualTo(expected);
        // and upgrading to every head from there brings everything back
        assertThat(PlanInvariants.upgrade(graph, plan.headsAfter(), "heads").headsAfter())
                .containsExactlyElementsOf(graph.heads());
    }

    /** Upgrading to an applied revision does nothing when it has a row, and is refused when it lies below one. */
    private static void upgradeToApplied(RevisionGraph graph, List<String> rows, String target) {
        if (rows.contains(target)) {
            assertThat(PlanInvariants.upgrade(graph, rows, target).steps()).isEmpty();
        } else {
            assertThatThrownBy(() -> new MigrationPlanner(graph).planUpgrade(rows, target))
                    .isInstanceOf(GraphException.InvalidTarget.class);
        }
    }

    /** Upgrading to a revision not applied yet runs exactly what it needs and is missing. */
    private static void upgradeToUnapplied(RevisionGraph graph, List<String> rows, Set<String> applied, String target) {
        MigrationPlan plan = PlanInvariants.upgrade(graph, rows, target);
        Set<String> missing = PlanInvariants.applied(graph, List.of(target));
        missing.removeAll(applied);
        assertThat(plan.steps()).extracting(MigrationStep::id).containsExactlyInAnyOrderElementsOf(missing);
        assertThat(plan.headsAfter()).contains(target);
    }

    /**
     * {@code label@base} removes the branch and what depends on it, and nothing else; {@code label@head} reaches the
     * branch's head when it has only one and is refused with the heads otherwise.
     */
    private static void checkBranch(RevisionGraph graph, List<String> rows, String label) {
        Set<String> members = graph.branchMembers(label);
        MigrationPlan removal = PlanInvariants.downgrade(graph, rows, label + "@base");
        assertThat(Collections.disjoint(graph.appliedBy(removal.headsAfter()), members)).isTrue();
        assertThat(graph.descendantsOrSelf(members)).containsAll(
                removal.steps().stream().map(MigrationStep::id).toList());

        List<String> branchHeads = graph.heads().stream().filter(members::contains).toList();
        if (branchHeads.size() == 1) {
            assertThat(PlanInvariants.upgrade(graph, rows, label + "@head").headsAfter()).contains(branchHeads.get(0));
        } else {
            assertThatThrownBy(() -> new MigrationPlanner(graph).planUpgrade(rows, label + "@head"))
                    .isInstanceOfSatisfying(GraphException.MultipleHeads.class,
                            e -> assertThat(e.heads()).containsExactlyElementsOf(branchHeads));
        }
    }

    /** With one row, {@code -1} always works: the row goes and its parents stay. */
    private static void stepDownFromTheOnlyRow(RevisionGraph graph, String row) {
        MigrationPlan plan = PlanInvariants.downgrade(graph, List.of(row), "-1");
        Set<String> after = graph.appliedBy(plan.headsAfter());
        assertThat(after).doesNotContain(row).containsAll(graph.revision(row).parents());
    }

    /** Any target in either direction, and as a stamp: a plan that keeps the invariants, or a graph exception. */
    private static void planOrRefuse(RevisionGraph graph, List<String> rows, String target) {
        MigrationPlanner planner = new MigrationPlanner(graph);
        for (Direction direction : new Direction[] {Direction.UPGRADE, Direction.DOWNGRADE, null}) {
            MigrationPlan plan;
            try {
                plan = direction == Direction.UPGRADE ? planner.planUpgrade(rows, target)
                        : direction == Direction.DOWNGRADE ? planner.planDowngrade(rows, target)
                        : planner.planStamp(rows, target);
            } catch (GraphException refused) {
                continue;
            }
            PlanInvariants.check(graph, rows, plan);
        }
    }

    private static List<String> randomTargets(Random random, List<String> ids, List<String> labels) {
        List<String> targets = new ArrayList<>(List.of("head", "heads", "base", "current", "+1", "+2", "-1", "-2",
                "current+1", "current-1", "head-1", "base+1"));
        String id = ids.get(random.nextInt(ids.size()));
        targets.addAll(List.of(id, id + "+1", id + "-1", id + "-2"));
        if (!labels.isEmpty()) {
            String label = labels.get(random.nextInt(labels.size()));
            targets.addAll(List.of(label, label + "@head", label + "@base", label + "@+1", label + "@+2",
                    label + "@-1", label + "@-2", label + "@" + id));
        }
        return targets;
    }

    /** A random subset closed under "needs": what some real database could have applied. */
    private static Set<String> randomAppliedSet(Random random, RevisionGraph graph, List<String> ids) {
        double density = random.nextDouble();
        List<String> picked = new ArrayList<>();
        for (String id : ids) {
            if (random.nextDouble() < density * 0.3) {
                picked.add(id);
            }
        }
        return PlanInvariants.applied(graph, picked);
    }

    /**
     * A random DAG of {@code size} revisions {@code r0..}: each revises earlier revisions (mostly the one just
     * before, sometimes any, sometimes two for a merge, sometimes none for a new base), a few carry a branch label,
     * and a few depend on an earlier revision by id or by label. The input order is shuffled half the time.
     */
    static List<Revision> randomDag(Random random, int size) {
        List<Revision> revisions = new ArrayList<>(size);
        List<String> labelOf = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Set<String> parents = new LinkedHashSet<>();
            if (i > 0 && random.nextDouble() > 0.1) {
                parents.add("r" + (random.nextDouble() < 0.6 ? i - 1 : random.nextInt(i)));
                if (random.nextDouble() < 0.15) {
                    parents.add("r" + random.nextInt(i));
                }
            }
            String label = random.nextDouble() < 0.15 ? "L" + i : null;
            labelOf.add(label);
            List<String> dependsOn = new ArrayList<>();
            if (i > 1 && random.nextDouble() < 0.2) {
                int j = random.nextInt(i);
                if (!parents.contains("r" + j)) {
                    dependsOn.add(labelOf.get(j) != null && random.nextBoolean() ? labelOf.get(j) : "r" + j);
                }
            }
            revisions.add(new Revision("r" + i, List.copyOf(parents), label == null ? Set.of() : Set.of(label),
                    dependsOn));
        }
        if (random.nextBoolean()) {
            Collections.shuffle(revisions, random);
        }
        return revisions;
    }

    /** Adds to a random DAG a dependency from a revision on one of its own descendants (or itself). */
    private static void checkCycle(Random random) {
        List<Revision> revisions = new ArrayList<>(randomDag(random, 2 + random.nextInt(MAX_SIZE - 1)));
        RevisionGraph graph = RevisionGraph.build(revisions);
        int at = random.nextInt(revisions.size());
        Revision victim = revisions.get(at);
        List<String> above = new ArrayList<>(new HashSet<>(graph.descendantsOrSelf(List.of(victim.id()))));
        Collections.sort(above);
        String descendant = above.get(random.nextInt(above.size()));
        List<String> dependsOn = new ArrayList<>(victim.dependsOn());
        dependsOn.add(descendant);
        revisions.set(at, new Revision(victim.id(), victim.parents(), victim.branchLabels(), dependsOn));

        assertThatThrownBy(() -> RevisionGraph.build(revisions))
                .isInstanceOfSatisfying(GraphException.CycleDetected.class,
                        e -> RevisionGraphTest.assertIsCycle(revisions, e.cycle()));
    }
}
