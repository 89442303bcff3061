package dev.migrate.parity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One case answered by both tools.
 *
 * @param c       the case
 * @param raw     what Alembic's driver reported (its exception, if any)
 * @param alembic Alembic's outcome, read from its SQL
 * @param migrate migrate's outcome, read from its SQL
 */
record Comparison(ParityCase c, Alembic.CaseResult raw, Outcome alembic, Outcome migrate) {

    ParityGraph graph() {
        return c.graph();
    }

    /** Whether both refused, or both ran the same revisions, in the same order, to the same applied revisions. */
    boolean agree() {
        if (alembic.refused() || migrate.refused()) {
            return alembic.refused() && migrate.refused();
        }
        return alembic.steps().equals(migrate.steps()) && appliedAfter(alembic).equals(appliedAfter(migrate));
    }

    /** Both ran the same revisions each way and ended with the same revisions applied. */
    boolean sameEffect() {
        return !alembic.refused() && !migrate.refused()
                && new HashSet<>(alembic.ran("up")).equals(new HashSet<>(migrate.ran("up")))
                && new HashSet<>(alembic.ran("down")).equals(new HashSet<>(migrate.ran("down")))
                && appliedAfter(alembic).equals(appliedAfter(migrate));
    }

    /** The revisions applied before the case. */
    Set<String> appliedBefore() {
        return graph().closure(c.start());
    }

    /** The revisions the rows after {@code outcome} mean. */
    Set<String> appliedAfter(Outcome outcome) {
        return graph().closure(outcome.rows());
    }

    Set<String> removed(Outcome outcome) {
        return new HashSet<>(outcome.ran("down"));
    }

    boolean alembicSaid(String fragment) {
        return !raw.ok() && raw.message().contains(fragment);
    }

    boolean migrateSaid(String fragment) {
        return migrate.refused() && migrate.reason().contains(fragment);
    }

    /**
     * What is wrong with {@code outcome} on its own terms, or null: a row statement that does not replay, rows that
     * lose track of (or invent) an applied revision, or an order that breaks the graph.
     */
    String selfCheck(Outcome outcome) {
        if (outcome.refused()) {
            return null;
        }
        if (outcome.problem() != null) {
            return outcome.problem();
        }
        Set<String> expected = appliedBefore();
        List<String> up = outcome.ran("up");
        List<String> down = outcome.ran("down");
        Set<String> now = new HashSet<>(expected);
        for (String step : outcome.steps()) {
            String id = step.substring(step.indexOf(' ') + 1);
            if (step.startsWith("up ")) {
                if (now.contains(id) || !now.containsAll(graph().needs(id))) {
                    return "upgrades " + id + " out of order (applied now: " + now + ")";
                }
                now.add(id);
            } else {
                if (!now.contains(id)) {
                    return "downgrades " + id + ", which is not applied";
                }
                now.remove(id);
                for (String other : now) {
                    if (graph().needs(other).contains(id)) {
                        return "downgrades " + id + " while " + other + " still needs it";
                    }
                }
            }
        }
        expected.addAll(up);
        expected.removeAll(down);
        Set<String> after = appliedAfter(outcome);
        if (!after.equals(expected)) {
            return "its rows mean " + after + " applied, but its steps leave " + expected;
        }
        return null;
    }

    String describe() {
        return c.command() + "   (graph seed " + graph().seed() + ")\n" + graph().describe()
                + "    alembic: " + (raw.ok() ? alembic + (raw.warnings().isEmpty() ? "" : " [warned: "
                + raw.warnings() + "]") : "refused: " + raw.errorType() + ": " + raw.message()
                + " (in " + raw.frames().replaceAll(".*>", "") + ")")
                + "\n    migrate: " + migrate;
    }
}
