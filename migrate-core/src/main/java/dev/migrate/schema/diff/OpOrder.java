package dev.migrate.schema.diff;

import dev.migrate.schema.ops.SchemaOp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a diff's operations: each comparer files what it finds under a {@link Phase}, in the order it finds
 * it, and the diff is the phases one after the other.
 */
final class OpOrder {

    private final Map<Phase, List<SchemaOp>> phases = new EnumMap<>(Phase.class);

    OpOrder() {
        for (Phase phase : Phase.values()) {
            phases.put(phase, new ArrayList<>());
        }
    }

    void add(Phase phase, SchemaOp op) {
        phases.get(phase).add(op);
    }

    /** The operations filed under {@code phase} so far. */
    List<SchemaOp> in(Phase phase) {
        return Collections.unmodifiableList(phases.get(phase));
    }

    /** Every operation, phase by phase. */
    List<SchemaOp> inOrder() {
        List<SchemaOp> ops = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            ops.addAll(phases.get(phase));
        }
        return ops;
    }
}
