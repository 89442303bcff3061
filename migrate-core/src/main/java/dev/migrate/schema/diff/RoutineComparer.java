package dev.migrate.schema.diff;

import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Routine;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.ops.SchemaOp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Functions, procedures and aggregates, matched by schema and signature (name and argument types: overloads are distinct
 * routines). A changed definition is replaced in place ({@code CREATE OR REPLACE}) when the kind, the result and
 * the argument list (names, modes, defaults) stay; otherwise the routine is dropped and created again, and the
 * triggers that run it follow ({@link TriggerComparer} asks {@link Comparison#isRebuilt}).
 *
 * <p>New and changed routines come after the types and before the tables, whose defaults, checks and indexes may
 * call them; removed ones go once the tables no longer do. A routine whose arguments or result use a table's row
 * type can only exist while the table does: it comes after the tables are created and goes before they are dropped.
 */
final class RoutineComparer implements Comparer {

    @Override
    public void compare(Comparison c) {
        Map<QualifiedName, Routine> before = Comparison.byName(c.current, Schema::routines, Routine::signature);
        Map<QualifiedName, Routine> after = Comparison.byName(c.desired, Schema::routines, Routine::signature);
        List<SchemaOp> drops = new ArrayList<>();
        List<SchemaOp> creates = new ArrayList<>();
        for (Map.Entry<QualifiedName, Routine> entry : after.entrySet()) {
            Routine old = before.get(entry.getKey());
            Routine routine = entry.getValue();
            if (old == null) {
                creates.add(new SchemaOp.CreateRoutine(entry.getKey(), routine));
            } else if (!old.definition().equals(routine.definition()) || !Objects.equals(old.comment(), routine.comment())) {
                if (old.replaceableBy(routine)) {
                    creates.add(new SchemaOp.ReplaceRoutine(entry.getKey(), old, routine));
                } else {
                    c.rebuilt(entry.getKey());
                    drops.add(new SchemaOp.DropRoutine(entry.getKey(), old));
                    creates.add(new SchemaOp.CreateRoutine(entry.getKey(), routine));
                }
            }
        }
        // Aggregates are built on functions: created after them, dropped before them.
        drops.sort(Comparator.comparing(op -> !isAggregate(op)));
        creates.sort(Comparator.comparing(RoutineComparer::isAggregate));
        for (SchemaOp op : drops) {
            c.add(onRowType(op) ? Phase.DROP_ROUTINES_ON_ROW_TYPES : Phase.ROUTINES, op);
        }
        for (SchemaOp op : creates) {
            c.add(onRowType(op) ? Phase.ROUTINES_ON_ROW_TYPES : Phase.ROUTINES, op);
        }
        List<SchemaOp> removed = new ArrayList<>();
        for (Map.Entry<QualifiedName, Routine> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                removed.add(new SchemaOp.DropRoutine(entry.getKey(), entry.getValue()));
            }
        }
        removed.sort(Comparator.comparing(op -> !isAggregate(op)));
        for (SchemaOp op : removed) {
            c.add(onRowType(op) ? Phase.DROP_ROUTINES_ON_ROW_TYPES : Phase.DROP_ROUTINES, op);
        }
    }

    private static boolean isAggregate(SchemaOp op) {
        Routine routine = op instanceof SchemaOp.CreateRoutine create ? create.routine()
                : op instanceof SchemaOp.DropRoutine drop ? drop.routine() : ((SchemaOp.ReplaceRoutine) op).to();
        return routine.kind() == Routine.Kind.AGGREGATE;
    }

    /** Whether the routine an operation creates, replaces or drops uses a table's row type (either side). */
    private static boolean onRowType(SchemaOp op) {
        if (op instanceof SchemaOp.CreateRoutine create) {
            return create.routine().usesRowType();
        }
        if (op instanceof SchemaOp.DropRoutine drop) {
            return drop.routine().usesRowType();
        }
        SchemaOp.ReplaceRoutine replace = (SchemaOp.ReplaceRoutine) op;
        return replace.from().usesRowType() || replace.to().usesRowType();
    }
}
