package dev.migrate.schema.diff;

import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.ops.SchemaOp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table's columns: added (generated columns last, as their expressions may read the others), altered step by step,
 * dropped; a dropped and an added column of one type are reported as a possible rename.
 */
final class ColumnComparer implements Comparer {

    @Override
    public void compareTable(Comparison c, QualifiedName name, Table from, Table to) {
        Map<String, Column> before = byName(from);
        Map<String, Column> after = byName(to);
        List<Column> removed = new ArrayList<>();
        for (Column column : from.columns()) {
            if (!after.containsKey(column.name())) {
                removed.add(column);
            }
        }
        List<Column> added = new ArrayList<>();
        List<Column> regenerated = new ArrayList<>();
        for (Column column : to.columns()) {
            Column old = before.get(column.name());
            if (old == null) {
                added.add(column);
            } else if (!old.equals(column)) {
                alter(c, name, old, column, regenerated);
            }
        }
        for (Column gone : removed) {
            for (Column add : added) {
                if (gone.type().sql().equals(add.type().sql())) {
                    c.warn("possible rename of column " + name + "." + gone.name() + " to " + add.name()
                            + ": it is written as drop and add; add '-- migrate:renamed-from " + gone.name()
                            + "' to the line of column " + add.name() + " to keep the data");
                }
            }
        }
        // Generated columns go last: their expressions may read the columns added before them.
        for (Column column : added) {
            if (!column.isGenerated()) {
                c.add(Phase.COLUMNS, new SchemaOp.AddColumn(name, column));
            }
        }
        for (Column column : added) {
            if (column.isGenerated()) {
                c.add(Phase.COLUMNS, new SchemaOp.AddColumn(name, column));
            }
        }
        for (Column column : regenerated) {
            c.add(Phase.COLUMNS, new SchemaOp.AddColumn(name, column));
        }
        for (Column column : removed) {
            c.add(Phase.COLUMNS, new SchemaOp.DropColumn(name, column));
            c.reshaped(name);
        }
    }

    private static Map<String, Column> byName(Table table) {
        Map<String, Column> columns = new HashMap<>(table.columns().size() * 2);
        for (Column column : table.columns()) {
            columns.put(column.name(), column);
        }
        return columns;
    }

    /**
     * The steps that turn one column into another, in an order every database accepts: a default that may not
     * survive comes off first; NOT NULL goes on before an identity (which requires it) and comes off after one is
     * removed. A generated column whose expression changes is dropped here and added back with the new columns
     * ({@code regenerated}).
     */
    private static void alter(Comparison c, QualifiedName table, Column from, Column to, List<Column> regenerated) {
        if (!c.judge.sameExpression(from.generatedExpression(), to.generatedExpression())) {
            // A generated column's expression cannot be altered in place: drop and add (values are computed).
            c.add(Phase.COLUMNS, new SchemaOp.DropColumn(table, from));
            regenerated.add(to);
            c.reshaped(table);
            return;
        }
        Column state = from;
        boolean retyped = !from.type().sql().equals(to.type().sql());
        boolean renumbered = !Objects.equals(from.identity(), to.identity());
        boolean defaultChanges = !c.judge.sameExpression(state.defaultExpression(), to.defaultExpression());
        if (state.defaultExpression() != null && (retyped || renumbered && defaultChanges)) {
            c.add(Phase.COLUMNS, new SchemaOp.AlterColumnDefault(table, state.name(), state.defaultExpression(), null));
            state = state.withDefault(null);
        }
        if (retyped) {
            c.reshaped(table);
            if (c.judge.retypeNeedsForeignKeysDropped()) {
                c.releaseColumn(table, from.name());
            }
            c.add(Phase.COLUMNS, new SchemaOp.AlterColumnType(table, state, state.type(), to.type()));
            state = state.withType(to.type());
        }
        if (state.nullable() && !to.nullable()) {
            c.add(Phase.COLUMNS, new SchemaOp.AlterColumnNullability(table, state.name(), true, false, state));
            state = state.withNullable(false);
        }
        if (renumbered) {
            c.add(Phase.COLUMNS, new SchemaOp.AlterColumnIdentity(table, state, state.identity(), to.identity()));
            state = state.withIdentity(to.identity());
        }
        if (!c.judge.sameExpression(state.defaultExpression(), to.defaultExpression())) {
            c.add(Phase.COLUMNS, new SchemaOp.AlterColumnDefault(table, state.name(), state.defaultExpression(),
                    to.defaultExpression()));
            state = state.withDefault(to.defaultExpression());
        }
        if (!state.nullable() && to.nullable()) {
            c.add(Phase.COLUMNS, new SchemaOp.AlterColumnNullability(table, state.name(), false, true, state));
            state = state.withNullable(true);
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            c.add(Phase.COLUMNS, new SchemaOp.AlterColumnComment(table, from.name(), from.comment(), to.comment(),
                    state));
        }
    }
}
