package dev.migrate.schema.diff;

import dev.migrate.schema.model.PrimaryKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.TableOptions;
import dev.migrate.schema.model.UniqueConstraint;
import dev.migrate.schema.ops.SchemaOp;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Renames declared by {@link RenameHints}: turns a hinted drop and add into a rename, and renames the working copy of
 * the current schema, so that every later comparer compares by the new names.
 */
final class RenameComparer implements Comparer {

    @Override
    public void compare(Comparison c) {
        for (Map.Entry<QualifiedName, String> hint : new TreeMap<>(c.hints.tables()).entrySet()) {
            QualifiedName to = hint.getKey();
            QualifiedName from = QualifiedName.of(to.schema(), hint.getValue());
            if (c.currentTables.containsKey(from) && !c.currentTables.containsKey(to) && c.desiredTables.containsKey(to)
                    && !c.desiredTables.containsKey(from)) {
                c.add(Phase.RENAMES, new SchemaOp.RenameTable(from, to.name()));
                renameTable(c, from, to);
            }
        }
        Map<RenameHints.ColumnName, String> columnHints = new TreeMap<>(Comparator
                .comparing((RenameHints.ColumnName column) -> column.table())
                .thenComparing(RenameHints.ColumnName::column));
        columnHints.putAll(c.hints.columns());
        for (Map.Entry<RenameHints.ColumnName, String> hint : columnHints.entrySet()) {
            QualifiedName tableName = hint.getKey().table();
            String to = hint.getKey().column();
            String from = hint.getValue();
            Table table = c.currentTables.get(tableName);
            Table target = c.desiredTables.get(tableName);
            if (table != null && target != null && table.column(from).isPresent() && table.column(to).isEmpty()
                    && target.column(to).isPresent() && target.column(from).isEmpty()) {
                c.add(Phase.RENAMES, new SchemaOp.RenameColumn(tableName, from, to));
                renameColumn(c, tableName, from, to);
            }
        }
    }

    private static void renameTable(Comparison c, QualifiedName from, QualifiedName to) {
        Table table = c.currentTables.remove(from);
        c.currentTables.put(to, table.withName(to.name()));
        for (Map.Entry<QualifiedName, Table> entry : c.currentTables.entrySet()) {
            Table t = entry.getValue();
            t = t.withForeignKeys(t.foreignKeys().stream()
                    .map(fk -> fk.target().equals(from) ? fk.withTarget(to) : fk).toList());
            TableOptions options = t.options();
            if (from.equals(options.partitionOf())) {
                t = t.withOptions(options.withPartitionOf(to, options.partitionBound()));
            } else if (options.inherits().contains(from)) {
                t = t.withOptions(options.withInherits(options.inherits().stream()
                        .map(parent -> parent.equals(from) ? to : parent).toList()));
            }
            entry.setValue(t);
        }
        c.reshaped(to);
    }

    private static void renameColumn(Comparison c, QualifiedName tableName, String from, String to) {
        Function<String, String> rename = column -> column.equals(from) ? to : column;
        Table table = c.currentTables.get(tableName);
        table = table.mapColumns(column -> column.name().equals(from) ? column.withName(to) : column);
        if (table.primaryKey() != null) {
            table = table.withPrimaryKey(new PrimaryKey(table.primaryKey().name(),
                    table.primaryKey().columns().stream().map(rename).toList()));
        }
        table = table.withUniqueConstraints(table.uniqueConstraints().stream()
                .map(u -> new UniqueConstraint(u.name(), u.columns().stream().map(rename).toList())).toList());
        table = table.withForeignKeys(table.foreignKeys().stream()
                .map(fk -> fk.withColumns(fk.columns().stream().map(rename).toList())).toList());
        table = table.withIndexes(table.indexes().stream()
                .map(i -> i.withKeys(i.keys().stream()
                        .map(k -> k.isExpression() ? k : k.withColumn(rename.apply(k.column()))).toList()))
                .toList());
        c.currentTables.put(tableName, table);
        for (Map.Entry<QualifiedName, Table> entry : c.currentTables.entrySet()) {
            Table t = entry.getValue();
            entry.setValue(t.withForeignKeys(t.foreignKeys().stream()
                    .map(fk -> fk.target().equals(tableName)
                            ? fk.withTargetColumns(fk.targetColumns().stream().map(rename).toList()) : fk)
                    .toList()));
        }
        c.reshaped(tableName);
    }
}
