package dev.migrate.schema.diff;

import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.ColumnType;
import dev.migrate.schema.model.CompositeType;
import dev.migrate.schema.model.Domain;
import dev.migrate.schema.model.Extension;
import dev.migrate.schema.model.RangeType;
import dev.migrate.schema.model.Routine;
import dev.migrate.schema.model.Trigger;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.Deferrability;
import dev.migrate.schema.model.EnumType;
import dev.migrate.schema.model.ForeignKey;
import dev.migrate.schema.model.Identity;
import dev.migrate.schema.model.Index;
import dev.migrate.schema.model.IndexKey;
import dev.migrate.schema.model.PrimaryKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.ReferentialAction;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Sequence;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.UniqueConstraint;
import dev.migrate.schema.model.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Random, valid schema models and random valid edits of them, for testing the differ against {@link ModelApplier}.
 * Every table's first column {@code id} is an integer primary key that foreign keys point at.
 */
final class RandomSchemas {

    static final String PUBLIC = "public";
    private static final QualifiedName MOOD = QualifiedName.of(PUBLIC, "mood");
    private static final List<ColumnType> TYPES = List.of(
            new ColumnType("integer", "integer", null, 32, 0, null),
            new ColumnType("bigint", "bigint", null, 64, 0, null),
            new ColumnType("character varying(10)", "character varying", 10, null, null, null),
            new ColumnType("character varying(40)", "character varying", 40, null, null, null),
            ColumnType.of("text"),
            new ColumnType("numeric(10,2)", "numeric", null, 10, 2, null),
            new ColumnType("mood", "mood", null, null, null, MOOD));

    private final Random random;
    private int counter;

    RandomSchemas(long seed) {
        this.random = new Random(seed);
    }

    /** A mutable working copy of a model. */
    static final class Draft {
        final Map<QualifiedName, Table> tables = new TreeMap<>();
        final Map<QualifiedName, View> views = new TreeMap<>();
        final Map<QualifiedName, Sequence> sequences = new TreeMap<>();
        final Map<QualifiedName, EnumType> enums = new TreeMap<>();
        final Set<String> schemas = new java.util.TreeSet<>(Set.of(PUBLIC));
        final Map<QualifiedName, Extension> extensions = new TreeMap<>();
        final Map<QualifiedName, Domain> domains = new TreeMap<>();
        final Map<QualifiedName, CompositeType> composites = new TreeMap<>();
        final Map<QualifiedName, RangeType> ranges = new TreeMap<>();
        final Map<QualifiedName, Routine> routines = new TreeMap<>();
        final Map<QualifiedName, Trigger> triggers = new TreeMap<>();

        static Draft of(DatabaseSchema model) {
            Draft draft = new Draft();
            draft.schemas.clear();
            for (Schema schema : model.schemas()) {
                draft.schemas.add(schema.name());
                schema.tables().forEach(t -> draft.tables.put(QualifiedName.of(schema.name(), t.name()), t));
                schema.views().forEach(v -> draft.views.put(QualifiedName.of(schema.name(), v.name()), v));
                schema.sequences().forEach(s -> draft.sequences.put(QualifiedName.of(schema.name(), s.name()), s));
                schema.enums().forEach(e -> draft.enums.put(QualifiedName.of(schema.name(), e.name()), e));
                schema.extensions().forEach(e -> draft.extensions.put(QualifiedName.of(schema.name(), e.name()), e));
                schema.domains().forEach(d -> draft.domains.put(QualifiedName.of(schema.name(), d.name()), d));
                schema.compositeTypes().forEach(t -> draft.composites.put(QualifiedName.of(schema.name(), t.name()), t));
                schema.rangeTypes().forEach(t -> draft.ranges.put(QualifiedName.of(schema.name(), t.name()), t));
                schema.routines().forEach(r -> draft.routines.put(QualifiedName.of(schema.name(), r.signature()), r));
                schema.triggers().forEach(t -> draft.triggers.put(QualifiedName.of(schema.name(), t.key()), t));
            }
            return draft;
        }

