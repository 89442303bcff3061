package dev.migrate.graph;

import static dev.migrate.graph.Fixture.CRISS_CROSS;
import static dev.migrate.graph.Fixture.DIAMOND;
import static dev.migrate.graph.Fixture.HASHES;
import static dev.migrate.graph.Fixture.IMPLIED_DEPENDENCY;
import static dev.migrate.graph.Fixture.KEPT_DEPENDANT;
import static dev.migrate.graph.Fixture.LABEL_ABOVE_A_DEPENDENCY;
import static dev.migrate.graph.Fixture.LABEL_AFTER_BRANCH_POINT;
import static dev.migrate.graph.Fixture.LABEL_ON_A_LINE;
import static dev.migrate.graph.Fixture.LABELLED;
import static dev.migrate.graph.Fixture.LINEAR;
import static dev.migrate.graph.Fixture.MULTIPLE_BASES;
import static dev.migrate.graph.Fixture.OCTOPUS;
import static dev.migrate.graph.Fixture.TWO_HEADS;
import static dev.migrate.graph.MigrationPlannerTest.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where targets point, as tables: each row names a fixture, the version rows, the target and the revisions it
 * points to (space-separated; empty for base).
 */
class TargetResolverTest {

    record Row(Fixture fixture, String rows, String target, String expected) {
        @Override
        public String toString() {
            return fixture + " [" + rows + "] " + target + " -> [" + expected + "]";
        }
    }

    static Row row(Fixture fixture, String rows, String target, String expected) {
        return new Row(fixture, rows, target, expected);
    }

    static Refused refuse(Fixture fixture, String rows, String target, Class<? extends GraphException> type,
                          String detail) {
        return new Refused(fixture, rows, target, type, detail);
    }

    static Stream<Row> positions() {
        return Stream.of(
                // keywords
                row(LINEAR, "b", "head", "d"),
                row(TWO_HEADS, "", "heads", "c d"),
                row(LINEAR, "c", "base", ""),
                row(TWO_HEADS, "d c", "current", "c d"),
                row(LINEAR, "", "current", ""),
                // ids, prefixes and labels
                row(HASHES, "", "ae10b", "ae10b4c2d7e1"),
                row(HASHES, "", "ae10", "ae10"),
                row(HASHES, "", "reports", "ae10b4c2d7e1"),
                // relative to the current row, or to below the bases when nothing is applied
                row(LINEAR, "", "+1", "a"),
                row(LINEAR, "b", "+2", "d"),
                row(LINEAR, "c", "-2", "a"),
                row(LINEAR, "c", "-3", ""),
                row(LINEAR, "c", "current-1", "b"),
                row(LINEAR, "", "base+3", "c"),
                row(LINEAR, "", "b+1", "c"),
                row(LINEAR, "", "c-2", "a"),
                row(LINEAR, "", "head-1", "c"),
                // stepping down from a merge point follows every parent
                row(DIAMOND, "d", "-1", "b c"),
                row(DIAMOND, "d", "-2", "a"),
                row(OCTOPUS, "", "m-1", "x y z"),
                row(CRISS_CROSS, "", "b2-1", "b1 c1"),
                row(MULTIPLE_BASES, "m", "-2", "a x"),
                row(MULTIPLE_BASES, "m", "-3", ""),
                // branch labels
                row(LABELLED, "", "billing@head", "bi3"),
                row(LABELLED, "", "billing@base", "bi1"),
                row(LABELLED, "", "billing@bi2", "bi2"),
                row(LABELLED, "ac2 bi1", "billing@+2", "bi3"),
                row(LABELLED, "ac2", "billing@+1", "bi1"),
                row(LABELLED, "", "billing@+2", "t2"),
                row(LABELLED, "", "billing@+4", "bi2"),
                row(LABELLED, "ac1 bi3", "billing@-2", "bi1"),
                row(LABELLED, "ac1 bi3", "billing@-3", "t2"),
                // Alembic parity (issue 13): a label reaches down to the nearest branch point or base
                row(LABEL_ON_A_LINE, "", "a@base", "r0"),
                row(LABEL_ON_A_LINE, "", "a@r0", "r0"),
                row(LABEL_ON_A_LINE, "", "a@+1", "r0"),
                row(LABEL_ON_A_LINE, "r3", "a@-1", "r2"),
                row(LABEL_ON_A_LINE, "r3", "a@-4", ""),
                row(LABEL_AFTER_BRANCH_POINT, "", "a@base", "r2"),
                row(LABEL_AFTER_BRANCH_POINT, "r1 r2", "a@-1", "r0"),
                row(LABEL_ABOVE_A_DEPENDENCY, "", "a@base", "r1"),
                row(KEPT_DEPENDANT, "", "a@base", "r0"),
                row(KEPT_DEPENDANT, "", "b@base", "r3"),
                // the current revision: a row another row needs through a dependency does not count
                row(IMPLIED_DEPENDENCY, "r1 r2", "-1", "r0"),
                row(IMPLIED_DEPENDENCY, "r2", "current", "r2"),
                row(IMPLIED_DEPENDENCY, "r3", "b@-1", ""));
    }

