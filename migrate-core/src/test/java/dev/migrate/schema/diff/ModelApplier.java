package dev.migrate.schema.diff;

import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.CompositeType;
import dev.migrate.schema.model.Domain;
import dev.migrate.schema.model.Extension;
import dev.migrate.schema.model.RangeType;
import dev.migrate.schema.model.Routine;
import dev.migrate.schema.model.Trigger;
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
import dev.migrate.schema.model.View;
import dev.migrate.schema.ops.SchemaOp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A strict in-memory database for testing the differ without one: applies operations to a model and refuses what a
 * real database refuses (dropping a table something references, a column a key uses, a view others read, adding a
 * foreign key to a column set that is not a key, an identity on a nullable column...). Every drop's snapshot must
 * equal what is dropped, and every alteration's "from" must equal the current state: that is what makes reverses
 * exact.
 */
final class ModelApplier {

    private final Map<String, Map<String, Table>> tables = new TreeMap<>();
    private final Map<String, Map<String, View>> views = new TreeMap<>();
    private final Map<String, Map<String, Sequence>> sequences = new TreeMap<>();
    private final Map<String, Map<String, EnumType>> enums = new TreeMap<>();
    /** Extensions, domains, composite and range types, routines (by signature), triggers (by table.name). */
    private final Map<String, Map<String, Extension>> extensions = new TreeMap<>();
    private final Map<String, Map<String, Domain>> domains = new TreeMap<>();
    private final Map<String, Map<String, CompositeType>> composites = new TreeMap<>();
    private final Map<String, Map<String, RangeType>> ranges = new TreeMap<>();
    private final Map<String, Map<String, Routine>> routines = new TreeMap<>();
    private final Map<String, Map<String, Trigger>> triggers = new TreeMap<>();
    private final String defaultSchema;

    ModelApplier(DatabaseSchema start) {
        defaultSchema = start.defaultSchema();
        for (Schema schema : start.schemas()) {
            tables.put(schema.name(), new TreeMap<>());
            views.put(schema.name(), new TreeMap<>());
            sequences.put(schema.name(), new TreeMap<>());
            enums.put(schema.name(), new TreeMap<>());
            schema.tables().forEach(t -> tables.get(schema.name()).put(t.name(), t));
            schema.views().forEach(v -> views.get(schema.name()).put(v.name(), v));
            schema.sequences().forEach(s -> sequences.get(schema.name()).put(s.name(), s));
            schema.enums().forEach(e -> enums.get(schema.name()).put(e.name(), e));
            objectsOf(schema.name());
            schema.extensions().forEach(e -> extensions.get(schema.name()).put(e.name(), e));
            schema.domains().forEach(d -> domains.get(schema.name()).put(d.name(), d));
            schema.compositeTypes().forEach(t -> composites.get(schema.name()).put(t.name(), t));
            schema.rangeTypes().forEach(t -> ranges.get(schema.name()).put(t.name(), t));
            schema.routines().forEach(r -> routines.get(schema.name()).put(r.signature(), r));
            schema.triggers().forEach(t -> triggers.get(schema.name()).put(t.key(), t));
        }
    }

    /** Makes the maps of a new schema's objects beside its tables. */
    private void objectsOf(String schema) {
        extensions.put(schema, new TreeMap<>());
        domains.put(schema, new TreeMap<>());
        composites.put(schema, new TreeMap<>());
        ranges.put(schema, new TreeMap<>());
        routines.put(schema, new TreeMap<>());
        triggers.put(schema, new TreeMap<>());
    }

    private boolean noObjectsIn(String schema) {
        return extensions.get(schema).isEmpty() && domains.get(schema).isEmpty() && composites.get(schema).isEmpty()
                && ranges.get(schema).isEmpty() && routines.get(schema).isEmpty() && triggers.get(schema).isEmpty();
    }

