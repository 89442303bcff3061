package dev.migrate.graph;

import static dev.migrate.graph.Fixture.DEPENDENCIES;
import static dev.migrate.graph.Fixture.DIAMOND;
import static dev.migrate.graph.Fixture.HASHES;
import static dev.migrate.graph.Fixture.IMPLIED_DEPENDENCY;
import static dev.migrate.graph.Fixture.KEPT_DEPENDANT;
import static dev.migrate.graph.Fixture.LABEL_ABOVE_A_DEPENDENCY;
import static dev.migrate.graph.Fixture.LABEL_AFTER_BRANCH_POINT;
import static dev.migrate.graph.Fixture.LABEL_ON_A_LINE;
import static dev.migrate.graph.Fixture.LABEL_ON_BASE;
import static dev.migrate.graph.Fixture.MERGE_WITH_DEPENDENCY;
import static dev.migrate.graph.Fixture.LABELLED;
import static dev.migrate.graph.Fixture.LINEAR;
import static dev.migrate.graph.Fixture.MULTIPLE_BASES;
import static dev.migrate.graph.Fixture.SHORTCUT_MERGE;
import static dev.migrate.graph.Fixture.TWO_HEADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner as tables: each row names a fixture, the version rows before, the target, the steps expected in order
 * and the version rows expected after. Lists are written as space-separated ids; every plan is also run through
 * {@link PlanInvariants}.
 */
class MigrationPlannerTest {

    /** One planned move: {@code steps} and {@code after} are space-separated ids, empty for none. */
    record Row(Direction direction, Fixture fixture, String rows, String target, String steps, String after) {
        @Override
        public String toString() {
            return direction.word() + " " + fixture + " [" + rows + "] " + target + " -> " + steps
                    + " => [" + after + "]";
        }
    }

    /** One refused move: the exception type and a fragment of its data (see {@link #data}). */
    record Refusal(Direction direction, Fixture fixture, String rows, String target,
                   Class<? extends GraphException> type, String detail) {
        @Override
        public String toString() {
            return direction.word() + " " + fixture + " [" + rows + "] " + target + " -> " + type.getSimpleName()
                    + " " + detail;
        }
    }

    static Row up(Fixture fixture, String rows, String target, String steps, String after) {
        return new Row(Direction.UPGRADE, fixture, rows, target, steps, after);
    }

    static Row down(Fixture fixture, String rows, String target, String steps, String after) {
        return new Row(Direction.DOWNGRADE, fixture, rows, target, steps, after);
    }

    static Refusal refuseUp(Fixture fixture, String rows, String target, Class<? extends GraphException> type,
                            String detail) {
        return new Refusal(Direction.UPGRADE, fixture, rows, target, type, detail);
    }

    static Refusal refuseDown(Fixture fixture, String rows, String target, Class<? extends GraphException> type,
                              String detail) {
        return new Refusal(Direction.DOWNGRADE, fixture, rows, target, type, detail);
    }