    static Stream<Refused> refusals() {
        return Stream.of(
                refuse(TWO_HEADS, "", "head", GraphException.MultipleHeads.class, "heads=[c, d]"),
                refuse(TWO_HEADS, "c d", "current+1", GraphException.MultipleHeads.class, "heads=[c, d]"),
                refuse(TWO_HEADS, "c d", "-1", GraphException.MultipleHeads.class, "heads=[c, d]"),
                refuse(LINEAR, "", "-1", GraphException.InvalidTarget.class, "the database has no current revision"),
                refuse(LINEAR, "", "base-1", GraphException.InvalidTarget.class, "nothing lies below base"),
                refuse(LINEAR, "", "heads+1", GraphException.InvalidTarget.class, "'heads' cannot take a relative step"),
                refuse(LINEAR, "b", "-3", GraphException.InvalidTarget.class, "only 2 revision(s) at or below b"),
                refuse(LINEAR, "c", "+2", GraphException.InvalidTarget.class, "only 1 revision(s) above c"),
                refuse(TWO_HEADS, "", "b+1", GraphException.InvalidTarget.class, "b has several revisions above it (c, d)"),
                refuse(LINEAR, "", "current+1", GraphException.InvalidTarget.class, "the database has no current revision"),
                refuse(HASHES, "", "ae1", GraphException.AmbiguousRevision.class,
                        "candidates=[ae1027a6acf, ae10b4c2d7e1, ae10]"),
                refuse(LINEAR, "", "zz", GraphException.UnknownRevision.class, "argument=zz"),
                refuse(LABELLED, "", "payroll@head", GraphException.UnknownRevision.class, "argument=payroll@head"),
                refuse(LABELLED, "", "billing@ac1", GraphException.InvalidTarget.class, "ac1 is not on branch billing"),
                refuse(LABELLED, "t2", "billing@-1", GraphException.InvalidTarget.class,
                        "branch billing has no applied revision"),
                refuse(LABELLED, "bi2", "billing@-3", GraphException.InvalidTarget.class,
                        "branch billing has only 2 applied revision(s)"),
                refuse(DIAMOND, "", "a@head", GraphException.UnknownRevision.class, "argument=a@head"),
                refuse(LINEAR, "", "a+b", GraphException.InvalidTarget.class, "not a target"),
                // Alembic parity (issue 13)
                refuse(IMPLIED_DEPENDENCY, "r2", "a@-1", GraphException.InvalidTarget.class,
                        "r0 is a branch point inside branch a (r1, r2 revise it)"),
                refuse(IMPLIED_DEPENDENCY, "r2 r3", "+1", GraphException.MultipleHeads.class, "heads=[r2, r3]"),
                refuse(LABEL_AFTER_BRANCH_POINT, "r1", "a@-1", GraphException.InvalidTarget.class,
                        "branch a has no applied revision"),
                refuse(LABEL_ON_A_LINE, "r1", "a@+3", GraphException.InvalidTarget.class,
                        "there are only 2 revision(s) above r1 on branch a"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positions")
    void resolve(Row row) {
        TargetResolver underTest = new TargetResolver(row.fixture().graph());

        assertThat(underTest.resolve(row.target(), words(row.rows()))).containsExactlyElementsOf(words(row.expected()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refused(Refused refusal) {
        refusal.assertRefusedBy((graph, rows, target) -> new TargetResolver(graph).resolve(target, rows));
    }

    @Test
    void resolveOneWantsExactlyOneRevision() {
        TargetResolver underTest = new TargetResolver(DIAMOND.graph());

        assertThat(underTest.resolveOne("head", List.of())).isEqualTo("d");
        assertThat(underTest.resolveOne("b+1", List.of())).isEqualTo("d");
        assertThatThrownBy(() -> underTest.resolveOne("base", List.of()))
                .isInstanceOfSatisfying(GraphException.InvalidTarget.class,
                        e -> assertThat(e.reason()).isEqualTo("it names no revision (base)"));
        assertThatThrownBy(() -> underTest.resolveOne("d-1", List.of()))
                .isInstanceOfSatisfying(GraphException.MultipleHeads.class,
                        e -> assertThat(e.heads()).containsExactly("b", "c"));
    }

    @Test
    void aLabelledMergeIsLeftOnlyByNamingARevision() {
        RevisionGraph graph = RevisionGraph.build(List.of(Fixture.rev("a"), Fixture.rev("b"),
                Fixture.labelled(Fixture.rev("m", "a", "b"), "top"), Fixture.rev("n", "m")));
        TargetResolver underTest = new TargetResolver(graph);

        assertThat(graph.branchMembers("top")).containsExactlyInAnyOrder("m", "n");
        assertThat(underTest.resolve("top@-1", List.of("n"))).containsExactly("m");
        for (String target : List.of("top@-2", "top@-1")) {
            assertThatThrownBy(() -> underTest.resolve(target, List.of(target.equals("top@-1") ? "m" : "n")))
                    .isInstanceOfSatisfying(GraphException.InvalidTarget.class,
                            e -> assertThat(e.reason()).isEqualTo("m is a merge point; name the revision instead"));
        }
    }

    @Test
    void anEmptyGraphPointsNowhere() {
        TargetResolver underTest = new TargetResolver(RevisionGraph.build(List.of()));

        for (String target : List.of("head", "heads", "base", "current")) {
            assertThat(underTest.resolve(target, List.of())).as(target).isEmpty();
        }
    }
}