        DatabaseSchema build() {
            List<Schema> list = new ArrayList<>();
            for (String schema : schemas) {
                list.add(new Schema(schema, pick(tables, schema), pick(views, schema), pick(sequences, schema),
                        pick(enums, schema), pick(extensions, schema), pick(domains, schema), pick(composites, schema),
                        pick(ranges, schema), pick(routines, schema), pick(triggers, schema)));
            }
            return new DatabaseSchema(PUBLIC, list, List.of());
        }

        private static <T> List<T> pick(Map<QualifiedName, T> items, String schema) {
            List<T> picked = new ArrayList<>();
            items.forEach((name, item) -> {
                if (name.schema().equals(schema)) {
                    picked.add(item);
                }
            });
            return picked;
        }
    }

    DatabaseSchema schema() {
        Draft draft = new Draft();
        if (random.nextBoolean()) {
            draft.schemas.add("extra");
        }
        if (random.nextInt(3) > 0) {
            draft.enums.put(MOOD, new EnumType("mood", List.of("sad", "ok", "happy")));
        }
        if (random.nextBoolean()) {
            draft.sequences.put(QualifiedName.of(PUBLIC, "counter"), sequence("counter", 1));
        }
        int tables = random.nextInt(6);
        for (int k = 0; k < tables; k++) {
            addTable(draft);
        }
        int views = random.nextInt(3);
        for (int k = 0; k < views; k++) {
            addView(draft);
        }
        addObjects(draft);
        return draft.build();
    }

    // ------------------------------------------------- extensions, domains, composite and range types, routines

    static final QualifiedName TRGM = QualifiedName.of(PUBLIC, "pg_trgm");
    static final QualifiedName AMOUNT = QualifiedName.of(PUBLIC, "amount");
    static final QualifiedName ADDRESS = QualifiedName.of(PUBLIC, "address");
    static final QualifiedName SPAN = QualifiedName.of(PUBLIC, "span");
    static final QualifiedName TOUCH = QualifiedName.of(PUBLIC, "touch()");
    static final QualifiedName CALC = QualifiedName.of(PUBLIC, "calc(integer)");

    private Domain amount(String check) {
        return new Domain("amount", "numeric(12,2)", null, random.nextBoolean() ? "0" : null, random.nextBoolean(),
                List.of(new CheckConstraint("amount_check", check)), random.nextBoolean() ? "money" : null);
    }

    private CompositeType address(boolean withAmount, boolean zipFirst) {
        List<CompositeType.Attribute> attributes = new ArrayList<>();
        if (zipFirst) {
            attributes.add(new CompositeType.Attribute("zip", "text"));
        }
        attributes.add(new CompositeType.Attribute("street", "text"));
        if (withAmount) {
            attributes.add(new CompositeType.Attribute("price", AMOUNT.toString()));
        }
        return new CompositeType("address", attributes, null);
    }

    private static Routine touch(String body) {
        return new Routine("touch", "", "", "", Routine.Kind.FUNCTION, "trigger", "CREATE FUNCTION touch() " + body,
                false, null);
    }

    private static Routine calc(String result, String body) {
        return new Routine("calc", "integer", "x integer", "x integer", Routine.Kind.FUNCTION, result,
                "CREATE FUNCTION calc(x integer) RETURNS " + result + " " + body, false, null);
    }

    private Trigger trigger(QualifiedName table, String when) {
        return new Trigger(table.name(), "trg", "CREATE TRIGGER trg " + when + " ON " + table, TOUCH,
                random.nextInt(4) == 0 ? Trigger.Enabled.DISABLED : Trigger.Enabled.ORIGIN, null);
    }

    private void addObjects(Draft draft) {
        if (random.nextBoolean()) {
            draft.extensions.put(TRGM, new Extension("pg_trgm", random.nextBoolean() ? "1.5" : "1.6"));
        }
        if (random.nextBoolean()) {
            draft.domains.put(AMOUNT, amount("(VALUE >= 0)"));
            if (random.nextBoolean()) {
                draft.ranges.put(SPAN, new RangeType("span", AMOUNT.toString(), null, null, null, null));
            }
        }
        if (random.nextBoolean()) {
            draft.composites.put(ADDRESS, address(draft.domains.containsKey(AMOUNT) && random.nextBoolean(), false));
        }
        if (random.nextBoolean()) {
            draft.routines.put(CALC, calc("integer", "AS 'SELECT x'"));
        }
        if (random.nextBoolean()) {
            draft.routines.put(TOUCH, touch("AS 'one'"));
            for (QualifiedName table : draft.tables.keySet()) {
                if (random.nextBoolean()) {
                    Trigger trigger = trigger(table, "BEFORE UPDATE");
                    draft.triggers.put(QualifiedName.of(table.schema(), trigger.key()), trigger);
                }
            }
        }
    }

