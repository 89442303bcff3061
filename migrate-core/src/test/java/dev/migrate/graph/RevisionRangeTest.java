package dev.migrate.graph;

import static dev.migrate.graph.Fixture.CRISS_CROSS;
import static dev.migrate.graph.Fixture.DEPENDENCIES;
import static dev.migrate.graph.Fixture.DIAMOND;
import static dev.migrate.graph.Fixture.LABELLED;
import static dev.migrate.graph.Fixture.LINEAR;
import static dev.migrate.graph.Fixture.MULTIPLE_BASES;
import static dev.migrate.graph.Fixture.OCTOPUS;
import static dev.migrate.graph.Fixture.SHORTCUT_MERGE;
import static dev.migrate.graph.Fixture.TWO_HEADS;
import static dev.migrate.graph.MigrationPlannerTest.words;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * History ranges and the newest-first order history draws them in. Each range row names a fixture, the version
 * rows, the range and the revisions expected in display order; every order is also checked against the graph.
 */
class RevisionRangeTest {

    record Row(Fixture fixture, String rows, String range, String expected) {
        @Override
        public String toString() {
            return fixture + " [" + rows + "] " + range + " -> " + expected;
        }
    }

    static Row row(Fixture fixture, String rows, String range, String expected) {
        return new Row(fixture, rows, range, expected);
    }

    static Stream<Row> ranges() {
        return Stream.of(
                row(LINEAR, "", "base:head", "d c b a"),
                row(LINEAR, "", ":", "d c b a"),
                row(LINEAR, "", "b:", "d c b"),
                row(LINEAR, "", ":b", "b a"),
                row(LINEAR, "", "b:c", "c b"),
                row(LINEAR, "", "c:c", "c"),
                row(LINEAR, "c", "-2:current", "c b a"),
                row(LINEAR, "c", "-3:current", "c b a"),
                row(LINEAR, "b", "current:heads", "d c b"),
                row(LINEAR, "b", "current:+1", "c b"),
                row(LINEAR, "", "base:current", ""),
                // two heads: the newest line first, then the other, then what they share
                row(TWO_HEADS, "", "base:heads", "d c b a"),
                row(TWO_HEADS, "", "b:c", "c b"),
                row(TWO_HEADS, "c d", "current:heads", "d c"),
                // merges: both lines between the merge and the branch point
                row(DIAMOND, "", "base:heads", "d b c a"),
                row(DIAMOND, "", "b:d", "d b"),
                row(DIAMOND, "", "a:d", "d b c a"),
                row(DIAMOND, "d", "-1:current", "d b c"),
                row(MULTIPLE_BASES, "", "base:heads", "m b a y x"),
                row(MULTIPLE_BASES, "", "x:m", "m y x"),
                row(SHORTCUT_MERGE, "", "c:e", "e d c"),
                row(CRISS_CROSS, "", "base:heads", "c2 b2 b1 c1 a"),
                row(CRISS_CROSS, "", "c1:b2", "b2 c1"),
                row(OCTOPUS, "", "base:heads", "m x y z a"),
                // a label names its first revision; label@head its head
                row(LABELLED, "", "billing:billing@head", "bi3 bi2 bi1"),
                row(LABELLED, "", "t2:accounts@head", "ac2 ac1 t2"),
                row(LABELLED, "ac2 bi1", "base:current", "bi1 ac2 ac1 t2 t1"),
                // depends_on is not drawn: a dependency does not bring its branch into the range
                row(DEPENDENCIES, "", "base:bi3", "bi3 bi2 bi1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ranges")
    void selectAndOrder(Row row) {
        RevisionGraph graph = row.fixture().graph();

        Set<String> selected = RevisionRange.parse(row.range()).select(graph, words(row.rows()));
        List<String> order = graph.newestFirst(selected);

        assertThat(order).containsExactlyElementsOf(words(row.expected()));
        assertChildrenFirst(graph, selected, order);
    }

    static Stream<Refused> refusals() {
        return Stream.of(
                new Refused(LINEAR, "", "head", GraphException.InvalidTarget.class, "a range is <lower>:<upper>"),
                new Refused(LINEAR, "", "a:b:c", GraphException.InvalidTarget.class, "a range is <lower>:<upper>"),
                new Refused(LINEAR, "", "c:b", GraphException.InvalidTarget.class,
                        "c (c) does not lie at or below b (b); the lower end comes first"),
                new Refused(TWO_HEADS, "", "c:d", GraphException.InvalidTarget.class, "c (c) does not lie at or below d"),
                new Refused(TWO_HEADS, "", "base:head", GraphException.MultipleHeads.class, "heads=[c, d]"),
                new Refused(LINEAR, "b", "-3:current", GraphException.InvalidTarget.class,
                        "only 2 revision(s) at or below b"),
                new Refused(LINEAR, "", "-1:current", GraphException.InvalidTarget.class, "no current revision"),
                new Refused(LINEAR, "", "zz:head", GraphException.UnknownRevision.class, "argument=zz"),
                new Refused(LINEAR, "", "a+b:head", GraphException.InvalidTarget.class, "not a target"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refused(Refused refusal) {
        refusal.assertRefusedBy((graph, rows, range) -> RevisionRange.parse(range).select(graph, rows));
    }

    @Test
    void parseFillsInEmptyEnds() {
        assertThat(RevisionRange.parse(" :c ")).isEqualTo(new RevisionRange(":c", "base", "c"));
        assertThat(RevisionRange.parse("-3:")).isEqualTo(new RevisionRange("-3:", "-3", "heads"));
        assertThat(RevisionRange.ALL.select(DIAMOND.graph(), List.of())).containsExactlyInAnyOrder("a", "b", "c", "d");
    }

    @ParameterizedTest
    @EnumSource(names = {"LINEAR", "DIAMOND", "TWO_HEADS", "SHORTCUT_MERGE", "MULTIPLE_BASES", "LABELLED",
        "DEPENDENCIES", "HASHES", "CRISS_CROSS", "OCTOPUS"})
    void newestFirstListsEveryRevisionAfterItsChildrenInAnyInputOrder(Fixture fixture) {
        for (List<Revision> input : List.of(fixture.revisions(), fixture.reversedRevisions())) {
            RevisionGraph graph = RevisionGraph.build(input);
            Set<String> all = new HashSet<>(graph.ancestorsOrSelf(graph.heads()));
            assertChildrenFirst(graph, all, graph.newestFirst(all));
        }
    }

    @Test
    void newestFirstKeepsALineTogetherAndStartsWithTheNewestHead() {
        // b <- c and b <- d: d is newer, so its line comes first; c follows before their shared parent.
        assertThat(TWO_HEADS.graph().newestFirst(Set.of("a", "b", "c", "d"))).containsExactly("d", "c", "b", "a");
        assertThat(RevisionGraph.build(TWO_HEADS.reversedRevisions()).newestFirst(Set.of("a", "b", "c", "d")))
                .containsExactly("c", "d", "b", "a");
        // the first parent of a merge is followed first
        assertThat(MULTIPLE_BASES.graph().newestFirst(Set.of("a", "b", "x", "y", "m")))
                .containsExactly("m", "b", "a", "y", "x");
    }

    /** Every member once, each listed before its parents that are members. */
    static void assertChildrenFirst(RevisionGraph graph, Set<String> members, List<String> order) {
        assertThat(order).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(members);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        for (String id : order) {
            for (String parent : graph.revision(id).parents()) {
                if (members.contains(parent)) {
                    assertThat(index.get(parent)).as("%s after its child %s in %s", parent, id, order)
                            .isGreaterThan(index.get(id));
                }
            }
        }
    }
}
