package dev.migrate.schema.diff;

import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.ForeignKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.View;
import dev.migrate.schema.ops.SchemaOp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One comparison in progress: both schemas by qualified name, the operations found so far by phase, the warnings,
 * and what one comparer learns that another needs (tables whose columns change, foreign keys already dropped).
 * Every map is sorted by name, so the same input always gives the same operations.
 */
final class Comparison {

    final DatabaseSchema current;
    final DatabaseSchema desired;
    final RenameHints hints;
    final Judgement judge;

    /** The current tables, with the hinted renames applied once {@link RenameComparer} has run. */
    final Map<QualifiedName, Table> currentTables = new TreeMap<>();
    final Map<QualifiedName, Table> desiredTables = new TreeMap<>();
    final Map<QualifiedName, View> currentViews = new TreeMap<>();
    final Map<QualifiedName, View> desiredViews = new TreeMap<>();
    final Set<String> currentSchemas = new TreeSet<>();
    final Set<String> desiredSchemas = new TreeSet<>();

    private final OpOrder ops = new OpOrder();
    private final List<String> warnings = new ArrayList<>();
    /** Tables whose columns change in ways views notice (dropped, retyped, renamed), and dropped tables. */
    private final Set<QualifiedName> reshapedTables = new HashSet<>();
    /** Routines dropped and created again (a change CREATE OR REPLACE cannot make): what calls them must follow. */
    private final Set<QualifiedName> rebuiltRoutines = new HashSet<>();
    /** Foreign keys already dropped (by table), so they are not dropped twice. */
    private final Map<QualifiedName, Set<String>> droppedForeignKeys = new HashMap<>();

    Comparison(DatabaseSchema current, DatabaseSchema desired, RenameHints hints, Judgement judge) {
        this.current = current;
        this.desired = desired;
        this.hints = hints;
        this.judge = judge;
        read(current, currentSchemas, currentTables, currentViews);
        read(desired, desiredSchemas, desiredTables, desiredViews);
    }

    private static void read(DatabaseSchema database, Set<String> schemas, Map<QualifiedName, Table> tables,
                             Map<QualifiedName, View> views) {
        for (Schema schema : database.schemas()) {
            schemas.add(schema.name());
            for (Table table : schema.tables()) {
                tables.put(QualifiedName.of(schema.name(), table.name()), table);
            }
            for (View view : schema.views()) {
                views.put(QualifiedName.of(schema.name(), view.name()), view);
            }
        }
    }

    /** Objects of one kind in every schema of {@code database}, by qualified name. */
    static <T> Map<QualifiedName, T> byName(DatabaseSchema database, Function<Schema, List<T>> items,
                                            Function<T, String> name) {
        Map<QualifiedName, T> map = new TreeMap<>();
        for (Schema schema : database.schemas()) {
            for (T item : items.apply(schema)) {
                map.put(QualifiedName.of(schema.name(), name.apply(item)), item);
            }
        }
        return map;
    }

    // ---------------------------------------------------------------------------------------------- results

    void add(Phase phase, SchemaOp op) {
        ops.add(phase, op);
    }

    /** The operations filed under {@code phase} so far. */
    List<SchemaOp> ops(Phase phase) {
        return ops.in(phase);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    DiffResult result() {
        return new DiffResult(ops.inOrder(), warnings);
    }

    // ------------------------------------------------------------------------------------- shared knowledge

    /** Notes that a table's columns change in a way a view over it notices, or that the table goes. */
    void reshaped(QualifiedName table) {
        reshapedTables.add(table);
    }

    boolean isReshaped(QualifiedName table) {
        return reshapedTables.contains(table);
    }

    /** Notes that a routine (schema and signature) is dropped and created again. */
    void rebuilt(QualifiedName routine) {
        rebuiltRoutines.add(routine);
    }

    boolean isRebuilt(QualifiedName routine) {
        return rebuiltRoutines.contains(routine);
    }

    /** Drops a foreign key, unless it was dropped already. */
    void dropForeignKey(QualifiedName table, ForeignKey key) {
        if (droppedForeignKeys.computeIfAbsent(table, t -> new HashSet<>()).add(key.name())) {
            add(Phase.DROP_FOREIGN_KEYS, new SchemaOp.DropForeignKey(table, key));
        }
    }

    /** The names of the foreign keys of {@code table} dropped so far. */
    Set<String> droppedForeignKeys(QualifiedName table) {
        return droppedForeignKeys.getOrDefault(table, Set.of());
    }

    /** Adds a foreign key, unless the same addition is there already (the key was released and re-added). */
    void addForeignKey(QualifiedName table, ForeignKey key) {
        SchemaOp add = new SchemaOp.AddForeignKey(table, judge.created(table, key));
        if (!ops(Phase.ADD_FOREIGN_KEYS).contains(add)) {
            add(Phase.ADD_FOREIGN_KEYS, add);
        }
    }

    /**
     * A primary key or unique constraint goes away: foreign keys that reference it must go first, and come back
     * afterwards if the desired schema still has them.
     */
    void releaseKey(QualifiedName table, List<String> keyColumns) {
        release((holder, fk) -> fk.target().equals(table)
                && new HashSet<>(fk.targetColumns()).equals(new HashSet<>(keyColumns)));
    }

    /**
     * The type of {@code table}'s {@code column} changes on a database that wants no foreign key on it meanwhile
     * ({@link DiffHooks#retypeNeedsForeignKeysDropped}): the foreign keys of the table that use the column, and those
     * that reference it, go first and come back afterwards if the desired schema still has them.
     */
    void releaseColumn(QualifiedName table, String column) {
        release((holder, fk) -> holder.equals(table) && fk.columns().contains(column)
                || fk.target().equals(table) && fk.targetColumns().contains(column));
    }

    private void release(BiPredicate<QualifiedName, ForeignKey> affected) {
        for (Map.Entry<QualifiedName, Table> entry : currentTables.entrySet()) {
            for (ForeignKey fk : entry.getValue().foreignKeys()) {
                if (!affected.test(entry.getKey(), fk) || droppedForeignKeys(entry.getKey()).contains(fk.name())) {
                    continue;
                }
                dropForeignKey(entry.getKey(), fk);
                Table target = desiredTables.get(entry.getKey());
                if (target == null) {
                    continue; // the referencing table goes away: its key is dropped (above), not re-added
                }
                target.foreignKeys().stream()
                        .filter(d -> d.columns().equals(fk.columns()) && d.target().equals(fk.target())
                                && d.targetColumns().equals(fk.targetColumns()))
                        .findFirst()
                        .ifPresent(d -> addForeignKey(entry.getKey(), d));
            }
        }
    }
}
