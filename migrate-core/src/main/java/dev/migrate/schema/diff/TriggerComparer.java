package dev.migrate.schema.diff;

import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Trigger;
import dev.migrate.schema.ops.SchemaOp;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Triggers, matched by schema, table and name. One that changes (definition, enabled state, comment), whose
 * function is dropped and created again, or whose view is dropped and created again (which takes the trigger with
 * it) is dropped first of all and created again last. Runs after the routines and views are compared.
 */
final class TriggerComparer implements Comparer {

    @Override
    public void compare(Comparison c) {
        Map<QualifiedName, Trigger> before = Comparison.byName(c.current, Schema::triggers, Trigger::key);
        Map<QualifiedName, Trigger> after = Comparison.byName(c.desired, Schema::triggers, Trigger::key);
        Set<QualifiedName> recreatedViews = new HashSet<>();
        for (SchemaOp op : c.ops(Phase.DROP_VIEWS)) {
            if (op instanceof SchemaOp.DropView drop) {
                recreatedViews.add(drop.name());
            }
        }
        for (Map.Entry<QualifiedName, Trigger> entry : before.entrySet()) {
            Trigger old = entry.getValue();
            Trigger wanted = after.get(entry.getKey());
            QualifiedName table = QualifiedName.of(entry.getKey().schema(), old.table());
            boolean follows = old.function() != null && c.isRebuilt(old.function()) || recreatedViews.contains(table);
            if (wanted == null || follows || !wanted.equals(old)) {
                c.add(Phase.DROP_TRIGGERS, new SchemaOp.DropTrigger(table, old));
            }
        }
        for (Map.Entry<QualifiedName, Trigger> entry : after.entrySet()) {
            Trigger wanted = entry.getValue();
            Trigger old = before.get(entry.getKey());
            QualifiedName table = QualifiedName.of(entry.getKey().schema(), wanted.table());
            boolean follows = old != null && (old.function() != null && c.isRebuilt(old.function())
                    || recreatedViews.contains(table));
            if (old == null || follows || !wanted.equals(old)) {
                c.add(Phase.CREATE_TRIGGERS, new SchemaOp.CreateTrigger(table, wanted));
            }
        }
    }
}
