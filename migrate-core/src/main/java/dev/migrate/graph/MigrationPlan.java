package dev.migrate.graph;

import java.util.List;

/**
 * The steps that move the database from {@code headsBefore} to {@code headsAfter}, in execution order.
 *
 * @param direction   upgrade or downgrade
 * @param target      the target expression the plan was made for
 * @param headsBefore the version rows before the first step
 * @param headsAfter  the version rows after the last step
 * @param steps       the steps, in order; empty when there is nothing to do
 */
public record MigrationPlan(Direction direction, String target, List<String> headsBefore, List<String> headsAfter,
                            List<MigrationStep> steps) {

    public MigrationPlan {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
        steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
