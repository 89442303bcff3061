package dev.migrate.graph;

import static dev.migrate.graph.Fixture.DEPENDENCIES;
import static dev.migrate.graph.Fixture.DIAMOND;
import static dev.migrate.graph.Fixture.LABELLED;
import static dev.migrate.graph.Fixture.LINEAR;
import static dev.migrate.graph.Fixture.MULTIPLE_BASES;
import static dev.migrate.graph.Fixture.TWO_HEADS;
import static dev.migrate.graph.MigrationPlannerTest.words;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stamping as a table: the version rows before, the target, which way the stamp goes and the rows after. Every
 * stamp plan is also checked by {@link PlanInvariants}, so it leaves one row per applied head.
 */
class StampPlanTest {

    record Row(Fixture fixture, String rows, String target, Direction direction, String after) {
        @Override
        public String toString() {
            return "stamp " + fixture + " [" + rows + "] " + target + " (" + direction.word() + ") => [" + after + "]";
        }
    }

    static Row up(Fixture fixture, String rows, String target, String after) {
        return new Row(fixture, rows, target, Direction.UPGRADE, after);
    }

    static Row down(Fixture fixture, String rows, String target, String after) {
        return new Row(fixture, rows, target, Direction.DOWNGRADE, after);
    }

    static Stream<Row> stamps() {
        return Stream.of(
                // adopting a database: nothing recorded yet
                up(LINEAR, "", "head", "d"),
                up(LINEAR, "", "b", "b"),
                up(LINEAR, "", "+2", "b"),
                up(TWO_HEADS, "", "heads", "c d"),
                up(LABELLED, "", "billing@head", "bi3"),
                up(DEPENDENCIES, "", "bi3", "ac2 bi3"),
                // moving up from where the database is
                up(LINEAR, "b", "head", "d"),
                up(LINEAR, "b", "+1", "c"),
                up(TWO_HEADS, "c", "d", "c d"),
                up(DIAMOND, "b c", "d", "d"),
                up(MULTIPLE_BASES, "b", "y", "b y"),
                // moving down: what lies above the target is forgotten; other branches stay
                down(LINEAR, "d", "b", "b"),
                down(LINEAR, "d", "-1", "c"),
                down(LINEAR, "d", "base", ""),
                down(LINEAR, "d", "d", "d"),
                down(LINEAR, "c", "current", "c"),
                // a stamp moves only the branch its target is on, as a downgrade would (purge first to drop the rest)
                down(TWO_HEADS, "c d", "c", "c d"),
                down(DIAMOND, "d", "-1", "b c"),
                down(DIAMOND, "d", "b", "b c"),
                down(LABELLED, "ac2 bi3", "billing@base", "ac2"),
                down(LABELLED, "ac2 bi3", "billing@-1", "ac2 bi2"),
                down(LABELLED, "ac2 bi3", "accounts@ac1", "ac1 bi3"),
                down(LABELLED, "ac2 bi3", "heads", "ac2 bi3"),
                down(DEPENDENCIES, "ac2 bi3", "ac1", "ac1 bi2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stamps")
    void stamp(Row row) {
        RevisionGraph graph = row.fixture().graph();

        MigrationPlan plan = PlanInvariants.check(graph, words(row.rows()),
                new MigrationPlanner(graph).planStamp(words(row.rows()), row.target()));

        assertThat(plan.direction()).isEqualTo(row.direction());
        assertThat(plan.headsAfter()).containsExactlyElementsOf(words(row.after()));
    }

    static Stream<Refused> refusals() {
        return Stream.of(
                new Refused(TWO_HEADS, "", "head", GraphException.MultipleHeads.class, "heads=[c, d]"),
                new Refused(LINEAR, "", "-1", GraphException.InvalidTarget.class, "no current revision"),
                new Refused(LINEAR, "d", "+1", GraphException.InvalidTarget.class, "only 0 revision(s) above d"),
                new Refused(LINEAR, "", "zz", GraphException.UnknownRevision.class, "argument=zz"),
                new Refused(LINEAR, "", "head+", GraphException.InvalidTarget.class, "not a target"),
                new Refused(LABELLED, "ac2", "billing@-1", GraphException.InvalidTarget.class,
                        "branch billing has no applied revision"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refused(Refused refusal) {
        refusal.assertRefusedBy((graph, rows, target) -> new MigrationPlanner(graph).planStamp(rows, target));
    }
}
