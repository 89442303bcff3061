package dev.migrate.schema.diff;

import dev.migrate.schema.model.Policy;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.ops.SchemaOp;

import java.util.Map;

/**
 * Row-level security policies, matched by schema, table and name. A policy whose roles, conditions or comment
 * change is altered in place when {@code ALTER POLICY} can do it both ways; otherwise, and when its table's columns
 * change (a policy's condition blocks dropping or retyping a column it reads), it is dropped first of all and
 * created again last, once the functions, tables and views its conditions use exist. Runs after the tables are
 * compared.
 */
final class PolicyComparer implements Comparer {

    @Override
    public void compare(Comparison c) {
        Map<QualifiedName, Policy> before = Comparison.byName(c.current, Schema::policies, Policy::key);
        Map<QualifiedName, Policy> after = Comparison.byName(c.desired, Schema::policies, Policy::key);
        for (Map.Entry<QualifiedName, Policy> entry : before.entrySet()) {
            Policy old = entry.getValue();
            Policy wanted = after.get(entry.getKey());
            QualifiedName table = QualifiedName.of(entry.getKey().schema(), old.table());
            if (wanted == null || rebuilt(c, table, old, wanted)) {
                c.add(Phase.DROP_TRIGGERS, new SchemaOp.DropPolicy(table, old));
            } else if (!wanted.equals(old)) {
                c.add(Phase.CREATE_TRIGGERS, new SchemaOp.AlterPolicy(table, old, wanted));
            }
        }
        for (Map.Entry<QualifiedName, Policy> entry : after.entrySet()) {
            Policy wanted = entry.getValue();
            Policy old = before.get(entry.getKey());
            QualifiedName table = QualifiedName.of(entry.getKey().schema(), wanted.table());
            if (old == null || rebuilt(c, table, old, wanted)) {
                c.add(Phase.CREATE_TRIGGERS, new SchemaOp.CreatePolicy(table, wanted));
            }
        }
    }

    /** Whether a policy both sides have must be dropped and created again rather than altered (or kept). */
    private static boolean rebuilt(Comparison c, QualifiedName table, Policy old, Policy wanted) {
        return c.isReshaped(table) || !old.alterableTo(wanted);
    }
}
