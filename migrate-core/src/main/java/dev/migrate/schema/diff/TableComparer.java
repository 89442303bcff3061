package dev.migrate.schema.diff;

import dev.migrate.schema.model.ForeignKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.TableOptions;
import dev.migrate.schema.ops.SchemaOp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tables: dropped (referencing tables, partitions and inheriting tables first), created (referenced and parent
 * tables first), and for each table both sides have, its partition (attached, detached), persistence, storage
 * parameters, row-level security and parts
 * compared by the part comparers in order, then its comment. A table whose partitioning or inheritance changes is
 * dropped and created again, with its partitions.
 */
final class TableComparer implements Comparer {

    private final List<Comparer> parts;

    /** @param parts the comparers of what lives in a table, in the order their operations should come */
    TableComparer(List<Comparer> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public void compare(Comparison c) {
        Set<QualifiedName> dropped = new TreeSet<>();
        Set<QualifiedName> created = new TreeSet<>();
        for (QualifiedName name : c.currentTables.keySet()) {
            if (!c.desiredTables.containsKey(name)) {
                dropped.add(name);
            }
        }
        for (QualifiedName name : c.desiredTables.keySet()) {
            if (!c.currentTables.containsKey(name)) {
                created.add(name);
            }
        }
        rebuild(c, dropped, created);
        warnPossibleRenames(c, dropped, created);
        dropped.forEach(c::reshaped);
        for (QualifiedName name : c.currentTables.keySet()) {
            if (c.desiredTables.containsKey(name) && !dropped.contains(name)) {
                compareTable(c, name, c.currentTables.get(name), c.desiredTables.get(name));
            }
        }
        dropForeignKeysInto(c, dropped);
        drop(c, dropped);
        create(c, created);
    }

    /**
     * Tables whose partitioning (strategy, key) or inheritance changes, which PostgreSQL cannot change in place, are
     * dropped and created again; so are the partitions and inheriting tables of a table that is and that stay
     * with it (dropping a partitioned table drops its partitions).
     */
    private static void rebuild(Comparison c, Set<QualifiedName> dropped, Set<QualifiedName> created) {
        for (QualifiedName name : c.currentTables.keySet()) {
            Table to = c.desiredTables.get(name);
            if (to != null && !c.currentTables.get(name).options().sameShape(to.options())) {
                c.warn("table " + name + " changes its partitioning or inheritance, which the database cannot change "
                        + "in place: it is dropped and created again, and its rows are lost");
                dropped.add(name);
                created.add(name);
            }
        }
        boolean more = true;
        while (more) {
            more = false;
            for (Map.Entry<QualifiedName, Table> entry : c.currentTables.entrySet()) {
                QualifiedName name = entry.getKey();
                Table wanted = c.desiredTables.get(name);
                // a partition that leaves a table being dropped is detached instead (see compareTable)
                if (!dropped.contains(name) && entry.getValue().options().parents().stream()
                        .anyMatch(parent -> dropped.contains(parent) && wanted.options().parents().contains(parent))) {
                    dropped.add(name);
                    if (c.desiredTables.containsKey(name)) {
                        created.add(name);
                    }
                    more = true;
                }
            }
        }
    }

    @Override
    public void compareTable(Comparison c, QualifiedName name, Table from, Table to) {
        TableOptions before = from.options();
        TableOptions after = to.options();
        if (!Objects.equals(before.partitionOf(), after.partitionOf())
                || !Objects.equals(before.partitionBound(), after.partitionBound())) {
            if (before.isPartition()) {
                c.add(Phase.DETACH_PARTITIONS, new SchemaOp.DetachPartition(name, before.partitionOf(),
                        before.partitionBound()));
            }
            if (after.isPartition()) {
                c.add(Phase.ATTACH_PARTITIONS, new SchemaOp.AttachPartition(name, after.partitionOf(),
                        after.partitionBound()));
            }
        }
        if (before.unlogged() != after.unlogged()) {
            c.add(Phase.COLUMNS, new SchemaOp.AlterTablePersistence(name, after.unlogged()));
        }
        if (!before.storage().equals(after.storage())) {
            c.add(Phase.COLUMNS, new SchemaOp.AlterTableStorage(name, before.storage(), after.storage()));
        }
        if (before.rowSecurity() != after.rowSecurity() || before.forceRowSecurity() != after.forceRowSecurity()) {
            c.add(Phase.COLUMNS, new SchemaOp.AlterRowSecurity(name, before.rowSecurity(), before.forceRowSecurity(),
                    after.rowSecurity(), after.forceRowSecurity()));
        }
        if (before.isPartition() != after.isPartition()) {
            // A partition has its parent's columns, and its keys and indexes from it: compare the columns only.
            Table parent = before.isPartition() ? c.currentTables.get(before.partitionOf())
                    : c.desiredTables.get(after.partitionOf());
            if (parent != null) {
                Table a = before.isPartition() ? from.withColumns(parent.columns()) : from;
                Table b = after.isPartition() ? to.withColumns(parent.columns()) : to;
                parts.stream().filter(ColumnComparer.class::isInstance).forEach(p -> p.compareTable(c, name, a, b));
            }
        } else {
            for (Comparer part : parts) {
                part.compareTable(c, name, from, to);
            }
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            c.add(Phase.COMMENTS, new SchemaOp.AlterTableComment(name, from.comment(), to.comment()));
        }
    }

    private static void warnPossibleRenames(Comparison c, Set<QualifiedName> dropped, Set<QualifiedName> created) {
        for (QualifiedName gone : dropped) {
            for (QualifiedName added : created) {
                if (gone.schema().equals(added.schema()) && !gone.equals(added)
                        && columnShapes(c.currentTables.get(gone)).equals(columnShapes(c.desiredTables.get(added)))) {
                    c.warn("possible rename of table " + gone + " to " + added.name() + ": it is written as drop and "
                            + "create; add '-- migrate:renamed-from " + gone.name() + "' to the CREATE TABLE "
                            + added.name() + " line to keep the data");
                }
            }
        }
    }

    private static List<String> columnShapes(Table table) {
        return table.columns().stream().map(column -> column.name() + " " + column.type().sql()).toList();
    }

    /** Foreign keys of kept tables that point at dropped tables go in the foreign-key phase. */
    private static void dropForeignKeysInto(Comparison c, Set<QualifiedName> dropped) {
        for (Map.Entry<QualifiedName, Table> entry : c.currentTables.entrySet()) {
            if (dropped.contains(entry.getKey())) {
                continue;
            }
            for (ForeignKey fk : entry.getValue().foreignKeys()) {
                if (dropped.contains(fk.target())) {
                    c.dropForeignKey(entry.getKey(), fk);
                }
            }
        }
    }

    /**
     * Drops tables so that a table goes before the tables it references; a cycle is broken by dropping the foreign
     * keys that point at one of its tables first (and the snapshots are taken without them).
     */
    private static void drop(Comparison c, Set<QualifiedName> dropped) {
        Map<QualifiedName, Table> remaining = new TreeMap<>();
        for (QualifiedName name : dropped) {
            // The snapshot is the table as it is when dropped: without foreign keys dropped earlier.
            Set<String> gone = c.droppedForeignKeys(name);
            Table table = c.currentTables.get(name);
            remaining.put(name, table.withForeignKeys(table.foreignKeys().stream()
                    .filter(fk -> !gone.contains(fk.name())).toList()));
        }
        while (!remaining.isEmpty()) {
            QualifiedName next = remaining.keySet().stream()
                    .filter(name -> referencedBy(name, remaining).isEmpty() && remaining.values().stream()
                            .noneMatch(t -> t.options().parents().contains(name)))
                    .findFirst()
                    .orElse(null);
            if (next == null) {
                next = remaining.keySet().iterator().next();
                for (QualifiedName referrer : referencedBy(next, remaining)) {
                    Table table = remaining.get(referrer);
                    List<ForeignKey> keep = new ArrayList<>();
                    for (ForeignKey fk : table.foreignKeys()) {
                        if (fk.target().equals(next)) {
                            c.dropForeignKey(referrer, fk);
                        } else {
                            keep.add(fk);
                        }
                    }
                    remaining.put(referrer, table.withForeignKeys(keep));
                }
            }
            c.add(Phase.DROP_TABLES, new SchemaOp.DropTable(next, remaining.remove(next)));
        }
    }

    /** The other tables of {@code among} with a foreign key to {@code table}. */
    private static List<QualifiedName> referencedBy(QualifiedName table, Map<QualifiedName, Table> among) {
        List<QualifiedName> referrers = new ArrayList<>();
        for (Map.Entry<QualifiedName, Table> entry : among.entrySet()) {
            if (!entry.getKey().equals(table)
                    && entry.getValue().foreignKeys().stream().anyMatch(fk -> fk.target().equals(table))) {
                referrers.add(entry.getKey());
            }
        }
        return referrers;
    }

    /**
     * Creates tables so that referenced tables come first, with their foreign keys inline when the referenced key
     * exists by then; the others (and those closing a cycle) are added afterwards.
     */
    private static void create(Comparison c, Set<QualifiedName> created) {
        Set<QualifiedName> remaining = new TreeSet<>(created);
        Set<QualifiedName> done = new HashSet<>();
        while (!remaining.isEmpty()) {
            QualifiedName next = remaining.stream()
                    .filter(name -> c.desiredTables.get(name).foreignKeys().stream()
                            .noneMatch(fk -> !fk.target().equals(name) && remaining.contains(fk.target()))
                            && c.desiredTables.get(name).options().parents().stream().noneMatch(remaining::contains))
                    .findFirst()
                    .orElse(remaining.iterator().next());
            Table table = c.desiredTables.get(next);
            List<ForeignKey> inline = new ArrayList<>();
            for (ForeignKey fk : table.foreignKeys()) {
                boolean targetReady = fk.target().equals(next) || done.contains(fk.target())
                        || keyUnchanged(c, fk.target(), fk.targetColumns());
                if (targetReady) {
                    inline.add(c.judge.created(next, fk));
                } else {
                    c.add(Phase.ADD_FOREIGN_KEYS, new SchemaOp.AddForeignKey(next, c.judge.created(next, fk)));
                }
            }
            c.add(Phase.CREATE_TABLES, new SchemaOp.CreateTable(next, c.judge.withCreatedNames(next, table)
                    .withForeignKeys(inline)));
            remaining.remove(next);
            done.add(next);
        }
    }

    /** Whether a kept table has, before and after, a primary key or unique constraint on exactly these columns. */
    private static boolean keyUnchanged(Comparison c, QualifiedName table, List<String> columns) {
        Table before = c.currentTables.get(table);
        Table after = c.desiredTables.get(table);
        return before != null && after != null && hasKey(before, columns) && hasKey(after, columns)
                && c.ops(Phase.DROP_CONSTRAINTS).stream().noneMatch(op -> op instanceof SchemaOp.DropPrimaryKey d
                && d.table().equals(table) || op instanceof SchemaOp.DropUniqueConstraint u && u.table().equals(table));
    }

    private static boolean hasKey(Table table, List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        return table.primaryKey() != null && new HashSet<>(table.primaryKey().columns()).equals(wanted)
                || table.uniqueConstraints().stream().anyMatch(u -> new HashSet<>(u.columns()).equals(wanted));
    }
}