    /** Applies every operation in order. */
    static DatabaseSchema apply(DatabaseSchema start, List<SchemaOp> ops) {
        ModelApplier db = new ModelApplier(start);
        for (SchemaOp op : ops) {
            try {
                db.apply(op);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("cannot apply " + op.description() + ": " + e.getMessage() + "\nops: "
                        + ops.stream().map(SchemaOp::description).toList(), e);
            }
        }
        return db.snapshot();
    }

    DatabaseSchema snapshot() {
        List<Schema> schemas = new ArrayList<>();
        for (String schema : tables.keySet()) {
            schemas.add(new Schema(schema, List.copyOf(tables.get(schema).values()),
                    List.copyOf(views.get(schema).values()), List.copyOf(sequences.get(schema).values()),
                    List.copyOf(enums.get(schema).values()), List.copyOf(extensions.get(schema).values()),
                    List.copyOf(domains.get(schema).values()), List.copyOf(composites.get(schema).values()),
                    List.copyOf(ranges.get(schema).values()), List.copyOf(routines.get(schema).values()),
                    List.copyOf(triggers.get(schema).values())));
        }
        return new DatabaseSchema(defaultSchema, schemas, List.of());
    }

    void apply(SchemaOp op) {
        if (op instanceof SchemaOp.CreateSchema o) {
            check(!tables.containsKey(o.schema()), "schema exists");
            tables.put(o.schema(), new TreeMap<>());
            views.put(o.schema(), new TreeMap<>());
            sequences.put(o.schema(), new TreeMap<>());
            enums.put(o.schema(), new TreeMap<>());
            objectsOf(o.schema());
        } else if (op instanceof SchemaOp.DropSchema o) {
            check(tables.containsKey(o.schema()), "no such schema");
            check(tables.get(o.schema()).isEmpty() && views.get(o.schema()).isEmpty()
                    && sequences.get(o.schema()).isEmpty() && enums.get(o.schema()).isEmpty()
                    && noObjectsIn(o.schema()), "schema not empty");
            tables.remove(o.schema());
            views.remove(o.schema());
            sequences.remove(o.schema());
            enums.remove(o.schema());
        } else if (op instanceof SchemaOp.CreateEnum o) {
            check(!enums.get(o.name().schema()).containsKey(o.type().name()), "enum exists");
            enums.get(o.name().schema()).put(o.type().name(), o.type());
        } else if (op instanceof SchemaOp.DropEnum o) {
            check(o.type().equals(enums.get(o.name().schema()).get(o.type().name())), "enum snapshot differs");
            check(allColumns().noneMatch(c -> o.name().equals(c.type().userType())), "enum in use");
            enums.get(o.name().schema()).remove(o.type().name());
        } else if (op instanceof SchemaOp.AlterEnum o) {
            EnumType type = enums.get(o.name().schema()).get(o.name().name());
            check(type != null && type.values().equals(o.from()), "enum from differs");
            enums.get(o.name().schema()).put(type.name(), new EnumType(type.name(), o.to()));
        } else if (op instanceof SchemaOp.CreateSequence o) {
            check(!sequences.get(o.name().schema()).containsKey(o.sequence().name()), "sequence exists");
            sequences.get(o.name().schema()).put(o.sequence().name(), o.sequence());
        } else if (op instanceof SchemaOp.DropSequence o) {
            check(o.sequence().equals(sequences.get(o.name().schema()).get(o.sequence().name())),
                    "sequence snapshot differs");
            sequences.get(o.name().schema()).remove(o.sequence().name());
        } else if (op instanceof SchemaOp.AlterSequence o) {
            check(o.from().equals(sequences.get(o.name().schema()).get(o.from().name())), "sequence from differs");
            sequences.get(o.name().schema()).put(o.to().name(), o.to());
        } else if (op instanceof SchemaOp.CreateTable o) {
            check(tables.containsKey(o.name().schema()), "no such schema");
            check(!tables.get(o.name().schema()).containsKey(o.table().name())
                    && !views.get(o.name().schema()).containsKey(o.table().name()), "name taken");
            tables.get(o.name().schema()).put(o.table().name(), o.table());
            for (ForeignKey fk : o.table().foreignKeys()) {
                checkForeignKey(o.name(), fk);
            }
            o.table().columns().forEach(this::checkType);
        } else if (op instanceof SchemaOp.DropTable o) {
            check(o.table().equals(table(o.name())), "table snapshot differs:\n  snapshot " + o.table()
                    + "\n  actual   " + table(o.name()));
            check(referrers(o.name()).isEmpty(), "referenced by " + referrers(o.name()));
            check(viewsReading(o.name()).isEmpty(), "read by views " + viewsReading(o.name()));
            check(triggersOn(o.name()).isEmpty(), "its triggers are still there: " + triggersOn(o.name()));
            tables.get(o.name().schema()).remove(o.table().name());
        } else if (op instanceof SchemaOp.RenameTable o) {
            QualifiedName from = QualifiedName.of(o.name().schema(), o.name().name());
            QualifiedName to = QualifiedName.of(o.name().schema(), o.to());
            Table table = table(from);
            check(!tables.get(o.name().schema()).containsKey(o.to()), "name taken");
            check(triggersOn(from).isEmpty(), "the differ drops triggers before a rename: " + triggersOn(from));
            tables.get(o.name().schema()).remove(o.name().name());
            tables.get(o.name().schema()).put(o.to(), table.withName(o.to()));
            eachTable(t -> t.withForeignKeys(t.foreignKeys().stream()
                    .map(fk -> fk.target().equals(from) ? fk.withTarget(to) : fk).toList()));
            for (Map<String, View> schemaViews : views.values()) {
                schemaViews.replaceAll((name, v) -> new View(v.name(), v.definition(),
                        v.dependencies().stream().map(d -> d.equals(from) ? to : d).toList(), v.comment()));
            }
        } else if (op instanceof SchemaOp.AlterTableComment o) {
            Table table = table(o.table());
            check(Objects.equals(table.comment(), o.from()), "comment from differs");
            put(o.table(), table.withComment(o.to()));
        } else if (op instanceof SchemaOp.AddColumn o) {
            Table table = table(o.table());
            check(table.column(o.column().name()).isEmpty(), "column exists");
            checkType(o.column());
            List<Column> columns = new ArrayList<>(table.columns());
            columns.add(o.column());
            put(o.table(), table.withColumns(columns));
        } else if (op instanceof SchemaOp.DropColumn o) {
            Table table = table(o.table());
            String name = o.column().name();
            check(o.column().equals(table.column(name).orElse(null)), "column snapshot differs");
            check(table.primaryKey() == null || !table.primaryKey().columns().contains(name), "in primary key");
            check(table.uniqueConstraints().stream().noneMatch(u -> u.columns().contains(name)), "in unique");
            check(table.foreignKeys().stream().noneMatch(f -> f.columns().contains(name)), "in foreign key");
            check(table.indexes().stream().noneMatch(i -> i.keyColumns().contains(name)), "in index");
            // A view only blocks dropping a column it uses; the model knows views' tables, not their columns, so
            // this is left to the round-trip corpus on real databases.
            check(allForeignKeys().noneMatch(f -> f.target().equals(o.table()) && f.targetColumns().contains(name)),
                    "referenced by a foreign key");
            put(o.table(), table.withColumns(table.columns().stream().filter(c -> !c.name().equals(name)).toList()));
        } else if (op instanceof SchemaOp.RenameColumn o) {
            Table table = table(o.table());
            check(table.column(o.from()).isPresent() && table.column(o.to()).isEmpty(), "bad column rename");
            UnaryOperator<String> rename = c -> c.equals(o.from()) ? o.to() : c;
            table = table.mapColumns(c -> c.name().equals(o.from()) ? c.withName(o.to()) : c);
            if (table.primaryKey() != null) {
                table = table.withPrimaryKey(new PrimaryKey(table.primaryKey().name(),
                        table.primaryKey().columns().stream().map(rename).toList()));
            }
            table = table.withUniqueConstraints(table.uniqueConstraints().stream()
                    .map(u -> new UniqueConstraint(u.name(), u.columns().stream().map(rename).toList())).toList())
                    .withForeignKeys(table.foreignKeys().stream()
                            .map(f -> f.withColumns(f.columns().stream().map(rename).toList())).toList())
                    .withIndexes(table.indexes().stream().map(i -> i.withKeys(i.keys().stream()
                            .map(k -> k.isExpression() ? k : k.withColumn(rename.apply(k.column()))).toList())).toList());
            put(o.table(), table);
            eachTable(t -> t.withForeignKeys(t.foreignKeys().stream()
                    .map(f -> f.target().equals(o.table())
                            ? f.withTargetColumns(f.targetColumns().stream().map(rename).toList()) : f).toList()));
        } else if (op instanceof SchemaOp.AlterColumnType o) {
            Column column = column(o.table(), o.column().name());
            check(column.equals(o.column()) && column.type().equals(o.from()), "type from differs");
            check(viewsReading(o.table()).isEmpty(), "table read by views");
            check(column.defaultExpression() == null, "a default of the old type is still on the column");
            replaceColumn(o.table(), column.withType(o.to()));
        } else if (op instanceof SchemaOp.AlterColumnNullability o) {
            Column column = column(o.table(), o.column());
            check(column.nullable() == o.fromNullable(), "nullability from differs");
            check(o.toNullable() ? column.identity() == null : true, "identity columns are NOT NULL");
            replaceColumn(o.table(), column.withNullable(o.toNullable()));
        } else if (op instanceof SchemaOp.AlterColumnDefault o) {
            Column column = column(o.table(), o.column());
            check(Objects.equals(column.defaultExpression(), o.from()), "default from differs");
            check(o.to() == null || column.identity() == null, "identity columns have no default");
            replaceColumn(o.table(), column.withDefault(o.to()));
        } else if (op instanceof SchemaOp.AlterColumnIdentity o) {
            Column column = column(o.table(), o.column().name());
            check(column.equals(o.column()) && Objects.equals(column.identity(), o.from()), "identity from differs");
            check(o.to() == null || !column.nullable(), "identity needs NOT NULL first");
            check(o.to() == null || column.defaultExpression() == null, "identity needs the default gone first");
            replaceColumn(o.table(), column.withIdentity(o.to()));
        } else if (op instanceof SchemaOp.AlterColumnComment o) {
            Column column = column(o.table(), o.column());
            check(Objects.equals(column.comment(), o.from()), "comment from differs");
            replaceColumn(o.table(), column.withComment(o.to()));
        } else if (op instanceof SchemaOp.AddPrimaryKey o) {
            Table table = table(o.table());
            check(table.primaryKey() == null, "primary key exists");
            checkColumns(table, o.key().columns());
            put(o.table(), table.withPrimaryKey(o.key()));
        } else if (op instanceof SchemaOp.DropPrimaryKey o) {
            Table table = table(o.table());
            check(o.key().equals(table.primaryKey()), "primary key snapshot differs");
            put(o.table(), table.withPrimaryKey(null));
            checkKeysStillBackForeignKeys();
        } else if (op instanceof SchemaOp.AddUniqueConstraint o) {
            Table table = table(o.table());
            checkColumns(table, o.constraint().columns());
            List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
            uniques.add(o.constraint());
            uniques.sort(Comparator.comparing(UniqueConstraint::name));
            put(o.table(), table.withUniqueConstraints(uniques));
        } else if (op instanceof SchemaOp.DropUniqueConstraint o) {
            Table table = table(o.table());
            check(table.uniqueConstraints().contains(o.constraint()), "unique snapshot differs");
            put(o.table(), table.withUniqueConstraints(without(table.uniqueConstraints(), o.constraint())));
            checkKeysStillBackForeignKeys();
        } else if (op instanceof SchemaOp.AddCheck o) {
            Table table = table(o.table());
            List<CheckConstraint> checks = new ArrayList<>(table.checks());
            checks.add(o.check());
            checks.sort(Comparator.comparing(CheckConstraint::name));
            put(o.table(), table.withChecks(checks));
        } else if (op instanceof SchemaOp.DropCheck o) {
            Table table = table(o.table());
            check(table.checks().contains(o.check()), "check snapshot differs");
            put(o.table(), table.withChecks(without(table.checks(), o.check())));
        } else if (op instanceof SchemaOp.AddForeignKey o) {
            Table table = table(o.table());
            check(table.foreignKeys().stream().noneMatch(f -> f.name().equals(o.key().name())), "name taken");
            checkColumns(table, o.key().columns());
            List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
            keys.add(o.key());
            keys.sort(Comparator.comparing(ForeignKey::name));
            put(o.table(), table.withForeignKeys(keys));
            checkForeignKey(o.table(), o.key());
        } else if (op instanceof SchemaOp.DropForeignKey o) {
            Table table = table(o.table());
            check(table.foreignKeys().contains(o.key()), "foreign key snapshot differs");
            put(o.table(), table.withForeignKeys(without(table.foreignKeys(), o.key())));
        } else if (op instanceof SchemaOp.CreateIndex o) {
            Table table = table(o.table());
            check(tables.get(o.table().schema()).values().stream().flatMap(t -> t.indexes().stream())
                    .noneMatch(i -> i.name().equals(o.index().name())), "index name taken in schema");
            checkColumns(table, o.index().keyColumns());
            List<Index> indexes = new ArrayList<>(table.indexes());
            indexes.add(o.index());
            indexes.sort(Comparator.comparing(Index::name));
            put(o.table(), table.withIndexes(indexes));
        } else if (op instanceof SchemaOp.DropIndex o) {
            Table table = table(o.table());
            check(table.indexes().contains(o.index()), "index snapshot differs");
            put(o.table(), table.withIndexes(without(table.indexes(), o.index())));
        } else if (op instanceof SchemaOp.CreateView o) {
            check(!views.get(o.name().schema()).containsKey(o.view().name())
                    && !tables.get(o.name().schema()).containsKey(o.view().name()), "name taken");
            for (QualifiedName dependency : o.view().dependencies()) {
                check(tables.containsKey(dependency.schema()) && (tables.get(dependency.schema()).containsKey(dependency.name())
                        || views.get(dependency.schema()).containsKey(dependency.name())), "reads missing " + dependency);
            }
            views.get(o.name().schema()).put(o.view().name(), o.view());
        } else if (op instanceof SchemaOp.DropView o) {
            check(o.view().equals(views.get(o.name().schema()).get(o.view().name())), "view snapshot differs");
            check(viewsReading(o.name()).isEmpty(), "read by views " + viewsReading(o.name()));
            check(triggersOn(o.name()).isEmpty(), "its triggers are still there: " + triggersOn(o.name()));
            views.get(o.name().schema()).remove(o.view().name());
        } else if (!applyObject(op)) {
            throw new IllegalArgumentException("no rule for " + op);
        }
    }