    static Stream<Row> upgrades() {
        return Stream.of(
                // head, heads, a revision, current, base
                up(LINEAR, "", "head", "a b c d", "d"),
                up(LINEAR, "b", "head", "c d", "d"),
                up(LINEAR, "", "heads", "a b c d", "d"),
                up(LINEAR, "", "c", "a b c", "c"),
                up(LINEAR, "b", "b", "", "b"),
                up(LINEAR, "d", "head", "", "d"),
                up(LINEAR, "c", "current", "", "c"),
                up(LINEAR, "c", "base", "", "c"),
                up(LINEAR, "", "base", "", ""),
                up(LINEAR, "", "current", "", ""),
                // a unique prefix; an exact id wins over the longer ids it prefixes
                up(HASHES, "", "ae10b", "1975ea83b712 ae1027a6acf ae10b4c2d7e1", "ae10b4c2d7e1"),
                up(HASHES, "27c6a30d7c24", "ae10", "ae10", "ae10"),
                up(HASHES, "", "reports", "1975ea83b712 ae1027a6acf ae10b4c2d7e1", "ae10b4c2d7e1"),
                // relative steps: from base (nothing applied), from current, from a named revision
                up(LINEAR, "", "+1", "a", "a"),
                up(LINEAR, "", "+2", "a b", "b"),
                up(LINEAR, "b", "+1", "c", "c"),
                up(LINEAR, "b", "+2", "c d", "d"),
                up(LINEAR, "", "base+2", "a b", "b"),
                up(LINEAR, "b", "current+1", "c", "c"),
                up(LINEAR, "a", "a+2", "b c", "c"),
                up(LINEAR, "", "b+1", "a b c", "c"),
                up(DIAMOND, "b c", "current", "", "b c"),
                // branches: one branch moves, the other branch's row stays
                up(DIAMOND, "", "head", "a b c d", "d"),
                up(DIAMOND, "a", "b", "b", "b"),
                up(DIAMOND, "b", "c", "c", "b c"),
                up(TWO_HEADS, "c", "d", "d", "c d"),
                up(TWO_HEADS, "", "heads", "a b c d", "c d"),
                up(TWO_HEADS, "c", "heads", "d", "c d"),
                up(TWO_HEADS, "", "c", "a b c", "c"),
                up(MULTIPLE_BASES, "b", "y", "x y", "b y"),
                // a merge collapses the rows of its parents into one
                up(DIAMOND, "b c", "d", "d", "d"),
                up(DIAMOND, "b", "head", "c d", "d"),
                up(MULTIPLE_BASES, "b y", "m", "m", "m"),
                up(MULTIPLE_BASES, "", "head", "a b x y m", "m"),
                up(MULTIPLE_BASES, "", "heads", "a b x y m", "m"),
                up(SHORTCUT_MERGE, "b", "e", "c d e", "e"),
                // branch labels: label@head, label@+N with and without applied revisions, bare label, label@rev
                up(LABELLED, "", "accounts@head", "t1 t2 ac1 ac2", "ac2"),
                up(LABELLED, "ac2", "billing@head", "bi1 bi2 bi3", "ac2 bi3"),
                up(LABELLED, "ac2 bi1", "billing@+1", "bi2", "ac2 bi2"),
                up(LABELLED, "ac1 bi1", "accounts@+1", "ac2", "ac2 bi1"),
                up(LABELLED, "t2", "billing@+1", "bi1", "bi1"),
                // label@+N walks up the label's line from where the database is on it, from below the bases here
                up(LABELLED, "", "billing@+1", "t1", "t1"),
                up(LABELLED, "", "billing@+3", "t1 t2 bi1", "bi1"),
                up(LABELLED, "ac2", "billing@+2", "bi1 bi2", "ac2 bi2"),
                up(LABELLED, "", "billing", "t1 t2 bi1", "bi1"),
                up(LABELLED, "ac2", "billing@bi2", "bi1 bi2", "ac2 bi2"),
                up(LABELLED, "ac2 bi3", "heads", "", "ac2 bi3"),
                up(LABELLED, "ac2 bi3", "billing@head", "", "ac2 bi3"),
                // depends_on pulls in the dependency, which keeps its own row
                up(DEPENDENCIES, "", "bi2", "bi1 ac1 bi2", "ac1 bi2"),
                up(DEPENDENCIES, "ac1", "bi3", "bi1 bi2 ac2 bi3", "ac2 bi3"),
                up(DEPENDENCIES, "ac2", "billing@head", "bi1 bi2 bi3", "ac2 bi3"),
                up(DEPENDENCIES, "", "audit", "bi1 au1", "bi1 au1"),
                up(DEPENDENCIES, "", "heads", "ac1 ac2 bi1 bi2 bi3 au1", "ac2 bi3 au1"),
                // Alembic parity (issue 13): label@base lies below the branch, like base: nothing to upgrade
                up(LABEL_ON_BASE, "", "a@base", "", ""),
                up(LABEL_ON_BASE, "r2", "a@base", "", "r2"),
                up(LABEL_ON_BASE, "", "a@+1", "r0", "r0"),
                // label@+N walks up the label's line, from below the bases when nothing on it is applied
                up(LABEL_ON_A_LINE, "", "a@+1", "r0", "r0"),
                up(LABEL_ON_A_LINE, "r1", "a@+2", "r2 r3", "r3"),
                up(LABEL_AFTER_BRANCH_POINT, "", "a@+1", "r0", "r0"),
                up(LABEL_AFTER_BRANCH_POINT, "", "a@+2", "r0 r2", "r2"),
                up(LABEL_AFTER_BRANCH_POINT, "r1", "a@+1", "r2", "r1 r2"),
                // rows as Alembic writes them: r1 has none while r2 or r3 implies it; it is applied all the same
                up(IMPLIED_DEPENDENCY, "r2", "r1", "", "r2"),
                up(IMPLIED_DEPENDENCY, "r2", "heads", "r3", "r2 r3"),
                up(IMPLIED_DEPENDENCY, "r2 r3", "heads", "", "r2 r3"),
                up(IMPLIED_DEPENDENCY, "r3", "r2", "r2", "r2 r3"),
                // Alembic 1.8 fails in its version-row bookkeeping here (a documented difference)
                up(MERGE_WITH_DEPENDENCY, "", "heads", "a b c m", "m"),
                up(MERGE_WITH_DEPENDENCY, "b", "m", "c m", "m"));
    }

