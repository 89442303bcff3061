package dev.migrate.schema.diff;

import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.View;
import dev.migrate.schema.ops.SchemaOp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Views and materialized views: a view that changes (for a materialized view also its {@code WITH [NO] DATA} and
 * indexes), or reads a table whose columns change, or reads a view that is dropped, is dropped before the tables
 * change (dependents first) and created again after them (dependencies first); a materialized view is filled
 * again when it is created. Runs after the tables are compared, as it needs to know which tables are reshaped.
 */
final class ViewComparer implements Comparer {

    @Override
    public void compare(Comparison c) {
        Set<QualifiedName> recreate = new TreeSet<>();
        for (Map.Entry<QualifiedName, View> entry : c.currentViews.entrySet()) {
            View after = c.desiredViews.get(entry.getKey());
            boolean readsReshaped = entry.getValue().dependencies().stream().anyMatch(c::isReshaped);
            View before = entry.getValue();
            boolean changed = after == null
                    || !c.judge.sameExpression(after.definition(), before.definition())
                    || !Objects.equals(after.comment(), before.comment())
                    || after.materialized() != before.materialized() || after.withData() != before.withData()
                    || !after.indexes().equals(before.indexes());
            if (changed || readsReshaped) {
                recreate.add(entry.getKey());
            }
        }
        // A view over a view that is dropped must go too.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<QualifiedName, View> entry : c.currentViews.entrySet()) {
                if (!recreate.contains(entry.getKey())
                        && entry.getValue().dependencies().stream().anyMatch(recreate::contains)) {
                    recreate.add(entry.getKey());
                    grew = true;
                }
            }
        }
        List<QualifiedName> dropOrder = dependenciesFirst(recreate, c.currentViews);
        for (int k = dropOrder.size() - 1; k >= 0; k--) {
            QualifiedName name = dropOrder.get(k);
            c.add(Phase.DROP_VIEWS, new SchemaOp.DropView(name, c.currentViews.get(name)));
        }
        Set<QualifiedName> create = new TreeSet<>();
        for (QualifiedName name : c.desiredViews.keySet()) {
            if (!c.currentViews.containsKey(name) || recreate.contains(name)) {
                create.add(name);
            }
        }
        for (QualifiedName name : dependenciesFirst(create, c.desiredViews)) {
            c.add(Phase.CREATE_VIEWS, new SchemaOp.CreateView(name, c.desiredViews.get(name)));
        }
    }

    /** {@code names} with each view after the views (of the same set) it reads. */
    private static List<QualifiedName> dependenciesFirst(Set<QualifiedName> names, Map<QualifiedName, View> views) {
        List<QualifiedName> order = new ArrayList<>();
        Set<QualifiedName> remaining = new TreeSet<>(names);
        while (!remaining.isEmpty()) {
            QualifiedName next = remaining.stream()
                    .filter(n -> views.get(n).dependencies().stream()
                            .noneMatch(d -> remaining.contains(d) && !d.equals(n)))
                    .findFirst()
                    .orElse(remaining.iterator().next());
            order.add(next);
            remaining.remove(next);
        }
        return order;
    }
}