    /**
     * Operations on extensions, domains, composite and range types, routines and triggers; false for any other.
     * Types are referred to by their qualified name as text ({@code public.amount}) in attributes and subtypes.
     */
    private boolean applyObject(SchemaOp op) {
        if (op instanceof SchemaOp.CreateExtension o) {
            check(extensions.get(o.name().schema()).put(o.name().name(), o.extension()) == null, "extension exists");
        } else if (op instanceof SchemaOp.DropExtension o) {
            check(o.extension().equals(extensions.get(o.name().schema()).remove(o.name().name())),
                    "extension snapshot differs");
        } else if (op instanceof SchemaOp.AlterExtension o) {
            check(o.from().equals(extensions.get(o.name().schema()).put(o.name().name(), o.to())),
                    "extension from differs");
        } else if (op instanceof SchemaOp.CreateDomain o) {
            check(domains.get(o.name().schema()).put(o.name().name(), o.domain()) == null, "domain exists");
        } else if (op instanceof SchemaOp.DropDomain o) {
            check(typeUsers(o.name()).isEmpty(), "domain used by " + typeUsers(o.name()));
            check(o.domain().equals(domains.get(o.name().schema()).remove(o.name().name())), "domain snapshot differs");
        } else if (op instanceof SchemaOp.AlterDomain o) {
            check(o.from().equals(domains.get(o.name().schema()).put(o.name().name(), o.to())), "domain from differs");
        } else if (op instanceof SchemaOp.CreateCompositeType o) {
            o.type().attributes().forEach(a -> checkTypeExists(a.type()));
            check(composites.get(o.name().schema()).put(o.name().name(), o.type()) == null, "type exists");
        } else if (op instanceof SchemaOp.DropCompositeType o) {
            check(o.type().equals(composites.get(o.name().schema()).remove(o.name().name())), "type snapshot differs");
        } else if (op instanceof SchemaOp.AlterCompositeType o) {
            o.to().attributes().forEach(a -> checkTypeExists(a.type()));
            check(o.from().equals(composites.get(o.name().schema()).put(o.name().name(), o.to())), "type from differs");
        } else if (op instanceof SchemaOp.CreateRangeType o) {
            checkTypeExists(o.type().subtype());
            check(ranges.get(o.name().schema()).put(o.name().name(), o.type()) == null, "type exists");
        } else if (op instanceof SchemaOp.DropRangeType o) {
            check(o.type().equals(ranges.get(o.name().schema()).remove(o.name().name())), "type snapshot differs");
        } else if (op instanceof SchemaOp.CreateRoutine o) {
            check(routines.get(o.name().schema()).put(o.name().name(), o.routine()) == null, "routine exists");
        } else if (op instanceof SchemaOp.DropRoutine o) {
            check(callers(o.name()).isEmpty(), "routine run by triggers " + callers(o.name()));
            check(o.routine().equals(routines.get(o.name().schema()).remove(o.name().name())),
                    "routine snapshot differs");
        } else if (op instanceof SchemaOp.ReplaceRoutine o) {
            check(o.from().equals(routines.get(o.name().schema()).put(o.name().name(), o.to())), "routine from differs");
        } else if (op instanceof SchemaOp.CreateTrigger o) {
            check(tables.get(o.table().schema()).containsKey(o.table().name())
                    || views.get(o.table().schema()).containsKey(o.table().name()), "no table or view " + o.table());
            QualifiedName function = o.trigger().function();
            check(routines.containsKey(function.schema()) && routines.get(function.schema()).containsKey(function.name()),
                    "no function " + function);
            check(triggers.get(o.table().schema()).put(o.trigger().key(), o.trigger()) == null, "trigger exists");
        } else if (op instanceof SchemaOp.DropTrigger o) {
            check(o.trigger().equals(triggers.get(o.table().schema()).remove(o.trigger().key())),
                    "trigger snapshot differs");
        } else {
            return false;
        }
        return true;
    }