    /** Edits the objects beside the tables, keeping the draft valid (nothing left using what goes). */
    private void editObjects(Draft draft) {
        int dice = random.nextInt(4);
        if (dice == 0) {
            draft.extensions.remove(TRGM);
        } else if (dice == 1) {
            draft.extensions.put(TRGM, new Extension("pg_trgm", random.nextBoolean() ? "1.5" : "1.6"));
        }
        if (draft.domains.containsKey(AMOUNT)) {
            dice = random.nextInt(4);
            if (dice == 0) {
                draft.domains.put(AMOUNT, amount(random.nextBoolean() ? "(VALUE >= 0)" : "(VALUE > 0)"));
            } else if (dice == 1) {
                draft.domains.put(AMOUNT, new Domain("amount", "numeric(14,2)", null, null, false, List.of(), null));
            } else if (dice == 2) {
                draft.domains.remove(AMOUNT);
                draft.ranges.remove(SPAN);
                CompositeType address = draft.composites.get(ADDRESS);
                if (address != null && address.attributes().size() > 1) {
                    draft.composites.put(ADDRESS, address(false, address.attributes().get(0).name().equals("zip")));
                }
            }
        } else if (random.nextInt(3) == 0) {
            draft.domains.put(AMOUNT, amount("(VALUE >= 0)"));
        }
        if (draft.ranges.containsKey(SPAN) && random.nextInt(3) == 0) {
            draft.ranges.put(SPAN, new RangeType("span", AMOUNT.toString(), null, null, "amount_diff", "changed"));
        } else if (!draft.ranges.containsKey(SPAN) && draft.domains.containsKey(AMOUNT) && random.nextInt(3) == 0) {
            draft.ranges.put(SPAN, new RangeType("span", AMOUNT.toString(), null, null, null, null));
        }
        dice = random.nextInt(5);
        if (dice == 0) {
            draft.composites.remove(ADDRESS);
        } else if (dice == 1 || dice == 2) {
            draft.composites.put(ADDRESS, address(draft.domains.containsKey(AMOUNT) && random.nextBoolean(),
                    dice == 2));
        }
        dice = random.nextInt(4);
        if (dice == 0) {
            draft.routines.remove(CALC);
        } else if (dice == 1) {
            draft.routines.put(CALC, calc(random.nextBoolean() ? "integer" : "bigint", "AS 'SELECT x + 1'"));
        }
        dice = random.nextInt(5);
        if (dice == 0) {
            draft.routines.remove(TOUCH);
            draft.triggers.values().removeIf(t -> TOUCH.equals(t.function()));
        } else if (dice == 1) {
            draft.routines.put(TOUCH, touch("AS 'two'"));
        } else if (dice == 2 && draft.routines.containsKey(TOUCH)) {
            Routine old = draft.routines.get(TOUCH);
            draft.routines.put(TOUCH, new Routine("touch", "", "", "", Routine.Kind.FUNCTION, "event_trigger",
                    old.definition() + " (as an event trigger)", false, null));
        }
        if (draft.routines.containsKey(TOUCH)) {
            for (QualifiedName table : draft.tables.keySet()) {
                QualifiedName key = QualifiedName.of(table.schema(), table.name() + ".trg");
                dice = random.nextInt(4);
                if (dice == 0) {
                    draft.triggers.remove(key);
                } else if (dice == 1) {
                    draft.triggers.put(key, trigger(table, random.nextBoolean() ? "BEFORE UPDATE" : "AFTER INSERT"));
                }
            }
        }
    }

    /** A random edit of {@code model}, and the rename hints that describe the renames it made. */
    record Edit(DatabaseSchema desired, RenameHints hints) {
    }

