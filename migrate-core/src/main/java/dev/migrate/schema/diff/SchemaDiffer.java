package dev.migrate.schema.diff;

import dev.migrate.schema.diff.DiffHooks.NamedKind;
import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.EnumType;
import dev.migrate.schema.model.ForeignKey;
import dev.migrate.schema.model.Index;
import dev.migrate.schema.model.PrimaryKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Sequence;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.UniqueConstraint;
import dev.migrate.schema.model.UnsupportedObject;
import dev.migrate.schema.model.View;
import dev.migrate.schema.ops.SchemaOp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares two schemas of one dialect and lists the operations that turn the current one into the desired one.
 * Generic: a dialect contributes only through {@link DiffHooks}.
 *
 * <p>Operations come out in phases that make the list apply, and make its exact reverse apply too (that reverse is
 * the downgrade):
 * <ol>
 *   <li>create schemas;</li>
 *   <li>drop views that go away, change, or read a table whose columns change (dependents first);</li>
 *   <li>renames declared by hints;</li>
 *   <li>create and alter enum types; create and alter sequences;</li>
 *   <li>drop foreign keys that go away or change, or that lean on a key being dropped;</li>
 *   <li>drop indexes and constraints that go away or change;</li>
 *   <li>drop tables (referencing tables first; a foreign-key cycle is broken by dropping one of its keys);</li>
 *   <li>create tables (referenced tables first, with the foreign keys that can be inline);</li>
 *   <li>add, alter and drop columns;</li>
 *   <li>add constraints and indexes; add foreign keys (including those that close a cycle);</li>
 *   <li>create views (dependencies first); comments;</li>
 *   <li>drop sequences and enum types; drop schemas.</li>
 * </ol>
 * Objects are matched by name; constraints and indexes whose names the database generated are also matched by
 * definition, so that a generated name never causes a change. Every list is walked in name order, so the same
 * input always gives the same operations.
 */
public final class SchemaDiffer {

    private final DiffHooks hooks;

    public SchemaDiffer(DiffHooks hooks) {
        this.hooks = hooks;
    }

    /** The operations that turn {@code current} into {@code desired}, in an order that applies. */
    public DiffResult diff(DatabaseSchema current, DatabaseSchema desired, RenameHints hints) {
        return new Run(current, desired, hints).run();
    }

    /** One comparison: the working copy of the current schema and the operations of each phase. */
    private final class Run {
        private final DatabaseSchema desired;
        private final RenameHints hints;
        private final List<String> warnings = new ArrayList<>();
        private final String defaultSchema;

        /** The current schema with the hinted renames applied, as tables by qualified name. */
        private final Map<QualifiedName, Table> currentTables = new TreeMap<>();
        private final Map<QualifiedName, Table> desiredTables = new TreeMap<>();
        private final Map<QualifiedName, View> currentViews = new TreeMap<>();
        private final Map<QualifiedName, View> desiredViews = new TreeMap<>();
        private final Set<String> currentSchemas = new TreeSet<>();
        private final Set<String> desiredSchemas = new TreeSet<>();
        private final DatabaseSchema current;

        private final List<SchemaOp> createSchemas = new ArrayList<>();
        private final List<SchemaOp> renames = new ArrayList<>();
        private final List<SchemaOp> dropForTypes = new ArrayList<>();
        private final List<SchemaOp> types = new ArrayList<>();
        private final List<SchemaOp> sequences = new ArrayList<>();
        private final List<SchemaOp> dropViews = new ArrayList<>();
        private final List<SchemaOp> dropForeignKeys = new ArrayList<>();
        private final List<SchemaOp> dropConstraints = new ArrayList<>();
        private final List<SchemaOp> dropTables = new ArrayList<>();
        private final List<SchemaOp> createTables = new ArrayList<>();
        private final List<SchemaOp> columns = new ArrayList<>();
        private final List<SchemaOp> addConstraints = new ArrayList<>();
        private final List<SchemaOp> addForeignKeys = new ArrayList<>();
        private final List<SchemaOp> createViews = new ArrayList<>();
        private final List<SchemaOp> comments = new ArrayList<>();
        private final List<SchemaOp> dropSequencesAndTypes = new ArrayList<>();
        private final List<SchemaOp> dropSchemas = new ArrayList<>();

        /** Tables whose columns change in ways views notice (dropped, retyped, renamed), and dropped tables. */
        private final Set<QualifiedName> reshapedTables = new HashSet<>();
        /** Generated columns of the table being compared whose expression changed: added back after new columns. */
        private final List<Column> regenerated = new ArrayList<>();
        /** Foreign keys already dropped (by table), so they are not dropped twice. */
        private final Map<QualifiedName, Set<String>> droppedForeignKeys = new HashMap<>();