    /** A type named in an attribute or a subtype: built in (unqualified), or a domain that exists. */
    private void checkTypeExists(String type) {
        int dot = type.indexOf('.');
        if (dot > 0) {
            String schema = type.substring(0, dot);
            check(domains.containsKey(schema) && domains.get(schema).containsKey(type.substring(dot + 1)),
                    "type " + type + " does not exist");
        }
    }

    /** The composite and range types that use a type. */
    private List<String> typeUsers(QualifiedName type) {
        List<String> users = new ArrayList<>();
        composites.forEach((schema, types) -> types.values().forEach(t -> {
            if (t.attributes().stream().anyMatch(a -> a.type().equals(type.toString()))) {
                users.add(schema + "." + t.name());
            }
        }));
        ranges.forEach((schema, types) -> types.values().forEach(t -> {
            if (t.subtype().equals(type.toString())) {
                users.add(schema + "." + t.name());
            }
        }));
        return users;
    }

    private List<String> triggersOn(QualifiedName table) {
        return triggers.getOrDefault(table.schema(), Map.of()).values().stream()
                .filter(t -> t.table().equals(table.name())).map(Trigger::key).toList();
    }

    private List<String> callers(QualifiedName routine) {
        return triggers.values().stream().flatMap(m -> m.values().stream())
                .filter(t -> routine.equals(t.function())).map(Trigger::key).toList();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private Table table(QualifiedName name) {
        Map<String, Table> schema = tables.get(name.schema());
        check(schema != null && schema.containsKey(name.name()), "no table " + name);
        return schema.get(name.name());
    }

    private void put(QualifiedName name, Table table) {
        tables.get(name.schema()).put(name.name(), table);
    }

    private Column column(QualifiedName table, String name) {
        return table(table).column(name).orElseThrow(() -> new IllegalStateException("no column " + table + "." + name));
    }

    private void replaceColumn(QualifiedName table, Column column) {
        put(table, table(table).mapColumns(c -> c.name().equals(column.name()) ? column : c));
    }

    private void eachTable(UnaryOperator<Table> change) {
        for (Map<String, Table> schema : tables.values()) {
            schema.replaceAll((name, t) -> change.apply(t));
        }
    }

    private java.util.stream.Stream<Column> allColumns() {
        return tables.values().stream().flatMap(s -> s.values().stream()).flatMap(t -> t.columns().stream());
    }

    private java.util.stream.Stream<ForeignKey> allForeignKeys() {
        return tables.values().stream().flatMap(s -> s.values().stream()).flatMap(t -> t.foreignKeys().stream());
    }

    private void checkType(Column column) {
        QualifiedName type = column.type().userType();
        check(type == null || enums.containsKey(type.schema()) && enums.get(type.schema()).containsKey(type.name()),
                "type " + type + " does not exist");
    }

    private static void checkColumns(Table table, List<String> columns) {
        for (String column : columns) {
            check(table.column(column).isPresent(), "no column " + column + " in " + table.name());
        }
    }

    private void checkForeignKey(QualifiedName owner, ForeignKey fk) {
        Table target = table(fk.target());
        Set<String> wanted = new HashSet<>(fk.targetColumns());
        boolean key = target.primaryKey() != null && new HashSet<>(target.primaryKey().columns()).equals(wanted)
                || target.uniqueConstraints().stream().anyMatch(u -> new HashSet<>(u.columns()).equals(wanted));
        check(key, "foreign key " + fk.name() + " of " + owner + " targets " + fk.target() + fk.targetColumns()
                + ", which is not a key");
    }

    private void checkKeysStillBackForeignKeys() {
        for (Map.Entry<String, Map<String, Table>> schema : tables.entrySet()) {
            for (Table table : schema.getValue().values()) {
                for (ForeignKey fk : table.foreignKeys()) {
                    checkForeignKey(QualifiedName.of(schema.getKey(), table.name()), fk);
                }
            }
        }
    }

    private List<QualifiedName> referrers(QualifiedName table) {
        List<QualifiedName> referrers = new ArrayList<>();
        for (Map.Entry<String, Map<String, Table>> schema : tables.entrySet()) {
            for (Table t : schema.getValue().values()) {
                QualifiedName name = QualifiedName.of(schema.getKey(), t.name());
                if (!name.equals(table) && t.foreignKeys().stream().anyMatch(f -> f.target().equals(table))) {
                    referrers.add(name);
                }
            }
        }
        return referrers;
    }

    private List<QualifiedName> viewsReading(QualifiedName object) {
        List<QualifiedName> readers = new ArrayList<>();
        for (Map.Entry<String, Map<String, View>> schema : views.entrySet()) {
            for (View view : schema.getValue().values()) {
                if (view.dependencies().contains(object)) {
                    readers.add(QualifiedName.of(schema.getKey(), view.name()));
                }
            }
        }
        return readers;
    }

    private static <T> List<T> without(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.remove(item);
        return copy;
    }
}