    Edit edit(DatabaseSchema model) {
        Draft draft = Draft.of(model);
        Map<QualifiedName, String> tableRenames = new HashMap<>();
        Map<RenameHints.ColumnName, String> columnRenames = new HashMap<>();
        for (QualifiedName name : new ArrayList<>(draft.tables.keySet())) {
            int dice = random.nextInt(10);
            if (dice == 0) {
                dropTable(draft, name);
            } else if (dice == 1 && !draft.views.values().stream().anyMatch(v -> v.dependencies().contains(name))) {
                QualifiedName renamed = QualifiedName.of(name.schema(), name.name() + "_r" + (++counter));
                renameTable(draft, name, renamed);
                tableRenames.put(renamed, name.name());
            } else if (dice < 7) {
                editTable(draft, name, columnRenames);
            }
        }
        for (int k = random.nextInt(3); k > 0; k--) {
            addTable(draft);
        }
        for (QualifiedName name : new ArrayList<>(draft.views.keySet())) {
            if (!draft.views.containsKey(name)) {
                continue;
            }
            int dice = random.nextInt(5);
            if (dice == 0) {
                dropView(draft, name);
            } else if (dice == 1) {
                View view = draft.views.get(name);
                draft.views.put(name, new View(view.name(), view.definition() + " where true", view.dependencies(),
                        random.nextBoolean() ? view.comment() : "changed " + (++counter)));
            }
        }
        if (random.nextBoolean()) {
            addView(draft);
        }
        if (draft.enums.containsKey(MOOD) && random.nextInt(3) == 0) {
            List<String> values = new ArrayList<>(draft.enums.get(MOOD).values());
            if (random.nextBoolean()) {
                values.add("value" + (++counter));
            } else {
                values.remove(random.nextInt(values.size()));
                values.add(random.nextInt(values.size() + 1), "inserted" + (++counter));
            }
            draft.enums.put(MOOD, new EnumType("mood", values));
        } else if (draft.enums.containsKey(MOOD) && random.nextInt(4) == 0 && !usesMood(draft)) {
            draft.enums.remove(MOOD);
        } else if (!draft.enums.containsKey(MOOD) && random.nextInt(4) == 0) {
            draft.enums.put(MOOD, new EnumType("mood", List.of("a", "b")));
        }
        QualifiedName counterName = QualifiedName.of(PUBLIC, "counter");
        if (draft.sequences.containsKey(counterName)) {
            int dice = random.nextInt(4);
            if (dice == 0) {
                draft.sequences.remove(counterName);
            } else if (dice == 1) {
                draft.sequences.put(counterName, sequence("counter", 5));
            }
        } else if (random.nextInt(3) == 0) {
            draft.sequences.put(counterName, sequence("counter", 1));
        }
        editObjects(draft);
        if (draft.schemas.contains("extra") && random.nextInt(4) == 0) {
            for (QualifiedName name : new ArrayList<>(draft.tables.keySet())) {
                if (name.schema().equals("extra") && draft.tables.containsKey(name)) {
                    dropTable(draft, name);
                }
            }
            draft.schemas.remove("extra");
        } else if (!draft.schemas.contains("extra") && random.nextInt(4) == 0) {
            draft.schemas.add("extra");
        }
        return new Edit(draft.build(), new RenameHints(tableRenames, columnRenames));
    }

    // --------------------------------------------------------------------------------------------- tables