    static Stream<Refusal> refusedUpgrades() {
        return Stream.of(
                refuseUp(TWO_HEADS, "", "head", GraphException.MultipleHeads.class, "heads=[c, d]"),
                refuseUp(LABELLED, "ac2", "head", GraphException.MultipleHeads.class, "heads=[ac2, bi3]"),
                refuseUp(LABELLED, "ac2 bi3", "+1", GraphException.MultipleHeads.class, "heads=[ac2, bi3]"),
                refuseUp(LINEAR, "c", "+2", GraphException.InvalidTarget.class, "there are only 1 revision(s) above c"),
                refuseUp(LINEAR, "", "+5", GraphException.InvalidTarget.class, "only 4 revision(s) above base"),
                refuseUp(LINEAR, "d", "head+1", GraphException.InvalidTarget.class, "only 0 revision(s) above d"),
                refuseUp(TWO_HEADS, "b", "+1", GraphException.InvalidTarget.class, "several revisions above it (c, d)"),
                refuseUp(TWO_HEADS, "a", "+2", GraphException.InvalidTarget.class, "several revisions above it (c, d)"),
                refuseUp(MULTIPLE_BASES, "", "+1", GraphException.InvalidTarget.class, "(a, x)"),
                refuseUp(LINEAR, "c", "-1", GraphException.InvalidTarget.class, "use downgrade"),
                refuseUp(LINEAR, "c", "b-1", GraphException.InvalidTarget.class, "use downgrade"),
                refuseUp(LABELLED, "ac2 bi3", "billing@-1", GraphException.InvalidTarget.class, "use downgrade"),
                refuseUp(LINEAR, "c", "b", GraphException.InvalidTarget.class, "b is already applied"),
                refuseUp(DIAMOND, "d", "b", GraphException.InvalidTarget.class, "b is already applied"),
                refuseUp(LINEAR, "", "heads+1", GraphException.InvalidTarget.class, "argument=heads+1"),
                refuseUp(LINEAR, "", "current+1", GraphException.InvalidTarget.class, "no current revision"),
                refuseUp(LABELLED, "ac2", "accounts@bi2", GraphException.InvalidTarget.class, "not on branch"),
                refuseUp(LABELLED, "", "payroll@head", GraphException.UnknownRevision.class,
                        "argument=payroll@head"),
                refuseUp(LINEAR, "", "zz", GraphException.UnknownRevision.class, "argument=zz"),
                refuseUp(LINEAR, "b zz", "head", GraphException.UnknownRevision.class, "argument=zz"),
                refuseUp(HASHES, "", "ae1", GraphException.AmbiguousRevision.class,
                        "candidates=[ae1027a6acf, ae10b4c2d7e1, ae10]"),
                refuseUp(LINEAR, "", "c@@", GraphException.InvalidTarget.class, "not a target"));
    }