        Run(DatabaseSchema current, DatabaseSchema desired, RenameHints hints) {
            this.current = current;
            this.desired = desired;
            this.hints = hints;
            this.defaultSchema = desired.defaultSchema();
            for (Schema schema : current.schemas()) {
                currentSchemas.add(schema.name());
                for (Table table : schema.tables()) {
                    currentTables.put(QualifiedName.of(schema.name(), table.name()), table);
                }
                for (View view : schema.views()) {
                    currentViews.put(QualifiedName.of(schema.name(), view.name()), view);
                }
            }
            for (Schema schema : desired.schemas()) {
                desiredSchemas.add(schema.name());
                for (Table table : schema.tables()) {
                    desiredTables.put(QualifiedName.of(schema.name(), table.name()), table);
                }
                for (View view : schema.views()) {
                    desiredViews.put(QualifiedName.of(schema.name(), view.name()), view);
                }
            }
        }

        DiffResult run() {
            schemas();
            applyRenameHints();
            enumTypes();
            sequences();
            tables();
            views();
            reportUnsupported();
            List<SchemaOp> ops = new ArrayList<>();
            // Views go before renames: a view's snapshot names the tables as they were, and its reverse (in the
            // downgrade) must run after the renames are undone.
            for (List<SchemaOp> phase : List.of(createSchemas, dropViews, renames, dropForTypes, types, sequences,
                    dropForeignKeys,
                    dropConstraints, dropTables, createTables, columns, addConstraints, addForeignKeys, createViews,
                    comments, dropSequencesAndTypes, dropSchemas)) {
                ops.addAll(phase);
            }
            return new DiffResult(ops, warnings);
        }

        // ------------------------------------------------------------------------------------------ schemas

        private void schemas() {
            for (String schema : desiredSchemas) {
                if (!currentSchemas.contains(schema)) {
                    createSchemas.add(new SchemaOp.CreateSchema(schema));
                }
            }
            for (String schema : currentSchemas) {
                if (!desiredSchemas.contains(schema)) {
                    dropSchemas.add(new SchemaOp.DropSchema(schema));
                }
            }
        }

        // ------------------------------------------------------------------------------------------ renames

        /** Turns hinted drop+add pairs into renames, and renames the working copy so the rest compares by name. */
        private void applyRenameHints() {
            for (Map.Entry<QualifiedName, String> hint : new TreeMap<>(hints.tables()).entrySet()) {
                QualifiedName to = hint.getKey();
                QualifiedName from = QualifiedName.of(to.schema(), hint.getValue());
                if (currentTables.containsKey(from) && !currentTables.containsKey(to) && desiredTables.containsKey(to)
                        && !desiredTables.containsKey(from)) {
                    renames.add(new SchemaOp.RenameTable(to.schema(), from.name(), to.name()));
                    renameTable(from, to);
                }
            }
            Map<RenameHints.ColumnName, String> columnHints = new TreeMap<>(
                    Comparator.comparing((RenameHints.ColumnName c) -> c.table()).thenComparing(RenameHints.ColumnName::column));
            columnHints.putAll(hints.columns());
            for (Map.Entry<RenameHints.ColumnName, String> hint : columnHints.entrySet()) {
                QualifiedName tableName = hint.getKey().table();
                String to = hint.getKey().column();
                String from = hint.getValue();
                Table table = currentTables.get(tableName);
                Table target = desiredTables.get(tableName);
                if (table != null && target != null && table.column(from).isPresent() && table.column(to).isEmpty()
                        && target.column(to).isPresent() && target.column(from).isEmpty()) {
                    renames.add(new SchemaOp.RenameColumn(tableName, from, to));
                    renameColumn(tableName, from, to);
                }
            }
        }

        private void renameTable(QualifiedName from, QualifiedName to) {
            Table table = currentTables.remove(from);
            currentTables.put(to, table.withName(to.name()));
            for (Map.Entry<QualifiedName, Table> entry : currentTables.entrySet()) {
                Table t = entry.getValue();
                entry.setValue(t.withForeignKeys(t.foreignKeys().stream()
                        .map(fk -> fk.target().equals(from) ? fk.withTarget(to) : fk).toList()));
            }
            reshapedTables.add(to);
        }