    private void addTable(Draft draft) {
        String schema = draft.schemas.contains("extra") && random.nextInt(4) == 0 ? "extra" : PUBLIC;
        String name = "t" + (++counter);
        QualifiedName qualified = QualifiedName.of(schema, name);
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("id", TYPES.get(0), false, null,
                random.nextInt(3) == 0 ? new Identity(Identity.Generation.BY_DEFAULT, null, null) : null, null, null));
        int count = 1 + random.nextInt(4);
        for (int k = 0; k < count; k++) {
            columns.add(column(draft, "c" + (++counter)));
        }
        List<ForeignKey> keys = new ArrayList<>();
        List<QualifiedName> targets = new ArrayList<>();
        draft.tables.forEach((n, t) -> {
            if (t.primaryKey() != null && t.primaryKey().columns().equals(List.of("id"))) {
                targets.add(n);
            }
        });
        targets.add(qualified);
        if (random.nextBoolean()) {
            QualifiedName target = targets.get(random.nextInt(targets.size()));
            String column = "ref" + (++counter);
            columns.add(new Column(column, TYPES.get(0), true, null, null, null, null));
            keys.add(foreignKey(name + "_" + column + "_fk", column, target));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            uniques.add(new UniqueConstraint(name + "_u" + (++counter), List.of(columns.get(1).name())));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            checks.add(new CheckConstraint(name + "_ck" + (++counter), "(id > 0)"));
        }
        List<Index> indexes = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            indexes.add(index(name + "_idx" + (++counter), columns.get(1).name()));
        }
        Table table = new Table(name, columns, new PrimaryKey(name + "_pkey", List.of("id")), uniques, keys, checks,
                indexes, random.nextInt(4) == 0 ? "table " + name : null);
        draft.tables.put(qualified, table);
        // Sometimes close a cycle: an older table gets a foreign key to this one.
        if (random.nextInt(4) == 0 && !draft.tables.isEmpty()) {
            QualifiedName older = targets.get(random.nextInt(targets.size()));
            Table other = draft.tables.get(older);
            String column = "back" + (++counter);
            List<Column> otherColumns = new ArrayList<>(other.columns());
            otherColumns.add(new Column(column, TYPES.get(0), true, null, null, null, null));
            List<ForeignKey> otherKeys = new ArrayList<>(other.foreignKeys());
            otherKeys.add(foreignKey(other.name() + "_" + column + "_fk", column, qualified));
            otherKeys.sort(Comparator.comparing(ForeignKey::name));
            draft.tables.put(older, other.withColumns(otherColumns).withForeignKeys(otherKeys));
        }
    }

    private Column column(Draft draft, String name) {
        ColumnType type = TYPES.get(random.nextInt(TYPES.size()));
        if (type.userType() != null && !draft.enums.containsKey(MOOD)) {
            type = TYPES.get(4);
        }
        String defaultExpression = null;
        if (random.nextInt(3) == 0) {
            defaultExpression = type.base().equals("character varying") || type.base().equals("text") ? "'x'"
                    : type.userType() != null ? null : "0";
        }
        return new Column(name, type, random.nextBoolean(), defaultExpression, null, null,
                random.nextInt(5) == 0 ? "column " + name : null);
    }

    private ForeignKey foreignKey(String name, String column, QualifiedName target) {
        ReferentialAction[] actions = ReferentialAction.values();
        return new ForeignKey(name, List.of(column), target, List.of("id"), ReferentialAction.NO_ACTION,
                actions[random.nextInt(actions.length)],
                random.nextInt(4) == 0 ? Deferrability.DEFERRABLE_INITIALLY_DEFERRED : Deferrability.NOT_DEFERRABLE);
    }

    private static Index index(String name, String column) {
        return new Index(name, false, List.of(IndexKey.column(column)), null, null, List.of());
    }

    private Sequence sequence(String name, long increment) {
        return new Sequence(name, "bigint", 1, increment, 1, Long.MAX_VALUE, 1, false);
    }

    private void editTable(Draft draft, QualifiedName name, Map<RenameHints.ColumnName, String> columnRenames) {
        Table table = draft.tables.get(name);
        List<Column> columns = new ArrayList<>(table.columns());
        Set<String> pinned = pinned(draft, name, table);
        int dice = random.nextInt(13);
        if (dice == 0) {
            columns.add(column(draft, "c" + (++counter)));
        } else if (dice == 1 && columns.size() > 2) {
            Column victim = columns.get(1 + random.nextInt(columns.size() - 1));
            if (!pinned.contains(victim.name()) && !readByViews(draft, name)) {
                columns.remove(victim);
            }
        } else if (dice == 2 && columns.size() > 1) {
            int k = 1 + random.nextInt(columns.size() - 1);
            Column column = columns.get(k);
            if (!pinned.contains(column.name())) {
                ColumnType type = TYPES.get(random.nextInt(TYPES.size()));
                if (type.userType() == null || draft.enums.containsKey(MOOD)) {
                    columns.set(k, column.withType(type).withDefault(null));
                }
            }
        } else if (dice == 3 && columns.size() > 1) {
            int k = 1 + random.nextInt(columns.size() - 1);
            columns.set(k, columns.get(k).withNullable(!columns.get(k).nullable()));
        } else if (dice == 4) {
            Column id = columns.get(0);
            columns.set(0, id.withIdentity(id.identity() == null
                    ? new Identity(random.nextBoolean() ? Identity.Generation.ALWAYS : Identity.Generation.BY_DEFAULT, null, null)
                    : null));
        } else if (dice == 5 && columns.size() > 1) {
            int k = 1 + random.nextInt(columns.size() - 1);
            Column column = columns.get(k);
            if (!pinned.contains(column.name())) {
                String renamed = column.name() + "_r" + (++counter);
                renameColumnInTable(draft, name, column.name(), renamed);
                columnRenames.put(new RenameHints.ColumnName(name, renamed), column.name());
                return;
            }
        } else if (dice == 6) {
            table = table.withComment(table.comment() == null ? "now " + (++counter) : null);
        } else if (dice == 7 && columns.size() > 1) {
            String column = columns.get(1).name();
            List<Index> indexes = new ArrayList<>(table.indexes());
            if (indexes.isEmpty()) {
                indexes.add(index(name.name() + "_idx" + (++counter), column));
            } else {
                indexes.remove(0);
            }
            table = table.withIndexes(indexes);
        } else if (dice == 8 && columns.size() > 1) {
            int k = 1 + random.nextInt(columns.size() - 1);
            Column column = columns.get(k);
            if (column.type().userType() == null) {
                columns.set(k, column.withDefault(column.defaultExpression() == null ? defaultFor(column) : null));
            }
        } else if (dice == 9 && columns.size() > 1) {
            List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
            if (uniques.isEmpty()) {
                uniques.add(new UniqueConstraint(name.name() + "_u" + (++counter), List.of(columns.get(1).name())));
            } else if (!referencedThrough(draft, name, uniques.get(0).columns())) {
                uniques.remove(0);
            }
            table = table.withUniqueConstraints(uniques);
        } else if (dice == 10) {
            List<CheckConstraint> checks = new ArrayList<>(table.checks());
            if (checks.isEmpty() || random.nextBoolean()) {
                checks.add(new CheckConstraint(name.name() + "_ck" + (++counter), "(id <> " + counter + ")"));
            } else {
                CheckConstraint old = checks.remove(0);
                if (random.nextBoolean()) {
                    checks.add(new CheckConstraint(old.name(), "(id > -" + (++counter) + ")"));
                }
            }
            checks.sort(Comparator.comparing(CheckConstraint::name));
            table = table.withChecks(checks);
        } else if (dice == 11 && columns.size() > 1) {
            int k = 1 + random.nextInt(columns.size() - 1);
            Column column = columns.get(k);
            columns.set(k, column.withComment(column.comment() == null ? "about " + column.name() : null));
        } else if (dice == 12 && table.primaryKey() != null && columns.size() > 1
                && !referencedThrough(draft, name, table.primaryKey().columns())) {
            Column second = columns.get(1);
            if (!second.nullable() || random.nextBoolean()) {
                // Change the key to (id, second): the key's name stays, its columns change.
                columns.set(1, second.withNullable(false));
                table = table.withPrimaryKey(new PrimaryKey(table.primaryKey().name(), List.of("id", second.name())));
            } else {
                table = table.withPrimaryKey(null);
            }
        }
        draft.tables.put(name, table.withColumns(columns));
    }

    /** Whether another table's foreign key targets exactly these columns of {@code name}. */
    private static boolean referencedThrough(Draft draft, QualifiedName name, List<String> columns) {
        return draft.tables.values().stream().flatMap(t -> t.foreignKeys().stream())
                .anyMatch(f -> f.target().equals(name) && new HashSet<>(f.targetColumns()).equals(new HashSet<>(columns)));
    }

    private static String defaultFor(Column column) {
        String base = column.type().base();
        return base.equals("character varying") || base.equals("text") ? "'y'" : "1";
    }

    /** Columns a key, foreign key or index uses, or another table's foreign key points at. */
    private static Set<String> pinned(Draft draft, QualifiedName name, Table table) {
        Set<String> pinned = new HashSet<>();
        if (table.primaryKey() != null) {
            pinned.addAll(table.primaryKey().columns());
        }
        table.uniqueConstraints().forEach(u -> pinned.addAll(u.columns()));
        table.foreignKeys().forEach(f -> pinned.addAll(f.columns()));
        table.indexes().forEach(i -> pinned.addAll(i.keyColumns()));
        for (Table other : draft.tables.values()) {
            other.foreignKeys().stream().filter(f -> f.target().equals(name)).forEach(f -> pinned.addAll(f.targetColumns()));
        }
        return pinned;
    }

    private static boolean readByViews(Draft draft, QualifiedName name) {
        return draft.views.values().stream().anyMatch(v -> v.dependencies().contains(name));
    }

    private static boolean usesMood(Draft draft) {
        return draft.tables.values().stream().flatMap(t -> t.columns().stream())
                .anyMatch(c -> MOOD.equals(c.type().userType()));
    }

    private void dropTable(Draft draft, QualifiedName name) {
        draft.tables.remove(name);
        draft.triggers.entrySet().removeIf(e -> e.getKey().schema().equals(name.schema())
                && e.getValue().table().equals(name.name()));
        for (Map.Entry<QualifiedName, Table> entry : draft.tables.entrySet()) {
            Table t = entry.getValue();
            entry.setValue(t.withForeignKeys(t.foreignKeys().stream().filter(f -> !f.target().equals(name)).toList()));
        }
        for (QualifiedName view : new ArrayList<>(draft.views.keySet())) {
            if (draft.views.containsKey(view) && draft.views.get(view).dependencies().contains(name)) {
                dropView(draft, view);
            }
        }
    }

    private void renameTable(Draft draft, QualifiedName from, QualifiedName to) {
        Table table = draft.tables.remove(from);
        draft.tables.put(to, table.withName(to.name()));
        Trigger trigger = draft.triggers.remove(QualifiedName.of(from.schema(), from.name() + ".trg"));
        if (trigger != null) {
            Trigger moved = new Trigger(to.name(), trigger.name(), trigger.definition(), trigger.function(),
                    trigger.enabled(), trigger.comment());
            draft.triggers.put(QualifiedName.of(to.schema(), moved.key()), moved);
        }
        for (Map.Entry<QualifiedName, Table> entry : draft.tables.entrySet()) {
            Table t = entry.getValue();
            entry.setValue(t.withForeignKeys(t.foreignKeys().stream()
                    .map(f -> f.target().equals(from) ? f.withTarget(to) : f).toList()));
        }
    }

    private void renameColumnInTable(Draft draft, QualifiedName name, String from, String to) {
        Table table = draft.tables.get(name);
        draft.tables.put(name, table.mapColumns(c -> c.name().equals(from) ? c.withName(to) : c));
    }

    // ---------------------------------------------------------------------------------------------- views

    private void addView(Draft draft) {
        List<QualifiedName> readable = new ArrayList<>(draft.tables.keySet());
        readable.addAll(draft.views.keySet());
        readable.removeIf(n -> !n.schema().equals(PUBLIC));
        if (readable.isEmpty()) {
            return;
        }
        List<QualifiedName> deps = new ArrayList<>();
        deps.add(readable.get(random.nextInt(readable.size())));
        if (random.nextBoolean()) {
            QualifiedName second = readable.get(random.nextInt(readable.size()));
            if (!deps.contains(second)) {
                deps.add(second);
            }
        }
        String name = "v" + (++counter);
        draft.views.put(QualifiedName.of(PUBLIC, name), new View(name, "select from " + deps, deps,
                random.nextInt(3) == 0 ? "view " + name : null));
    }

    private void dropView(Draft draft, QualifiedName name) {
        draft.views.remove(name);
        for (QualifiedName other : new ArrayList<>(draft.views.keySet())) {
            if (draft.views.containsKey(other) && draft.views.get(other).dependencies().contains(name)) {
                dropView(draft, other);
            }
        }
    }
}