    static Stream<Row> downgrades() {
        return Stream.of(
                // -N, a revision, base, <rev>-N
                down(LINEAR, "d", "-1", "d", "c"),
                down(LINEAR, "d", "-2", "d c", "b"),
                down(LINEAR, "d", "current-1", "d", "c"),
                down(LINEAR, "d", "b", "d c", "b"),
                down(LINEAR, "d", "base", "d c b a", ""),
                down(LINEAR, "d", "c-1", "d c", "b"),
                down(LINEAR, "c", "head-2", "c", "b"),
                down(LINEAR, "b", "-2", "b a", ""),
                down(LINEAR, "d", "d", "", "d"),
                down(LINEAR, "d", "current", "", "d"),
                down(LINEAR, "d", "head", "", "d"),
                down(LINEAR, "", "base", "", ""),
                // across a merge point: both parents become heads again and get their rows back
                down(DIAMOND, "d", "-1", "d", "b c"),
                down(DIAMOND, "d", "a", "d c b", "a"),
                down(DIAMOND, "d", "base", "d c b a", ""),
                down(DIAMOND, "b c", "a", "c b", "a"),
                down(MULTIPLE_BASES, "m", "-1", "m", "b y"),
                down(MULTIPLE_BASES, "m", "base", "m y x b a", ""),
                down(MULTIPLE_BASES, "b y", "x", "y", "b x"),
                // a merge whose parents lie one above the other: -1 lands on both and must keep the upper one
                down(SHORTCUT_MERGE, "e", "-1", "e", "d"),
                down(SHORTCUT_MERGE, "e", "-2", "e d", "c"),
                down(SHORTCUT_MERGE, "e", "b", "e d c", "b"),
                // Alembic: downgrading to a revision removes all of its applied descendants, on every branch
                down(TWO_HEADS, "c d", "b", "d c", "b"),
                down(TWO_HEADS, "c d", "c-1", "d c", "b"),
                down(TWO_HEADS, "c d", "d", "", "c d"),
                down(LABELLED, "ac2 bi3", "t2", "bi3 bi2 bi1 ac2 ac1", "t2"),
                // branch labels: label@base and label@-N stay inside the branch
                down(LABELLED, "ac2 bi3", "accounts@base", "ac2 ac1", "bi3"),
                down(LABELLED, "ac2 bi3", "billing@base", "bi3 bi2 bi1", "ac2"),
                down(LABELLED, "ac2 bi3", "billing@-1", "bi3", "ac2 bi2"),
                down(LABELLED, "ac2 bi3", "billing@-3", "bi3 bi2 bi1", "ac2"),
                down(LABELLED, "ac2 bi3", "accounts@-2", "ac2 ac1", "bi3"),
                down(LABELLED, "ac2 bi3", "billing@bi1", "bi3 bi2", "ac2 bi1"),
                down(LABELLED, "ac2 bi3", "billing", "bi3 bi2", "ac2 bi1"),
                down(LABELLED, "ac2 bi3", "bi3-1", "bi3", "ac2 bi2"),
                down(LABELLED, "ac2 bi3", "accounts@head", "", "ac2 bi3"),
                down(LABELLED, "bi3", "accounts@base", "", "bi3"),
                // removing a dependency removes what depends on it first
                down(DEPENDENCIES, "ac2 bi3 au1", "accounts@base", "bi3 ac2 bi2 ac1", "bi1 au1"),
                down(DEPENDENCIES, "ac2 bi3 au1", "billing@base", "au1 bi3 bi2 bi1", "ac2"),
                down(DEPENDENCIES, "ac1 bi2", "ac1-1", "bi2 ac1", "bi1"),
                down(DEPENDENCIES, "ac2 bi3 au1", "base", "au1 bi3 ac2 bi2 ac1 bi1", ""),
                // Alembic parity (issue 13): a label reaches down to the nearest branch point or base ...
                down(LABEL_ON_BASE, "r1 r2", "a@base", "r1 r0", "r2"),
                down(LABEL_ON_A_LINE, "r3", "a@base", "r3 r2 r1 r0", ""),
                down(LABEL_ON_A_LINE, "r3", "a@-2", "r3 r2", "r1"),
                down(LABEL_ON_A_LINE, "r3", "a@-4", "r3 r2 r1 r0", ""),
                // ... and never removes another branch's revisions to get there (Alembic removes r1 and r0, or r2)
                down(LABEL_AFTER_BRANCH_POINT, "r1 r2", "a@base", "r2", "r1"),
                down(LABEL_AFTER_BRANCH_POINT, "r1 r2", "a@-1", "r2", "r1"),
                down(LABEL_ABOVE_A_DEPENDENCY, "r1 r2", "a@base", "r1", "r0 r2"),
                // a dependant goes only when its dependency goes: r3 depends on r1, which stays
                down(KEPT_DEPENDANT, "r2 r3", "r1", "r2", "r1 r3"),
                down(KEPT_DEPENDANT, "r2 r3", "r0", "r3 r2 r1", "r0"),
                down(KEPT_DEPENDANT, "r2 r3", "b@base", "r3", "r2"),
                // rows as Alembic writes them: a removed revision's dependency that nothing else implies gets a row
                down(IMPLIED_DEPENDENCY, "r2", "-1", "r2", "r1"),
                down(IMPLIED_DEPENDENCY, "r3", "-1", "r3", "r1"),
                down(IMPLIED_DEPENDENCY, "r2 r3", "b@base", "r3", "r2"),
                down(IMPLIED_DEPENDENCY, "r2 r3", "r0", "r3 r2 r1", "r0"),
                down(IMPLIED_DEPENDENCY, "r2", "base", "r2 r1 r0", ""),
                // nothing revises r1: downgrading to it changes nothing (Alembic: "nothing to drop", documented)
                down(IMPLIED_DEPENDENCY, "r2", "r1", "", "r2"),
                // migrate's own rows for the same state: r1's row is needed by r2's, so -1 still counts from r2
                down(IMPLIED_DEPENDENCY, "r1 r2", "-1", "r2", "r1"));
    }