        private void renameColumn(QualifiedName tableName, String from, String to) {
            Function<String, String> rename = c -> c.equals(from) ? to : c;
            Table table = currentTables.get(tableName);
            table = table.mapColumns(c -> c.name().equals(from) ? c.withName(to) : c);
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
            currentTables.put(tableName, table);
            for (Map.Entry<QualifiedName, Table> entry : currentTables.entrySet()) {
                Table t = entry.getValue();
                entry.setValue(t.withForeignKeys(t.foreignKeys().stream()
                        .map(fk -> fk.target().equals(tableName)
                                ? fk.withTargetColumns(fk.targetColumns().stream().map(rename).toList()) : fk)
                        .toList()));
            }
            reshapedTables.add(tableName);
        }

        // -------------------------------------------------------------------------------- types, sequences

        private void enumTypes() {
            Map<QualifiedName, EnumType> before = byName(current, Schema::enums, EnumType::name);
            Map<QualifiedName, EnumType> after = byName(desired, Schema::enums, EnumType::name);
            for (Map.Entry<QualifiedName, EnumType> entry : after.entrySet()) {
                EnumType old = before.get(entry.getKey());
                if (old == null) {
                    types.add(new SchemaOp.CreateEnum(entry.getKey().schema(), entry.getValue()));
                } else if (!old.values().equals(entry.getValue().values())) {
                    SchemaOp.AlterEnum alter = new SchemaOp.AlterEnum(entry.getKey(), old.values(),
                            entry.getValue().values(), usages(entry.getKey()));
                    // Even appending labels has a rebuild as its reverse: whatever compares a column of the type
                    // with its labels (views, index predicates, checks) must come off around it either way.
                    for (SchemaOp.ColumnUsage usage : alter.usages()) {
                        reshapedTables.add(usage.table());
                        releaseForTypeChange(usage.table(), usage.column());
                    }
                    types.add(alter);
                }
            }
            for (Map.Entry<QualifiedName, EnumType> entry : before.entrySet()) {
                if (!after.containsKey(entry.getKey())) {
                    dropSequencesAndTypes.add(new SchemaOp.DropEnum(entry.getKey().schema(), entry.getValue()));
                }
            }
        }

