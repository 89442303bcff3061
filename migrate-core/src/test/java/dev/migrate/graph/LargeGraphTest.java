package dev.migrate.graph;

import static dev.migrate.graph.Fixture.dependsOn;
import static dev.migrate.graph.Fixture.labelled;
import static dev.migrate.graph.Fixture.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand revisions: nothing here is timed, but each scenario runs on a thread with a small stack, where any
 * recursive walk over these depths would overflow, so this guards that every traversal stays iterative.
 */
class LargeGraphTest {

    private static final long SMALL_STACK = 256 * 1024;

    private static final int SIZE = 10_000;
    private static final int BLOCKS = 40;
    private static final int MAIN_PER_BLOCK = 209;
    private static final int SIDE_PER_BLOCK = 40;
    private static final int FORK_AT = 50;

    /**
     * {@value #BLOCKS} blocks of 250 revisions {@code r00000..}: a main chain of {@value #MAIN_PER_BLOCK}, a side
     * branch of {@value #SIDE_PER_BLOCK} forked off its {@value #FORK_AT}th revision (labelled {@code sideN}, and
     * depending on the previous block's label), and a merge of both. The last block ends in a main revision
     * {@code zfinal} instead of a merge, which leaves two heads.
     */
    static List<Revision> blocks() {
        List<Revision> revisions = new ArrayList<>(SIZE);
        String tip = null;
        for (int block = 0; block < BLOCKS; block++) {
            String fork = null;
            for (int i = 0; i < MAIN_PER_BLOCK; i++) {
                String id = id(revisions.size());
                revisions.add(tip == null ? rev(id) : rev(id, tip));
                tip = id;
                if (i == FORK_AT) {
                    fork = id;
                }
            }
            String side = fork;
            for (int i = 0; i < SIDE_PER_BLOCK; i++) {
                String id = id(revisions.size());
                Revision revision = rev(id, side);
                if (i == 0) {
                    revision = labelled(revision, "side" + block);
                    if (block > 0) {
                        revision = dependsOn(revision, "side" + (block - 1));
                    }
                }
                revisions.add(revision);
                side = id;
            }
            boolean last = block == BLOCKS - 1;
            String id = last ? "zfinal" : id(revisions.size());
            revisions.add(last ? rev(id, tip) : rev(id, tip, side));
            tip = id;
        }
        return revisions;
    }

    private static String id(int n) {
        return String.format("r%05d", n);
    }

    @Test
    void aLargeGraphWithBranchesBuildsResolvesAndPlans() throws Throwable {
        onSmallStack(LargeGraphTest::largeGraphWithBranches);
    }

    @Test
    void aLongChainOfDependenciesPlansWithOneRowPerRevision() throws Throwable {
        onSmallStack(LargeGraphTest::longChainOfDependencies);
    }

    @Test
    void aLongCycleIsFoundAndReportedWhole() throws Throwable {
        onSmallStack(LargeGraphTest::longCycle);
    }

    private static void largeGraphWithBranches() {
        List<Revision> revisions = blocks();
        RevisionGraph graph = RevisionGraph.build(revisions);

        assertThat(graph.size()).isEqualTo(SIZE);
        assertThat(graph.heads()).containsExactly(id(SIZE - 2), "zfinal");
        assertThat(graph.bases()).containsExactly("r00000");
        assertThat(graph.branchPoints()).hasSize(BLOCKS);
        assertThat(graph.resolve("zf")).isEqualTo("zfinal");
        assertThat(graph.resolve("side7")).isEqualTo(id(7 * 250 + MAIN_PER_BLOCK));
        assertThat(graph.resolve("r04321")).isEqualTo("r04321");
        assertThatThrownBy(() -> graph.resolve("r0123"))
                .isInstanceOfSatisfying(GraphException.AmbiguousRevision.class,
                        e -> assertThat(e.candidates()).hasSize(10));
        assertThat(graph.topologicalOrder()).hasSize(SIZE);
        assertThat(graph.appliedBy(graph.heads())).hasSize(SIZE);
        assertThat(graph.descendantsOrSelf(graph.bases())).hasSize(SIZE);

        MigrationPlan up = PlanInvariants.upgrade(graph, List.of(), "heads");
        assertThat(up.steps()).hasSize(SIZE);
        assertThat(up.headsAfter()).isEqualTo(graph.heads());
        assertThat(PlanInvariants.downgrade(graph, up.headsAfter(), "base").steps()).hasSize(SIZE);
        // the first side branch reaches, through its merge, everything after it: only block 0's main chain stays
        assertThat(PlanInvariants.downgrade(graph, up.headsAfter(), "side0@base").headsAfter())
                .containsExactly(id(MAIN_PER_BLOCK - 1));
    }

    private static void longChainOfDependencies() {
        List<Revision> revisions = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            revisions.add(i == 0 ? rev(id(i)) : dependsOn(rev(id(i)), id(i - 1)));
        }
        RevisionGraph graph = RevisionGraph.build(revisions);

        MigrationPlan up = PlanInvariants.upgrade(graph, List.of(), id(SIZE - 1));
        assertThat(up.headsAfter()).hasSize(SIZE);
        assertThat(PlanInvariants.downgrade(graph, up.headsAfter(), "r00000-1").headsAfter()).isEmpty();
    }

    private static void longCycle() {
        List<Revision> revisions = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            revisions.add(rev(id(i), id((i + SIZE - 1) % SIZE)));
        }

        assertThatThrownBy(() -> RevisionGraph.build(revisions))
                .isInstanceOfSatisfying(GraphException.CycleDetected.class, e -> {
                    assertThat(e.cycle()).hasSize(SIZE + 1);
                    RevisionGraphTest.assertIsCycle(revisions, e.cycle());
                });
    }

    private static void onSmallStack(Runnable scenario) throws Throwable {
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                scenario.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "small-stack", SMALL_STACK);
        thread.start();
        thread.join();
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