    static Stream<Refusal> refusedDowngrades() {
        return Stream.of(
                refuseDown(LINEAR, "b", "-3", GraphException.InvalidTarget.class, "only 2 revision(s) at or below b"),
                refuseDown(LINEAR, "d", "c-4", GraphException.InvalidTarget.class, "only 3 revision(s) at or below c"),
                refuseDown(TWO_HEADS, "c d", "-1", GraphException.MultipleHeads.class, "heads=[c, d]"),
                refuseDown(LABELLED, "ac2 bi3", "current-1", GraphException.MultipleHeads.class, "heads=[ac2, bi3]"),
                refuseDown(LABELLED, "ac2 bi3", "head-1", GraphException.MultipleHeads.class, "heads=[ac2, bi3]"),
                refuseDown(LINEAR, "", "-1", GraphException.InvalidTarget.class, "no current revision"),
                refuseDown(LINEAR, "b", "c", GraphException.InvalidTarget.class, "c is not applied"),
                refuseDown(TWO_HEADS, "c", "d", GraphException.InvalidTarget.class, "d is not applied"),
                refuseDown(LINEAR, "b", "head-1", GraphException.InvalidTarget.class, "c is not applied"),
                refuseDown(LABELLED, "ac1 bi3", "accounts@head", GraphException.InvalidTarget.class,
                        "ac2 is not applied"),
                refuseDown(LINEAR, "b", "+1", GraphException.InvalidTarget.class, "use upgrade"),
                refuseDown(LABELLED, "ac2 bi3", "billing@+1", GraphException.InvalidTarget.class, "use upgrade"),
                refuseDown(LINEAR, "b", "base+1", GraphException.InvalidTarget.class, "relative step"),
                refuseDown(LABELLED, "ac2 bi3", "billing@-4", GraphException.InvalidTarget.class,
                        "branch billing has only 3 applied revision(s), its head included"),
                refuseDown(LABELLED, "t2", "billing@-1", GraphException.InvalidTarget.class,
                        "branch billing has no applied revision"),
                refuseDown(DIAMOND, "d", "a@-1", GraphException.UnknownRevision.class, "argument=a@-1"),
                refuseDown(LINEAR, "d", "zz", GraphException.UnknownRevision.class, "argument=zz"),
                refuseDown(LINEAR, "zz", "base", GraphException.UnknownRevision.class, "argument=zz"),
                // Alembic parity (issue 13)
                refuseDown(IMPLIED_DEPENDENCY, "r2", "a@-1", GraphException.InvalidTarget.class,
                        "r0 is a branch point inside branch a"),
                refuseDown(IMPLIED_DEPENDENCY, "r2 r3", "-1", GraphException.MultipleHeads.class, "heads=[r2, r3]"),
                refuseDown(LABEL_AFTER_BRANCH_POINT, "r1 r2", "a@-2", GraphException.InvalidTarget.class,
                        "branch a has only 1 applied revision(s)"),
                refuseDown(LABEL_ON_A_LINE, "r3", "a@-5", GraphException.InvalidTarget.class,
                        "branch a has only 4 applied revision(s)"),
                refuseDown(TWO_HEADS, "c d", "heads", GraphException.MultipleHeads.class, "heads=[c, d]"),
                refuseDown(LINEAR, "b", "head", GraphException.InvalidTarget.class, "d is not applied"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"upgrades", "downgrades"})
    void plan(Row row) {
        RevisionGraph graph = row.fixture().graph();
        MigrationPlan plan = PlanInvariants.plan(graph, words(row.rows()), row.direction(), row.target());

        assertThat(plan.direction()).isEqualTo(row.direction());
        assertThat(plan.target()).isEqualTo(row.target());
        assertThat(plan.steps()).extracting(MigrationStep::id).as("steps")
                .containsExactlyElementsOf(words(row.steps()));
        assertThat(plan.headsAfter()).as("rows after").containsExactlyElementsOf(words(row.after()));
        assertThat(plan.isEmpty()).isEqualTo(row.steps().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"refusedUpgrades", "refusedDowngrades"})
    void refused(Refusal refusal) {
        RevisionGraph graph = refusal.fixture().graph();

        List<String> rows = words(refusal.rows());

        assertThatThrownBy(() -> PlanInvariants.plan(graph, rows, refusal.direction(), refusal.target()))
                .isInstanceOfSatisfying(refusal.type(), e -> assertThat(data(e)).contains(refusal.detail()));
    }

    @Test
    void anEmptyGraphHasNothingToDo() {
        RevisionGraph empty = RevisionGraph.build(List.of());

        for (String target : List.of("head", "heads", "base", "current")) {
            assertThat(PlanInvariants.upgrade(empty, List.of(), target).steps()).as(target).isEmpty();
            assertThat(PlanInvariants.downgrade(empty, List.of(), target).steps()).as(target).isEmpty();
        }
        assertThatThrownBy(() -> new MigrationPlanner(empty).planUpgrade(List.of(), "+1"))
                .isInstanceOfSatisfying(GraphException.InvalidTarget.class,
                        e -> assertThat(e.reason()).contains("only 0 revision(s) above base"));
    }

    @Test
    void upgradeStepsRecordTheRowsTheyChange() {
        MigrationPlan plan = PlanInvariants.upgrade(DIAMOND.graph(), List.of("b"), "head");

        assertThat(plan.steps()).extracting(MigrationStep::id, MigrationStep::rowsToDelete, MigrationStep::rowsToInsert)
                .containsExactly(tuple("c", Set.of(), Set.of("c")), tuple("d", Set.of("b", "c"), Set.of("d")));
    }

    @Test
    void downgradeAcrossAMergeRestoresBothParentRowsInOneStep() {
        MigrationPlan plan = PlanInvariants.downgrade(MULTIPLE_BASES.graph(), List.of("m"), "-1");

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.rowsToDelete()).containsExactly("m");
            assertThat(step.rowsToInsert()).containsExactlyInAnyOrder("b", "y");
        });
    }

    static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    /** The data a graph exception carries, as one line, so that a table row can name the part it expects. */
    static String data(GraphException e) {
        if (e instanceof GraphException.MultipleHeads m) {
            return "argument=" + m.argument() + " heads=" + m.heads();
        }
        if (e instanceof GraphException.InvalidTarget t) {
            return "argument=" + t.argument() + " reason=" + t.reason();
        }
        if (e instanceof GraphException.AmbiguousRevision a) {
            return "argument=" + a.argument() + " candidates=" + a.candidates();
        }
        if (e instanceof GraphException.UnknownRevision u) {
            return "argument=" + u.argument();
        }
        return e.getMessage();
    }
}