        /**
         * Drops the indexes and checks of a table that mention a column whose type is rebuilt, and removes them from
         * the working copy so that the table comparison adds them back (as the desired schema has them).
         */
        private void releaseForTypeChange(QualifiedName tableName, String column) {
            Table table = currentTables.get(tableName);
            java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![A-Za-z0-9_])\\\"?"
                    + java.util.regex.Pattern.quote(column) + "\\\"?(?![A-Za-z0-9_])");
            List<Index> keptIndexes = new ArrayList<>();
            for (Index index : table.indexes()) {
                boolean mentions = index.keyColumns().contains(column)
                        || index.keys().stream().anyMatch(k -> k.isExpression() && word.matcher(k.expression()).find())
                        || index.predicate() != null && word.matcher(index.predicate()).find();
                if (mentions) {
                    dropForTypes.add(new SchemaOp.DropIndex(tableName, index));
                } else {
                    keptIndexes.add(index);
                }
            }
            List<CheckConstraint> keptChecks = new ArrayList<>();
            for (CheckConstraint check : table.checks()) {
                if (word.matcher(check.expression()).find()) {
                    dropForTypes.add(new SchemaOp.DropCheck(tableName, check));
                } else {
                    keptChecks.add(check);
                }
            }
            currentTables.put(tableName, table.withIndexes(keptIndexes).withChecks(keptChecks));
        }

        /** The current columns that use a type, for rebuilding it. */
        private List<SchemaOp.ColumnUsage> usages(QualifiedName type) {
            List<SchemaOp.ColumnUsage> usages = new ArrayList<>();
            for (Map.Entry<QualifiedName, Table> entry : currentTables.entrySet()) {
                for (Column column : entry.getValue().columns()) {
                    if (type.equals(column.type().userType())) {
                        usages.add(new SchemaOp.ColumnUsage(entry.getKey(), column.name(), column.defaultExpression(),
                                column.type().sql().endsWith("[]")));
                    }
                }
            }
            return usages;
        }

        private void sequences() {
            Map<QualifiedName, Sequence> before = byName(current, Schema::sequences, Sequence::name);
            Map<QualifiedName, Sequence> after = byName(desired, Schema::sequences, Sequence::name);
            for (Map.Entry<QualifiedName, Sequence> entry : after.entrySet()) {
                Sequence old = before.get(entry.getKey());
                if (old == null) {
                    sequences.add(new SchemaOp.CreateSequence(entry.getKey().schema(), entry.getValue()));
                } else if (!old.equals(entry.getValue())) {
                    sequences.add(new SchemaOp.AlterSequence(entry.getKey().schema(), old, entry.getValue()));
                }
            }
            for (Map.Entry<QualifiedName, Sequence> entry : before.entrySet()) {
                if (!after.containsKey(entry.getKey())) {
                    dropSequencesAndTypes.add(new SchemaOp.DropSequence(entry.getKey().schema(), entry.getValue()));
                }
            }
        }

        private <T> Map<QualifiedName, T> byName(DatabaseSchema database, Function<Schema, List<T>> items,
                                                   Function<T, String> name) {
            Map<QualifiedName, T> map = new TreeMap<>();
            for (Schema schema : database.schemas()) {
                for (T item : items.apply(schema)) {
                    map.put(QualifiedName.of(schema.name(), name.apply(item)), item);
                }
            }
            return map;
        }

        // ------------------------------------------------------------------------------------------- tables

        private void tables() {
            Set<QualifiedName> dropped = new TreeSet<>();
            Set<QualifiedName> created = new TreeSet<>();
            for (QualifiedName name : currentTables.keySet()) {
                if (!desiredTables.containsKey(name)) {
                    dropped.add(name);
                }
            }
            for (QualifiedName name : desiredTables.keySet()) {
                if (!currentTables.containsKey(name)) {
                    created.add(name);
                }
            }
            warnPossibleTableRenames(dropped, created);
            reshapedTables.addAll(dropped);
            for (QualifiedName name : currentTables.keySet()) {
                if (desiredTables.containsKey(name)) {
                    compareTable(name, currentTables.get(name), desiredTables.get(name));
                }
            }
            dropForeignKeysIntoDroppedTables(dropped);
            dropTablesInOrder(dropped);
            createTablesInOrder(created);
        }

        private void warnPossibleTableRenames(Set<QualifiedName> dropped, Set<QualifiedName> created) {
            for (QualifiedName gone : dropped) {
                for (QualifiedName added : created) {
                    if (gone.schema().equals(added.schema())
                            && columnShapes(currentTables.get(gone)).equals(columnShapes(desiredTables.get(added)))) {
                        warnings.add("possible rename of table " + gone + " to " + added.name() + ": it is written as "
                                + "drop and create; add '-- migrate:renamed-from " + gone.name() + "' to the CREATE "
                                + "TABLE " + added.name() + " line to keep the data");
                    }
                }
            }
        }

        private List<String> columnShapes(Table table) {
            return table.columns().stream().map(c -> c.name() + " " + c.type().sql()).toList();
        }

        private void compareTable(QualifiedName name, Table from, Table to) {
            columns(name, from, to);
            primaryKey(name, from, to);
            match(NamedKind.UNIQUE, name, from.uniqueConstraints(), to.uniqueConstraints(), UniqueConstraint::name,
                    u -> u.columns(), u -> dropConstraints.add(new SchemaOp.DropUniqueConstraint(name, u)),
                    u -> addConstraints.add(new SchemaOp.AddUniqueConstraint(name, created(name, u))));
            match(NamedKind.CHECK, name, from.checks(), to.checks(), CheckConstraint::name,
                    c -> norm(c.expression()), c -> dropConstraints.add(new SchemaOp.DropCheck(name, c)),
                    c -> addConstraints.add(new SchemaOp.AddCheck(name, created(name, c))));
            match(NamedKind.INDEX, name, from.indexes(), to.indexes(), Index::name,
                    i -> List.of(i.unique(), i.keys().stream()
                                    .map(k -> k.isExpression() ? k.withExpression(norm(k.expression())) : k).toList(),
                            String.valueOf(i.method()), String.valueOf(norm(i.predicate())), i.include()),
                    i -> dropConstraints.add(new SchemaOp.DropIndex(name, i)),
                    i -> addConstraints.add(new SchemaOp.CreateIndex(name, created(name, i))));
            match(NamedKind.FOREIGN_KEY, name, from.foreignKeys(), to.foreignKeys(), ForeignKey::name,
                    fk -> List.of(fk.columns(), fk.target(), fk.targetColumns(), fk.onUpdate(), fk.onDelete(),
                            fk.deferrability()),
                    fk -> dropForeignKey(name, fk),
                    fk -> addForeignKeys.add(new SchemaOp.AddForeignKey(name, created(name, fk))));
            if (!Objects.equals(from.comment(), to.comment())) {
                comments.add(new SchemaOp.AlterTableComment(name, from.comment(), to.comment()));
            }
        }

        private void dropForeignKey(QualifiedName table, ForeignKey key) {
            if (droppedForeignKeys.computeIfAbsent(table, t -> new HashSet<>()).add(key.name())) {
                dropForeignKeys.add(new SchemaOp.DropForeignKey(table, key));
            }
        }

        private void primaryKey(QualifiedName name, Table from, Table to) {
            PrimaryKey before = from.primaryKey();
            PrimaryKey after = to.primaryKey();
            boolean same = before == null ? after == null : after != null && before.columns().equals(after.columns())
                    && (before.name().equals(after.name()) || generated(NamedKind.PRIMARY_KEY, name, before.name())
                    || generated(NamedKind.PRIMARY_KEY, name, after.name()));
            if (same) {
                return;
            }
            if (before != null) {
                dropConstraints.add(new SchemaOp.DropPrimaryKey(name, before));
                releaseKey(name, before.columns());
            }
            if (after != null) {
                addConstraints.add(new SchemaOp.AddPrimaryKey(name, created(name, after)));
            }
        }

        /**
         * Generic matching of named items: same name and same definition is unchanged; same name and another
         * definition is dropped and added; different names with the same definition are unchanged when either name
         * was generated by the database.
         */
        private <T> void match(NamedKind kind, QualifiedName table, List<T> before, List<T> after,
                               Function<T, String> name, Function<T, Object> definition,
                               java.util.function.Consumer<T> drop, java.util.function.Consumer<T> add) {
            List<T> unmatchedBefore = new ArrayList<>();
            Map<String, T> afterByName = new LinkedHashMap<>();
            for (T item : after) {
                afterByName.put(name.apply(item), item);
            }
            List<T> toDrop = new ArrayList<>();
            List<T> toAdd = new ArrayList<>();
            for (T item : before) {
                T other = afterByName.remove(name.apply(item));
                if (other == null) {
                    unmatchedBefore.add(item);
                } else if (!definition.apply(item).equals(definition.apply(other))) {
                    toDrop.add(item);
                    toAdd.add(other);
                }
            }
            List<T> unmatchedAfter = new ArrayList<>(afterByName.values());
            for (T item : unmatchedBefore) {
                Optional<T> twin = unmatchedAfter.stream()
                        .filter(o -> definition.apply(o).equals(definition.apply(item)))
                        .filter(o -> generated(kind, table, name.apply(item)) || generated(kind, table, name.apply(o)))
                        .findFirst();
                if (twin.isPresent()) {
                    unmatchedAfter.remove(twin.get());
                } else {
                    toDrop.add(item);
                }
            }
            toAdd.addAll(unmatchedAfter);
            toDrop.sort(Comparator.comparing(name));
            toAdd.sort(Comparator.comparing(name));
            for (T item : toDrop) {
                drop.accept(item);
                if (item instanceof UniqueConstraint unique) {
                    releaseKey(table, unique.columns());
                }
            }
            toAdd.forEach(add);
        }

        // ---------------------------------------------------------------------------- names of what is created

        private String createdName(NamedKind kind, QualifiedName table, List<String> columns, String definition,
                                   String name) {
            return name != null && !hooks.isGeneratedName(kind, table, name) ? name
                    : hooks.createdName(kind, table, columns, definition, name);
        }

        private PrimaryKey created(QualifiedName table, PrimaryKey key) {
            return new PrimaryKey(createdName(NamedKind.PRIMARY_KEY, table, key.columns(), "", key.name()), key.columns());
        }

        private UniqueConstraint created(QualifiedName table, UniqueConstraint unique) {
            return new UniqueConstraint(createdName(NamedKind.UNIQUE, table, unique.columns(), "", unique.name()),
                    unique.columns());
        }

        private CheckConstraint created(QualifiedName table, CheckConstraint check) {
            return new CheckConstraint(createdName(NamedKind.CHECK, table, List.of(), norm(check.expression()),
                    check.name()), check.expression());
        }

        private ForeignKey created(QualifiedName table, ForeignKey key) {
            String name = createdName(NamedKind.FOREIGN_KEY, table, key.columns(), key.target().toString(), key.name());
            return new ForeignKey(name, key.columns(), key.target(), key.targetColumns(), key.onUpdate(),
                    key.onDelete(), key.deferrability());
        }

        private Index created(QualifiedName table, Index index) {
            return index.withName(createdName(NamedKind.INDEX, table, index.keyColumns(), "", index.name()));
        }

        private Table withCreatedNames(QualifiedName name, Table table) {
            return table.withPrimaryKey(table.primaryKey() == null ? null : created(name, table.primaryKey()))
                    .withUniqueConstraints(table.uniqueConstraints().stream().map(u -> created(name, u)).toList())
                    .withChecks(table.checks().stream().map(c -> created(name, c)).toList())
                    .withIndexes(table.indexes().stream().map(i -> created(name, i)).toList());
        }

        /** An expression in the form it is compared in (see {@link DiffHooks#normalizeExpression}). */
        private String norm(String expression) {
            return expression == null ? null : hooks.normalizeExpression(expression);
        }

        /** Equal as printed, or equal once normalised (normalising costs regular expressions: only when needed). */
        private boolean sameExpression(String a, String b) {
            return Objects.equals(a, b) || a != null && b != null && norm(a).equals(norm(b));
        }

        private boolean sameDefault(String a, String b) {
            return sameExpression(a, b);
        }

        private boolean generated(NamedKind kind, QualifiedName table, String name) {
            return name == null || hooks.isGeneratedName(kind, table, name);
        }

        /**
         * A primary key or unique constraint goes away: foreign keys that reference it must go first, and come back
         * afterwards if the desired schema still has them.
         */
        private void releaseKey(QualifiedName table, List<String> keyColumns) {
            for (Map.Entry<QualifiedName, Table> entry : currentTables.entrySet()) {
                for (ForeignKey fk : entry.getValue().foreignKeys()) {
                    if (fk.target().equals(table) && new HashSet<>(fk.targetColumns()).equals(new HashSet<>(keyColumns))
                            && !droppedForeignKeys.getOrDefault(entry.getKey(), Set.of()).contains(fk.name())) {
                        dropForeignKey(entry.getKey(), fk);
                        Table target = desiredTables.get(entry.getKey());
                        if (target == null) {
                            continue; // the referencing table goes away: its key is dropped (above), not re-added
                        }
                        target.foreignKeys().stream()
                                .filter(d -> d.columns().equals(fk.columns()) && d.target().equals(fk.target())
                                        && d.targetColumns().equals(fk.targetColumns()))
                                .findFirst()
                                .filter(d -> addForeignKeys.stream().noneMatch(op -> op.equals(new SchemaOp.AddForeignKey(entry.getKey(), d))))
                                .ifPresent(d -> addForeignKeys.add(new SchemaOp.AddForeignKey(entry.getKey(),
                                        created(entry.getKey(), d))));
                    }
                }
            }
        }

        // ------------------------------------------------------------------------------------------ columns

        private void columns(QualifiedName name, Table from, Table to) {
            Map<String, Column> before = byColumnName(from);
            Map<String, Column> after = byColumnName(to);
            List<Column> removed = new ArrayList<>();
            for (Column column : from.columns()) {
                if (!after.containsKey(column.name())) {
                    removed.add(column);
                }
            }
            List<Column> added = new ArrayList<>();
            for (Column column : to.columns()) {
                Column old = before.get(column.name());
                if (old == null) {
                    added.add(column);
                } else if (!old.equals(column)) {
                    alterColumn(name, old, column);
                }
            }
            for (Column gone : removed) {
                for (Column add : added) {
                    if (gone.type().sql().equals(add.type().sql())) {
                        warnings.add("possible rename of column " + name + "." + gone.name() + " to " + add.name()
                                + ": it is written as drop and add; add '-- migrate:renamed-from " + gone.name()
                                + "' to the line of column " + add.name() + " to keep the data");
                    }
                }
            }
            // Generated columns go last: their expressions may read the columns added before them.
            for (Column column : added) {
                if (!column.isGenerated()) {
                    columns.add(new SchemaOp.AddColumn(name, column));
                }
            }
            for (Column column : added) {
                if (column.isGenerated()) {
                    columns.add(new SchemaOp.AddColumn(name, column));
                }
            }
            for (Column column : regenerated) {
                columns.add(new SchemaOp.AddColumn(name, column));
            }
            regenerated.clear();
            for (Column column : removed) {
                columns.add(new SchemaOp.DropColumn(name, column));
                reshapedTables.add(name);
            }
        }

        /**
         * The steps that turn one column into another, in an order every database accepts: a default that may
         * not survive comes off first; NOT NULL goes on before an identity (which requires it) and comes off
         * after one is removed.
         */
        private Map<String, Column> byColumnName(Table table) {
            Map<String, Column> columns = new HashMap<>(table.columns().size() * 2);
            for (Column column : table.columns()) {
                columns.put(column.name(), column);
            }
            return columns;
        }

        private void alterColumn(QualifiedName table, Column from, Column to) {
            if (!sameExpression(from.generatedExpression(), to.generatedExpression())) {
                // A generated column's expression cannot be altered in place: drop and add (values are computed).
                columns.add(new SchemaOp.DropColumn(table, from));
                regenerated.add(to);
                reshapedTables.add(table);
                return;
            }
            Column state = from;
            boolean retyped = !from.type().sql().equals(to.type().sql());
            boolean renumbered = !Objects.equals(from.identity(), to.identity());
            boolean defaultChanges = !sameDefault(state.defaultExpression(), to.defaultExpression());
            if (state.defaultExpression() != null && (retyped || renumbered && defaultChanges)) {
                columns.add(new SchemaOp.AlterColumnDefault(table, state.name(), state.defaultExpression(), null));
                state = state.withDefault(null);
            }
            if (retyped) {
                reshapedTables.add(table);
                columns.add(new SchemaOp.AlterColumnType(table, state, state.type(), to.type()));
                state = state.withType(to.type());
            }
            if (state.nullable() && !to.nullable()) {
                columns.add(new SchemaOp.AlterColumnNullability(table, state.name(), true, false));
                state = state.withNullable(false);
            }
            if (renumbered) {
                columns.add(new SchemaOp.AlterColumnIdentity(table, state, state.identity(), to.identity()));
                state = state.withIdentity(to.identity());
            }
            if (!sameDefault(state.defaultExpression(), to.defaultExpression())) {
                columns.add(new SchemaOp.AlterColumnDefault(table, state.name(), state.defaultExpression(),
                        to.defaultExpression()));
            }
            if (!state.nullable() && to.nullable()) {
                columns.add(new SchemaOp.AlterColumnNullability(table, state.name(), false, true));
            }
            if (!Objects.equals(from.comment(), to.comment())) {
                columns.add(new SchemaOp.AlterColumnComment(table, from.name(), from.comment(), to.comment()));
            }
        }

        // ------------------------------------------------------------------------------ dropping and creating

        /** Foreign keys of kept tables that point at dropped tables go in the foreign-key phase. */
        private void dropForeignKeysIntoDroppedTables(Set<QualifiedName> dropped) {
            for (Map.Entry<QualifiedName, Table> entry : currentTables.entrySet()) {
                if (dropped.contains(entry.getKey())) {
                    continue;
                }
                for (ForeignKey fk : entry.getValue().foreignKeys()) {
                    if (dropped.contains(fk.target())) {
                        dropForeignKey(entry.getKey(), fk);
                    }
                }
            }
        }

        /**
         * Drops tables so that a table goes before the tables it references; a cycle is broken by dropping the
         * foreign keys that point at one of its tables first (and the snapshots are taken without them).
         */
        private void dropTablesInOrder(Set<QualifiedName> dropped) {
            Map<QualifiedName, Table> remaining = new TreeMap<>();
            for (QualifiedName name : dropped) {
                // The snapshot is the table as it is when dropped: without foreign keys dropped earlier.
                Set<String> gone = droppedForeignKeys.getOrDefault(name, Set.of());
                Table table = currentTables.get(name);
                remaining.put(name, table.withForeignKeys(table.foreignKeys().stream()
                        .filter(fk -> !gone.contains(fk.name())).toList()));
            }
            while (!remaining.isEmpty()) {
                QualifiedName next = remaining.keySet().stream()
                        .filter(name -> referencedBy(name, remaining).isEmpty())
                        .findFirst()
                        .orElse(null);
                if (next == null) {
                    next = remaining.keySet().iterator().next();
                    for (QualifiedName referrer : referencedBy(next, remaining)) {
                        Table table = remaining.get(referrer);
                        List<ForeignKey> keep = new ArrayList<>();
                        for (ForeignKey fk : table.foreignKeys()) {
                            if (fk.target().equals(next)) {
                                dropForeignKey(referrer, fk);
                            } else {
                                keep.add(fk);
                            }
                        }
                        remaining.put(referrer, table.withForeignKeys(keep));
                    }
                }
                dropTables.add(new SchemaOp.DropTable(next.schema(), remaining.remove(next)));
            }
        }

        /** The other tables of {@code among} with a foreign key to {@code table}. */
        private List<QualifiedName> referencedBy(QualifiedName table, Map<QualifiedName, Table> among) {
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
         * Creates tables so that referenced tables come first, with their foreign keys inline when the referenced
         * key exists by then; the others (and those closing a cycle) are added afterwards.
         */
        private void createTablesInOrder(Set<QualifiedName> created) {
            Set<QualifiedName> remaining = new TreeSet<>(created);
            Set<QualifiedName> done = new HashSet<>();
            while (!remaining.isEmpty()) {
                QualifiedName next = remaining.stream()
                        .filter(name -> desiredTables.get(name).foreignKeys().stream()
                                .noneMatch(fk -> !fk.target().equals(name) && remaining.contains(fk.target())))
                        .findFirst()
                        .orElse(remaining.iterator().next());
                Table table = desiredTables.get(next);
                List<ForeignKey> inline = new ArrayList<>();
                for (ForeignKey fk : table.foreignKeys()) {
                    boolean targetReady = fk.target().equals(next) || done.contains(fk.target())
                            || keyUnchanged(fk.target(), fk.targetColumns());
                    if (targetReady) {
                        inline.add(created(next, fk));
                    } else {
                        addForeignKeys.add(new SchemaOp.AddForeignKey(next, created(next, fk)));
                    }
                }
                createTables.add(new SchemaOp.CreateTable(next.schema(), withCreatedNames(next, table)
                        .withForeignKeys(inline)));
                remaining.remove(next);
                done.add(next);
            }
        }

        /** Whether a kept table has, before and after, a primary key or unique constraint on exactly these columns. */
        private boolean keyUnchanged(QualifiedName table, List<String> columns) {
            Table before = currentTables.get(table);
            Table after = desiredTables.get(table);
            return before != null && after != null && hasKey(before, columns) && hasKey(after, columns)
                    && dropConstraints.stream().noneMatch(op -> op instanceof SchemaOp.DropPrimaryKey d
                    && d.table().equals(table) || op instanceof SchemaOp.DropUniqueConstraint u && u.table().equals(table));
        }

        private boolean hasKey(Table table, List<String> columns) {
            Set<String> wanted = new HashSet<>(columns);
            return table.primaryKey() != null && new HashSet<>(table.primaryKey().columns()).equals(wanted)
                    || table.uniqueConstraints().stream().anyMatch(u -> new HashSet<>(u.columns()).equals(wanted));
        }

        // -------------------------------------------------------------------------------------------- views

        private void views() {
            Set<QualifiedName> recreate = new TreeSet<>();
            for (Map.Entry<QualifiedName, View> entry : currentViews.entrySet()) {
                View after = desiredViews.get(entry.getKey());
                boolean readsReshaped = entry.getValue().dependencies().stream().anyMatch(reshapedTables::contains);
                boolean changed = after == null || !sameExpression(after.definition(), entry.getValue().definition())
                        || !Objects.equals(after.comment(), entry.getValue().comment());
                if (changed || readsReshaped) {
                    recreate.add(entry.getKey());
                }
            }
            // A view over a view that is dropped must go too.
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Map.Entry<QualifiedName, View> entry : currentViews.entrySet()) {
                    if (!recreate.contains(entry.getKey())
                            && entry.getValue().dependencies().stream().anyMatch(recreate::contains)) {
                        recreate.add(entry.getKey());
                        grew = true;
                    }
                }
            }
            List<QualifiedName> dropOrder = viewOrder(recreate, currentViews);
            for (int k = dropOrder.size() - 1; k >= 0; k--) {
                QualifiedName name = dropOrder.get(k);
                dropViews.add(new SchemaOp.DropView(name.schema(), currentViews.get(name)));
            }
            Set<QualifiedName> create = new TreeSet<>();
            for (QualifiedName name : desiredViews.keySet()) {
                if (!currentViews.containsKey(name) || recreate.contains(name)) {
                    create.add(name);
                }
            }
            for (QualifiedName name : viewOrder(create, desiredViews)) {
                createViews.add(new SchemaOp.CreateView(name.schema(), desiredViews.get(name)));
            }
        }

        /** {@code names} with each view after the views (of the same set) it reads. */
        private List<QualifiedName> viewOrder(Set<QualifiedName> names, Map<QualifiedName, View> views) {
            List<QualifiedName> order = new ArrayList<>();
            Set<QualifiedName> placed = new LinkedHashSet<>();
            Set<QualifiedName> remaining = new TreeSet<>(names);
            while (!remaining.isEmpty()) {
                QualifiedName next = remaining.stream()
                        .filter(n -> views.get(n).dependencies().stream()
                                .noneMatch(d -> remaining.contains(d) && !d.equals(n)))
                        .findFirst()
                        .orElse(remaining.iterator().next());
                order.add(next);
                placed.add(next);
                remaining.remove(next);
            }
            return order;
        }

        // -------------------------------------------------------------------------------------- unsupported

        private void reportUnsupported() {
            Set<String> seen = new TreeSet<>();
            for (UnsupportedObject object : desired.unsupported()) {
                seen.add(object.toString());
            }
            for (UnsupportedObject object : current.unsupported()) {
                seen.add(object.toString());
            }
            if (!seen.isEmpty()) {
                warnings.add("not compared (migrate does not manage these kinds of objects): " + String.join(", ", seen));
            }
        }
    }
}
