package dev.migrate.schema.diff;

import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.EnumType;
import dev.migrate.schema.model.Index;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.ops.SchemaOp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Named enum types: created before the tables that use them, dropped after. A change of labels lists the columns
 * that use the type, and takes off what compares those columns with labels (indexes, checks) around the change.
 */
final class EnumTypeComparer implements Comparer {

    @Override
    public void compare(Comparison c) {
        Map<QualifiedName, EnumType> before = Comparison.byName(c.current, Schema::enums, EnumType::name);
        Map<QualifiedName, EnumType> after = Comparison.byName(c.desired, Schema::enums, EnumType::name);
        for (Map.Entry<QualifiedName, EnumType> entry : after.entrySet()) {
            EnumType old = before.get(entry.getKey());
            if (old == null) {
                c.add(Phase.TYPES, new SchemaOp.CreateEnum(entry.getKey(), entry.getValue()));
            } else if (!old.values().equals(entry.getValue().values())) {
                SchemaOp.AlterEnum alter = new SchemaOp.AlterEnum(entry.getKey(), old.values(),
                        entry.getValue().values(), usages(c, entry.getKey()));
                // Even appending labels has a rebuild as its reverse: whatever compares a column of the type with its
                // labels (views, index predicates, checks) must come off around it either way.
                for (SchemaOp.ColumnUsage usage : alter.usages()) {
                    c.reshaped(usage.table());
                    releaseForTypeChange(c, usage.table(), usage.column());
                }
                c.add(Phase.TYPES, alter);
            }
        }
        for (Map.Entry<QualifiedName, EnumType> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                c.add(Phase.DROP_SEQUENCES_AND_TYPES, new SchemaOp.DropEnum(entry.getKey(), entry.getValue()));
            }
        }
    }

    /**
     * Drops the indexes and checks of a table that mention a column whose type is rebuilt, and removes them from the
     * working copy so that the table comparison adds them back (as the desired schema has them).
     */
    private static void releaseForTypeChange(Comparison c, QualifiedName tableName, String column) {
        Table table = c.currentTables.get(tableName);
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_])\\\"?" + Pattern.quote(column) + "\\\"?(?![A-Za-z0-9_])");
        List<Index> keptIndexes = new ArrayList<>();
        for (Index index : table.indexes()) {
            boolean mentions = index.keyColumns().contains(column)
                    || index.keys().stream().anyMatch(k -> k.isExpression() && word.matcher(k.expression()).find())
                    || index.predicate() != null && word.matcher(index.predicate()).find();
            if (mentions) {
                c.add(Phase.DROP_FOR_TYPE_CHANGES, new SchemaOp.DropIndex(tableName, index));
            } else {
                keptIndexes.add(index);
            }
        }
        List<CheckConstraint> keptChecks = new ArrayList<>();
        for (CheckConstraint check : table.checks()) {
            if (word.matcher(check.expression()).find()) {
                c.add(Phase.DROP_FOR_TYPE_CHANGES, new SchemaOp.DropCheck(tableName, check));
            } else {
                keptChecks.add(check);
            }
        }
        c.currentTables.put(tableName, table.withIndexes(keptIndexes).withChecks(keptChecks));
    }

    /** The current columns that use a type, for rebuilding it. */
    private static List<SchemaOp.ColumnUsage> usages(Comparison c, QualifiedName type) {
        List<SchemaOp.ColumnUsage> usages = new ArrayList<>();
        for (Map.Entry<QualifiedName, Table> entry : c.currentTables.entrySet()) {
            for (Column column : entry.getValue().columns()) {
                if (type.equals(column.type().userType())) {
                    usages.add(new SchemaOp.ColumnUsage(entry.getKey(), column.name(), column.defaultExpression(),
                            column.type().sql().endsWith("[]")));
                }
            }
        }
        return usages;
    }
}
