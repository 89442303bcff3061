package dev.migrate.graph;

import static dev.migrate.graph.Fixture.DEPENDENCIES;
import static dev.migrate.graph.Fixture.DIAMOND;
import static dev.migrate.graph.Fixture.HASHES;
import static dev.migrate.graph.Fixture.LABELLED;
import static dev.migrate.graph.Fixture.LINEAR;
import static dev.migrate.graph.Fixture.MULTIPLE_BASES;
import static dev.migrate.graph.Fixture.SHORTCUT_MERGE;
import static dev.migrate.graph.Fixture.TWO_HEADS;
import static dev.migrate.graph.Fixture.dependsOn;
import static dev.migrate.graph.Fixture.labelled;
import static dev.migrate.graph.Fixture.rev;
import static dev.migrate.graph.MigrationPlannerTest.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionGraphTest {

    // ------------------------------------------------------------------------------------------------ structure

    /** What a fixture looks like from above: heads, bases and branch points, space-separated in input order. */
    record Shape(Fixture fixture, String heads, String bases, String branchPoints) {
        @Override
        public String toString() {
            return fixture + ": heads [" + heads + "], bases [" + bases + "], branch points [" + branchPoints + "]";
        }
    }

    static Stream<Shape> shapes() {
        return Stream.of(
                new Shape(LINEAR, "d", "a", ""),
                new Shape(DIAMOND, "d", "a", "a"),
                new Shape(TWO_HEADS, "c d", "a", "b"),
                new Shape(MULTIPLE_BASES, "m", "a x", ""),
                new Shape(SHORTCUT_MERGE, "e", "a", "b"),
                new Shape(LABELLED, "ac2 bi3", "t1", "t2"),
                // a revision something depends on is still a head: depends_on is not "revises"
                new Shape(DEPENDENCIES, "ac2 bi3 au1", "ac1 bi1 au1", ""),
                new Shape(HASHES, "ae10", "1975ea83b712", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void headsBasesAndBranchPoints(Shape shape) {
        RevisionGraph underTest = shape.fixture().graph();

        assertThat(underTest.heads()).containsExactlyElementsOf(words(shape.heads()));
        assertThat(underTest.bases()).containsExactlyElementsOf(words(shape.bases()));
        assertThat(underTest.branchPoints()).containsExactlyElementsOf(words(shape.branchPoints()));
        assertThat(underTest.size()).isEqualTo(shape.fixture().revisions().size());
    }

    @Test
    void childrenAreListedInInputOrder() {
        RevisionGraph underTest = TWO_HEADS.graph();

        assertThat(underTest.children("a")).containsExactly("b");
        assertThat(underTest.children("b")).containsExactly("c", "d");
        assertThat(underTest.children("d")).isEmpty();
        assertThat(RevisionGraph.build(TWO_HEADS.reversedRevisions()).children("b")).containsExactly("d", "c");
        assertThat(DIAMOND.graph().children("a")).containsExactly("b", "c");
    }

    @Test
    void dependenciesAreResolvedToIds() {
        RevisionGraph underTest = DEPENDENCIES.graph();

        assertThat(underTest.dependencies("bi2")).as("by id").containsExactly("ac1");
        assertThat(underTest.dependencies("bi3")).as("by label@head").containsExactly("ac2");
        assertThat(underTest.dependencies("au1")).as("by bare label").containsExactly("bi1");
        assertThat(underTest.dependencies("ac2")).isEmpty();
        assertThat(underTest.dependents("ac1")).containsExactly("bi2");
        assertThat(underTest.dependents("bi1")).containsExactly("au1");
        assertThat(underTest.revision("bi3").dependsOn()).as("the revision keeps what was written")
                .containsExactly("accounts@head");
    }

    @Test
    void branchLabelsNameTheRevisionThatDeclaresThem() {
        RevisionGraph underTest = LABELLED.graph();

        assertThat(underTest.branchLabels()).containsExactly(Map.entry("accounts", "ac1"), Map.entry("billing", "bi1"));
        assertThat(underTest.labelOwner("billing")).contains("bi1");
        assertThat(underTest.labelOwner("payroll")).isEmpty();
        assertThat(underTest.branchMembers("billing")).containsExactlyInAnyOrder("bi1", "bi2", "bi3");
        assertThat(underTest.branchHead("accounts", "accounts@head")).isEqualTo("ac2");
        assertThatThrownBy(() -> underTest.branchMembers("payroll")).isInstanceOf(GraphException.UnknownRevision.class);
    }

    @Test
    void aBranchReachesDownToTheNearestBranchPointOrBase() {
        assertThat(Fixture.LABEL_ON_A_LINE.graph().branchMembers("a")).containsExactlyInAnyOrder("r0", "r1", "r2", "r3");
        assertThat(Fixture.LABEL_ON_A_LINE.graph().branchStart("a")).isEqualTo("r0");
        assertThat(Fixture.LABEL_AFTER_BRANCH_POINT.graph().branchMembers("a")).containsExactly("r2");
        assertThat(Fixture.LABEL_ABOVE_A_DEPENDENCY.graph().branchStart("a")).as("r0 is needed by r2 too")
                .isEqualTo("r1");
        assertThat(LABELLED.graph().branchStart("billing")).isEqualTo("bi1");
    }

    @Test
    void aLabelsLineIsItsAncestorsAndDescendants() {
        RevisionGraph underTest = LABELLED.graph();

        assertThat(underTest.lineage("billing")).containsExactlyInAnyOrder("t1", "t2", "bi1", "bi2", "bi3");
        assertThatThrownBy(() -> underTest.lineage("payroll")).isInstanceOf(GraphException.UnknownRevision.class);
    }

    @Test
    void tipsAreTheAppliedRevisionsNothingAppliedNeeds() {
        RevisionGraph underTest = Fixture.IMPLIED_DEPENDENCY.graph();

        assertThat(underTest.tips(List.of("r2"))).containsExactly("r2");
        assertThat(underTest.tips(List.of("r1", "r2"))).as("migrate's rows for the same state").containsExactly("r2");
        assertThat(underTest.tips(List.of("r0", "r1"))).as("Alembic's row below another").containsExactly("r1");
        assertThat(underTest.tips(List.of("r2", "r3"))).containsExactly("r2", "r3");
        assertThat(underTest.appliedHeads(underTest.appliedBy(List.of("r2")))).containsExactly("r1", "r2");
    }

    @Test
    void aBranchThatForksHasSeveralHeads() {
        RevisionGraph underTest =
                RevisionGraph.build(List.of(labelled(rev("a"), "trunk"), rev("b", "a"), rev("c", "a")));

        assertThatThrownBy(() -> underTest.branchHead("trunk", "trunk@head"))
                .isInstanceOfSatisfying(GraphException.MultipleHeads.class, e -> {
                    assertThat(e.argument()).isEqualTo("trunk@head");
                    assertThat(e.heads()).containsExactly("b", "c");
                });
    }

    // ---------------------------------------------------------------------------------------- topological order

    @ParameterizedTest
    @EnumSource(names = {"LINEAR", "DIAMOND", "TWO_HEADS", "SHORTCUT_MERGE", "MULTIPLE_BASES", "LABELLED",
        "DEPENDENCIES", "HASHES"})
    void topologicalOrderRespectsParentsAndDependenciesInAnyInputOrder(Fixture fixture) {
        assertTopological(fixture.graph());
        assertTopological(RevisionGraph.build(fixture.reversedRevisions()));
    }

    @Test
    void topologicalOrderBreaksTiesByInputOrder() {
        assertThat(DIAMOND.graph().topologicalOrder()).containsExactly("a", "b", "c", "d");
        assertThat(RevisionGraph.build(DIAMOND.reversedRevisions()).topologicalOrder())
                .containsExactly("a", "c", "b", "d");
        assertThat(MULTIPLE_BASES.graph().topologicalOrder()).containsExactly("a", "b", "x", "y", "m");
        assertThat(DEPENDENCIES.graph().topologicalOrder()).containsExactly("ac1", "ac2", "bi1", "bi2", "bi3", "au1");
        assertThat(RevisionGraph.build(DEPENDENCIES.reversedRevisions()).topologicalOrder())
                .containsExactly("bi1", "au1", "ac1", "bi2", "ac2", "bi3");
    }

    /** Every revision exactly once, each after its parents and dependencies. */
    static void assertTopological(RevisionGraph graph) {
        List<String> order = graph.topologicalOrder();
        assertThat(order).doesNotHaveDuplicates().hasSize(graph.size());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        for (String id : order) {
            for (String needed : PlanInvariants.needs(graph, id)) {
                assertThat(index.get(needed)).as("%s before %s in %s", needed, id, order).isLessThan(index.get(id));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ resolution

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("references")
    void resolve(String reference, String expected) {
        assertThat(HASHES.graph().resolve(reference)).isEqualTo(expected);
    }

    static Stream<Arguments> references() {
        return Stream.of(
                arguments("ae1027a6acf", "ae1027a6acf"),
                arguments("1975", "1975ea83b712"),
                arguments("27c", "27c6a30d7c24"),
                arguments("ae10b", "ae10b4c2d7e1"),
                // an exact id wins over the longer ids it is a prefix of
                arguments("ae10", "ae10"),
                // a bare branch label names the revision that declares it
                arguments("reports", "ae10b4c2d7e1"));
    }

    @Test
    void resolveListsTheCandidatesOfAnAmbiguousPrefixInInputOrder() {
        assertThatThrownBy(() -> HASHES.graph().resolve("ae1"))
                .isInstanceOfSatisfying(GraphException.AmbiguousRevision.class, e -> {
                    assertThat(e.argument()).isEqualTo("ae1");
                    assertThat(e.candidates()).containsExactly("ae1027a6acf", "ae10b4c2d7e1", "ae10");
                });
    }

    @Test
    void resolveRejectsWhatMatchesNothing() {
        assertThatThrownBy(() -> HASHES.graph().resolve("ff00"))
                .isInstanceOfSatisfying(GraphException.UnknownRevision.class,
                        e -> assertThat(e.argument()).isEqualTo("ff00"));
        assertThatThrownBy(() -> LINEAR.graph().revision("ab"))
                .isInstanceOfSatisfying(GraphException.UnknownRevision.class,
                        e -> assertThat(e.argument()).isEqualTo("ab"));
    }

    // ---------------------------------------------------------------------------------------------- closures

    @Test
    void appliedByFollowsParentsAndDependencies() {
        RevisionGraph underTest = DEPENDENCIES.graph();

        assertThat(underTest.appliedBy(List.of("bi3"))).containsExactlyInAnyOrder("bi3", "bi2", "bi1", "ac2", "ac1");
        assertThat(underTest.appliedBy(List.of("au1"))).containsExactlyInAnyOrder("au1", "bi1");
        assertThat(underTest.appliedBy(List.of())).isEmpty();
        assertThat(MULTIPLE_BASES.graph().appliedBy(List.of("m"))).containsExactlyInAnyOrder("a", "b", "x", "y", "m");
        assertThat(DIAMOND.graph().appliedBy(List.of("b", "c"))).containsExactlyInAnyOrder("a", "b", "c");
        assertThatThrownBy(() -> underTest.appliedBy(List.of("zz"))).isInstanceOf(GraphException.UnknownRevision.class);
    }

    @Test
    void descendantsOrSelfFollowChildrenAndDependents() {
        RevisionGraph underTest = DEPENDENCIES.graph();

        assertThat(underTest.descendantsOrSelf(List.of("ac1"))).containsExactlyInAnyOrder("ac1", "ac2", "bi2", "bi3");
        assertThat(underTest.descendantsOrSelf(List.of("bi1"))).containsExactlyInAnyOrder("bi1", "bi2", "bi3", "au1");
        assertThat(underTest.descendantsOrSelf(List.of("au1"))).containsExactly("au1");
        assertThat(DIAMOND.graph().descendantsOrSelf(List.of("b"))).containsExactlyInAnyOrder("b", "d");
        assertThat(LABELLED.graph().descendantsOrSelf(List.of("t2")))
                .containsExactlyInAnyOrder("t2", "ac1", "ac2", "bi1", "bi2", "bi3");
    }

    @Test
    void inInputOrderSortsAndDropsRepeats() {
        assertThat(LABELLED.graph().inInputOrder(List.of("bi3", "t1", "ac2", "t1")))
                .containsExactly("t1", "ac2", "bi3");
    }

    // ---------------------------------------------------------------------------------------------- validation

    @ParameterizedTest
    @ValueSource(strings = {"a-b", "a b", "", "ae10.sql", "a@head", "café"})
    void idsUseLettersDigitsAndUnderscoreOnly(String id) {
        assertThatThrownBy(() -> RevisionGraph.build(List.of(rev("a"), rev(id, "a"))))
                .isInstanceOfSatisfying(GraphException.InvalidRevisionId.class, e -> {
                    assertThat(e.id()).isEqualTo(id);
                    assertThat(e.getMessage()).contains("only letters, digits and '_'");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"head", "heads", "base", "current"})
    void targetKeywordsAreReservedForIdsAndLabels(String word) {
        assertThatThrownBy(() -> RevisionGraph.build(List.of(rev("a"), rev(word, "a"))))
                .isInstanceOfSatisfying(GraphException.InvalidRevisionId.class, e -> {
                    assertThat(e.id()).isEqualTo(word);
                    assertThat(e.getMessage()).contains("reserved");
                });
        assertThatThrownBy(() -> RevisionGraph.build(List.of(labelled(rev("a"), word))))
                .isInstanceOfSatisfying(GraphException.InvalidRevisionId.class,
                        e -> assertThat(e.id()).isEqualTo(word));
    }

    @Test
    void labelsUseTheCharactersOfIds() {
        assertThatThrownBy(() -> RevisionGraph.build(List.of(labelled(rev("a"), "my-branch"))))
                .isInstanceOfSatisfying(GraphException.InvalidRevisionId.class,
                        e -> assertThat(e.id()).isEqualTo("my-branch"));
    }

    @Test
    void idsAreUnique() {
        assertThatThrownBy(() -> RevisionGraph.build(List.of(rev("a"), rev("b", "a"), rev("a", "b"))))
                .isInstanceOfSatisfying(GraphException.DuplicateRevision.class, e -> assertThat(e.id()).isEqualTo("a"));
    }

    @Test
    void parentsMustExist() {
        assertThatThrownBy(() -> RevisionGraph.build(List.of(rev("a"), rev("b", "a"), rev("c", "a", "zz"))))
                .isInstanceOfSatisfying(GraphException.MissingParent.class, e -> {
                    assertThat(e.revision()).isEqualTo("c");
                    assertThat(e.parent()).isEqualTo("zz");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"zz", "payroll", "payroll@head", "accounts@tail", "accounts@head@head"})
    void dependenciesMustNameARevisionOrALabel(String dependency) {
        List<Revision> revisions = List.of(labelled(rev("a"), "accounts"), dependsOn(rev("b", "a"), dependency));

        assertThatThrownBy(() -> RevisionGraph.build(revisions))
                .isInstanceOfSatisfying(GraphException.UnknownDependency.class, e -> {
                    assertThat(e.revision()).isEqualTo("b");
                    assertThat(e.dependency()).isEqualTo(dependency);
                });
    }

    @Test
    void aDependencyOnLabelAtHeadNeedsOneHead() {
        List<Revision> revisions = List.of(labelled(rev("a"), "trunk"), rev("b", "a"), rev("c", "a"),
                dependsOn(rev("x"), "trunk@head"));

        assertThatThrownBy(() -> RevisionGraph.build(revisions))
                .isInstanceOfSatisfying(GraphException.MultipleHeads.class, e -> {
                    assertThat(e.argument()).isEqualTo("trunk@head");
                    assertThat(e.heads()).containsExactly("b", "c");
                });
    }

    @Test
    void aBranchLabelBelongsToOneRevision() {
        List<Revision> revisions =
                List.of(labelled(rev("a"), "accounts"), rev("b", "a"), labelled(rev("c", "b"), "accounts"));

        assertThatThrownBy(() -> RevisionGraph.build(revisions))
                .isInstanceOfSatisfying(GraphException.DuplicateBranchLabel.class, e -> {
                    assertThat(e.label()).isEqualTo("accounts");
                    assertThat(e.first()).isEqualTo("a");
                    assertThat(e.second()).isEqualTo("c");
                });
    }

    @Test
    void aBranchLabelMustNotBeARevisionId() {
        assertThatThrownBy(() -> RevisionGraph.build(List.of(rev("a"), labelled(rev("b", "a"), "c"), rev("c", "b"))))
                .isInstanceOfSatisfying(GraphException.DuplicateBranchLabel.class, e -> {
                    assertThat(e.label()).isEqualTo("c");
                    assertThat(e.first()).as("the revision with that id").isEqualTo("c");
                    assertThat(e.second()).as("the revision declaring the label").isEqualTo("b");
                });
    }

    /** A cycle, written the way upgrades would run it: each revision needs the one before it. */
    record Ring(Fixture fixture, String cycle) {
        @Override
        public String toString() {
            return fixture + ": " + cycle;
        }
    }

    static Stream<Ring> rings() {
        return Stream.of(
                new Ring(Fixture.CYCLE, "a b c a"),
                new Ring(Fixture.SELF_DEPENDENCY, "b b"),
                new Ring(Fixture.DEPENDENCY_CYCLE, "a b c a"),
                new Ring(Fixture.LABEL_HEAD_CYCLE, "f1 f2 f1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rings")
    void cyclesAreReportedInOrder(Ring ring) {
        assertThatThrownBy(ring.fixture()::graph)
                .isInstanceOfSatisfying(GraphException.CycleDetected.class, e -> {
                    assertThat(e.cycle()).containsExactlyElementsOf(words(ring.cycle()));
                    assertIsCycle(ring.fixture().revisions(), e.cycle());
                    assertThat(e.getMessage()).contains(String.join(" -> ", e.cycle()));
                });
    }

    @Test
    void aRevisionThatRevisesItselfIsACycle() {
        assertThatThrownBy(() -> RevisionGraph.build(List.of(rev("a"), rev("b", "a", "b"))))
                .isInstanceOfSatisfying(GraphException.CycleDetected.class,
                        e -> assertThat(e.cycle()).containsExactly("b", "b"));
    }

    /**
     * Checks, against the raw revisions, that {@code cycle} closes on itself and that each revision in it revises
     * or depends on the one before. Labels are resolved here by hand: a bare label is its owner, and
     * {@code label@head} is found on the graph of parent edges alone.
     */
    static void assertIsCycle(List<Revision> revisions, List<String> cycle) {
        assertThat(cycle).hasSizeGreaterThan(1);
        assertThat(cycle.get(cycle.size() - 1)).as("closes on itself").isEqualTo(cycle.get(0));
        assertThat(cycle.subList(1, cycle.size())).as("each revision once").doesNotHaveDuplicates();
        Map<String, Revision> byId = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (Revision revision : revisions) {
            byId.put(revision.id(), revision);
            revision.branchLabels().forEach(label -> owners.put(label, revision.id()));
        }
        for (int i = 1; i < cycle.size(); i++) {
            String before = cycle.get(i - 1);
            Revision revision = byId.get(cycle.get(i));
            List<String> needs = new ArrayList<>(revision.parents());
            for (String dependency : revision.dependsOn()) {
                String label = dependency.substring(0, Math.max(0, dependency.indexOf('@')));
                needs.add(dependency.endsWith("@head")
                        ? parentsOnly(revisions).branchHead(label, dependency)
                        : owners.getOrDefault(dependency, dependency));
            }
            assertThat(needs).as("%s revises or depends on %s", revision.id(), before).contains(before);
        }
    }

    private static RevisionGraph parentsOnly(List<Revision> revisions) {
        return RevisionGraph.build(revisions.stream()
                .map(r -> new Revision(r.id(), r.parents(), r.branchLabels(), List.of())).toList());
    }
}
