package dev.migrate.dialect.postgres;

import dev.migrate.schema.introspect.IntrospectOptions;
import dev.migrate.schema.introspect.Introspector;
import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.ColumnType;
import dev.migrate.schema.model.CompositeType;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.Deferrability;
import dev.migrate.schema.model.Domain;
import dev.migrate.schema.model.EnumType;
import dev.migrate.schema.model.Extension;
import dev.migrate.schema.model.ForeignKey;
import dev.migrate.schema.model.Identity;
import dev.migrate.schema.model.Index;
import dev.migrate.schema.model.IndexKey;
import dev.migrate.schema.model.Policy;
import dev.migrate.schema.model.PrimaryKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.RangeType;
import dev.migrate.schema.model.ReferentialAction;
import dev.migrate.schema.model.Routine;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Sequence;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.TableOptions;
import dev.migrate.schema.model.Trigger;
import dev.migrate.schema.model.UniqueConstraint;
import dev.migrate.schema.model.UnsupportedObject;
import dev.migrate.schema.model.View;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a PostgreSQL database into the model from pg_catalog, with one query per kind of object for the whole
 * database (nineteen queries, whatever the number of tables). JDBC metadata is not used: its types are
 * approximations. Functions, procedures and triggers are read as the database prints them back
 * ({@code pg_get_functiondef}, {@code pg_get_triggerdef}), so two are the same exactly when they would be created
 * alike.
 *
 * <p>What the model cannot hold is reported as {@link UnsupportedObject}s, never dropped silently: ordered-set and
 * moving aggregates, window functions, foreign tables, base types, range types with a canonical function, rules,
 * exclusion constraints, deferrable primary keys and unique constraints, NULLS NOT DISTINCT, MATCH FULL and virtual
 * generated columns. A column's own collation is part of its type ({@code text COLLATE pg_catalog."C"}). Objects
 * that belong to an extension are left out. A partition's columns, and what it or an
 * inheriting table has from its parent (columns, constraints, attached indexes, cloned triggers), are left out too:
 * they are compared once, on the parent.
 */
public final class PostgresIntrospector implements Introspector {

    @Override
    public DatabaseSchema introspect(Connection connection, IntrospectOptions options) throws SQLException {
        return new Reading(connection, options).read();
    }

    /** One introspection: the rows read so far, keyed by the owning relation's oid. */
    private static final class Reading {

        private final Connection connection;
        private final IntrospectOptions options;
        private Array schemaNames;

        private final Map<String, Parts> schemas = new TreeMap<>();
        private final Map<Long, TableParts> tables = new HashMap<>();
        private final Map<Long, ViewParts> views = new HashMap<>();
        /** Column names by table oid and attnum, for every table in the schemas (excluded ones too). */
        private final Map<Long, Map<Integer, String>> columnNames = new HashMap<>();
        /** (table oid, attnum) of identity columns to their sequences. */
        private final Map<ColumnKey, SequenceRow> identitySequences = new HashMap<>();
        /** (table oid, attnum) to the sequences the column owns (OWNED BY), serial candidates. */
        private final Map<ColumnKey, List<SequenceRow>> ownedSequences = new HashMap<>();
        private final Set<Long> hiddenSequences = new HashSet<>();
        private final List<SequenceRow> standaloneCandidates = new ArrayList<>();
        private final Set<UnsupportedObject> unsupported = new TreeSet<>(Comparator
                .comparing(UnsupportedObject::name).thenComparing(UnsupportedObject::kind));

        Reading(Connection connection, IntrospectOptions options) {
            this.connection = connection;
            this.options = options;
        }

        DatabaseSchema read() throws SQLException {
            String defaultSchema = readSchemas();
            if (!schemas.isEmpty()) {
                schemaNames = connection.createArrayOf("text", schemas.keySet().toArray());
                readRelations();
                readSequences();
                readColumns();
                readConstraints();
                readIndexes();
                readEnums();
                readExtensions();
                readDomains();
                readCompositeTypes();
                readRangeTypes();
                readRoutines();
                readTriggers();
                readPolicies();
                readViewDependencies();
                readUnsupported();
                assemble();
            }
            List<Schema> result = new ArrayList<>();
            for (Map.Entry<String, Parts> schema : schemas.entrySet()) {
                result.add(schema.getValue().build(schema.getKey()));
            }
            return new DatabaseSchema(defaultSchema, result, new ArrayList<>(unsupported));
        }

        // ------------------------------------------------------------------------------------------- queries

        private interface RowReader {
            void read(ResultSet row) throws SQLException;
        }

        /** Runs one catalog query with every parameter bound to the schema names, and reads each row. */
        private void query(String sql, RowReader reader) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int parameters = (int) sql.chars().filter(c -> c == '?').count();
                for (int k = 1; k <= parameters; k++) {
                    statement.setArray(k, schemaNames);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        }

        private String readSchemas() throws SQLException {
            String current;
            try (PreparedStatement statement = connection.prepareStatement(PostgresCatalog.SCHEMAS);
                 ResultSet row = statement.executeQuery()) {
                row.next();
                current = row.getString(1);
                for (String name : strings(row.getArray(2))) {
                    if (options.schemas().isEmpty() || options.schemas().contains(name)) {
                        schemas.put(name, new Parts());
                    }
                }
            }
            return current == null ? "public" : current;
        }

        private void readRelations() throws SQLException {
            query(PostgresCatalog.RELATIONS, row -> {
                long oid = row.getLong("oid");
                String schema = row.getString("nspname");
                String name = row.getString("relname");
                String kind = row.getString("relkind");
                String comment = row.getString("description");
                switch (kind) {
                    case "r", "p" -> {
                        if (options.excludes(name)) {
                            return;
                        }
                        List<String> parentSchemas = strings(row.getArray("parent_schemas"));
                        List<String> parentNames = strings(row.getArray("parent_names"));
                        List<QualifiedName> parents = new ArrayList<>();
                        for (int k = 0; k < parentNames.size(); k++) {
                            parents.add(QualifiedName.of(parentSchemas.get(k), parentNames.get(k)));
                        }
                        boolean partition = row.getBoolean("relispartition");
                        tables.put(oid, new TableParts(schema, name, comment, new TableOptions(
                                row.getString("partition_key"), partition ? parents.get(0) : null,
                                row.getString("partition_bound"), partition ? List.of() : parents,
                                row.getBoolean("unlogged"), row.getBoolean("relrowsecurity"),
                                row.getBoolean("relforcerowsecurity"), strings(row.getArray("reloptions")))));
                    }
                    case "v", "m" -> views.put(oid, new ViewParts(schema, name,
                            viewDefinition(row.getString("definition")), comment, kind.equals("m"),
                            !kind.equals("m") || row.getBoolean("relispopulated")));
                    default -> unsupported("foreign table", schema, name);
                }
            });
        }

        private void readSequences() throws SQLException {
            query(PostgresCatalog.SEQUENCES, row -> {
                SequenceRow sequence = new SequenceRow(row.getLong("oid"), row.getString("nspname"),
                        new Sequence(row.getString("relname"), row.getString("data_type"), row.getLong("seqstart"),
                                row.getLong("seqincrement"), row.getLong("seqmin"), row.getLong("seqmax"),
                                row.getLong("seqcache"), row.getBoolean("seqcycle")),
                        row.getString("nextval"));
                long ownerTable = row.getLong("owner_table");
                if (row.wasNull()) {
                    standaloneCandidates.add(sequence);
                    return;
                }
                ColumnKey owner = new ColumnKey(ownerTable, row.getInt("owner_column"));
                if ("i".equals(row.getString("deptype"))) {
                    identitySequences.put(owner, sequence);
                    hiddenSequences.add(sequence.oid());
                } else {
                    ownedSequences.computeIfAbsent(owner, k -> new ArrayList<>()).add(sequence);
                    standaloneCandidates.add(sequence);
                    if (!tables.containsKey(ownerTable)) {
                        // owned by a column of an excluded table: it is that table's business
                        hiddenSequences.add(sequence.oid());
                    }
                }
            });
        }

        /** One row of {@link PostgresCatalog#COLUMNS}, kept until the types it uses have been read. */
        private record ColumnRow(long relation, int attnum, String name, long typeOid, int typmod, String typeSql,
                                 boolean notNull, String identity, String generated, long collation,
                                 String defaultExpression, boolean local) {
        }

        /** One row of {@link PostgresCatalog#COLUMN_TYPES}. */
        private record TypeRow(String base, long collation, String qualifier, String elementName, String elementKind,
                               String elementSchema) {
        }

        private void readColumns() throws SQLException {
            Map<ColumnKey, String> comments = new HashMap<>();
            query(PostgresCatalog.COLUMN_COMMENTS, row -> comments.put(
                    new ColumnKey(row.getLong("objoid"), row.getInt("objsubid")), row.getString("description")));
            List<ColumnRow> rows = new ArrayList<>();
            java.util.Set<Long> typeOids = new java.util.HashSet<>();
            query(PostgresCatalog.COLUMNS, row -> {
                ColumnRow column = new ColumnRow(row.getLong("attrelid"), row.getInt("attnum"), row.getString("attname"),
                        row.getLong("atttypid"), row.getInt("atttypmod"), row.getString("type_sql"),
                        row.getBoolean("attnotnull"), row.getString("attidentity"), row.getString("attgenerated"),
                        row.getLong("attcollation"), row.getString("default_expression"), row.getBoolean("attislocal"));
                rows.add(column);
                typeOids.add(column.typeOid());
            });
            Map<Long, TypeRow> types = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(PostgresCatalog.COLUMN_TYPES)) {
                statement.setArray(1, connection.createArrayOf("int8", typeOids.toArray(new Long[0])));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        types.put(row.getLong("oid"), new TypeRow(row.getString("type_base"), row.getLong("typcollation"),
                                row.getString("qualifier"), row.getString("element_name"), row.getString("element_kind"),
                                row.getString("element_schema")));
                    }
                }
            }
            Set<Long> collationOids = new HashSet<>();
            for (ColumnRow row : rows) {
                TypeRow type = types.get(row.typeOid());
                if (row.collation() != 0 && row.collation() != type.collation()) {
                    collationOids.add(row.collation());
                }
            }
            Map<Long, String> collations = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(PostgresCatalog.COLLATIONS)) {
                statement.setArray(1, connection.createArrayOf("int8", collationOids.toArray(new Long[0])));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        collations.put(row.getLong("oid"), row.getString("name"));
                    }
                }
            }
            for (ColumnRow row : rows) {
                addColumn(row, types.get(row.typeOid()), collations.get(row.collation()),
                        comments.get(new ColumnKey(row.relation(), row.attnum())));
            }
        }

        /** @param collation the column's own collation (qualified), or null when it has its type's */
        private void addColumn(ColumnRow row, TypeRow type, String collation, String comment) {
            columnNames.computeIfAbsent(row.relation(), k -> new HashMap<>()).put(row.attnum(), row.name());
            TableParts table = tables.get(row.relation());
            if (table == null) {
                return; // a table of an extension, or another kind of relation
            }
            if (table.options.isPartition() || !row.local()) {
                return; // the parent's column: compared on the parent
            }
            String name = row.name();
            ColumnKey key = new ColumnKey(row.relation(), row.attnum());
            ColumnType columnType = PostgresTypes.of(type.qualifier(), row.typeSql(), type.base(), type.elementName(),
                    type.elementKind(), type.elementSchema(), row.typmod());
            String defaultExpression = row.defaultExpression();
            String generated = null;
            Identity numbering = null;
            if (!row.generated().isEmpty()) {
                generated = defaultExpression;
                defaultExpression = null;
                if (!row.generated().equals("s")) {
                    unsupported("virtual generated column", table.schema, table.name + "." + name);
                }
            } else if ("a".equals(row.identity()) || "d".equals(row.identity())) {
                SequenceRow sequence = identitySequences.get(key);
                numbering = identity("a".equals(row.identity()) ? Identity.Generation.ALWAYS
                        : Identity.Generation.BY_DEFAULT, sequence);
            } else if (defaultExpression != null) {
                for (SequenceRow owned : ownedSequences.getOrDefault(key, List.of())) {
                    // serial makes a sequence of the column's own type: a bigint sequence behind an integer
                    // column stays a sequence of its own, so that it is not created again as an integer one
                    if (defaultExpression.equals(owned.nextval())
                            && owned.sequence().dataType().equals(columnType.sql())) {
                        numbering = identity(Identity.Generation.SERIAL, owned);
                        defaultExpression = null;
                        hiddenSequences.add(owned.oid());
                    }
                }
            }
            if (collation != null) {
                // part of the type, as in DDL: a change is ALTER COLUMN ... TYPE ... COLLATE
                columnType = new ColumnType(columnType.sql() + " COLLATE " + collation, columnType.base(),
                        columnType.length(), columnType.precision(), columnType.scale(), columnType.userType());
            }
            table.columns.put(row.attnum(), new Column(name, columnType, !row.notNull(), defaultExpression, numbering,
                    generated, comment));
        }

        /** The identity, with start and increment left null when they are 1 (the defaults). */
        private static Identity identity(Identity.Generation generation, SequenceRow sequence) {
            if (sequence == null) {
                return new Identity(generation, null, null);
            }
            long start = sequence.sequence().start();
            long increment = sequence.sequence().increment();
            return new Identity(generation, start == 1 ? null : start, increment == 1 ? null : increment);
        }

        private void readConstraints() throws SQLException {
            query(PostgresCatalog.CONSTRAINTS, row -> {
                TableParts table = tables.get(row.getLong("conrelid"));
                if (table == null) {
                    return;
                }
                if (row.getBoolean("inherited")) {
                    return; // the parent's constraint: compared on the parent
                }
                String name = row.getString("conname");
                List<String> columns = names(row.getLong("conrelid"), row.getArray("columns"));
                boolean deferrable = row.getBoolean("condeferrable");
                switch (row.getString("contype")) {
                    case "p" -> table.primaryKey = new PrimaryKey(name, columns);
                    case "u" -> table.uniques.add(new UniqueConstraint(name, columns));
                    case "c" -> table.checks.add(new CheckConstraint(name, checkExpression(row.getString("definition")),
                            row.getBoolean("convalidated")));
                    case "f" -> table.foreignKeys.add(new ForeignKey(name, columns,
                            QualifiedName.of(row.getString("target_schema"), row.getString("target_table")),
                            targetColumns(row), action(row.getString("confupdtype")),
                            action(row.getString("confdeltype")), !deferrable ? Deferrability.NOT_DEFERRABLE
                                    : row.getBoolean("condeferred") ? Deferrability.DEFERRABLE_INITIALLY_DEFERRED
                                    : Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE, row.getBoolean("convalidated")));
                    default -> unsupportedOn("exclusion constraint", table, name);
                }
                if (deferrable && !row.getString("contype").equals("f")) {
                    unsupportedOn("deferrable constraint", table, name);
                }
                if ("f".equals(row.getString("confmatchtype"))) {
                    unsupportedOn("foreign key match full", table, name);
                }
                if (row.getBoolean("nulls_not_distinct")) {
                    unsupportedOn("unique nulls not distinct", table, name);
                }
            });
        }

        private void readIndexes() throws SQLException {
            query(PostgresCatalog.INDEXES, row -> {
                TableParts table = tables.get(row.getLong("indrelid"));
                ViewParts view = views.get(row.getLong("indrelid"));
                if (table == null && view == null) {
                    return;
                }
                if (table == null) {
                    table = view.indexHolder();
                }
                String name = row.getString("relname");
                if (row.getBoolean("nulls_not_distinct")) {
                    unsupportedOn("unique nulls not distinct", table, name);
                }
                List<String> columns = names(row.getLong("indrelid"), row.getArray("columns"));
                List<String> definitions = strings(row.getArray("keys"));
                List<String> opclasses = strings(row.getArray("opclasses"));
                Integer[] options = (Integer[]) row.getArray("options").getArray();
                int keyCount = row.getInt("indnkeyatts");
                List<IndexKey> keys = new ArrayList<>();
                for (int k = 0; k < keyCount; k++) {
                    boolean descending = (options[k] & 1) != 0;
                    boolean nullsFirst = (options[k] & 2) != 0;
                    IndexKey.NullsOrder nulls = nullsFirst == descending ? IndexKey.NullsOrder.DEFAULT
                            : nullsFirst ? IndexKey.NullsOrder.FIRST : IndexKey.NullsOrder.LAST;
                    keys.add(new IndexKey(columns.get(k), columns.get(k) == null ? definitions.get(k) : null,
                            descending, nulls, k < opclasses.size() ? opclasses.get(k) : null));
                }
                String method = row.getString("amname");
                table.indexes.add(new Index(name, row.getBoolean("indisunique"), keys,
                        method.equals("btree") ? null : method, row.getString("predicate"),
                        columns.subList(keyCount, columns.size()), strings(row.getArray("reloptions"))));
            });
        }

        /** The names of the columns {@code attnums} (an {@code int[]}) of a table; null for 0, an index expression. */
        private List<String> names(long table, Array attnums) throws SQLException {
            Map<Integer, String> names = columnNames.getOrDefault(table, Map.of());
            List<String> result = new ArrayList<>();
            for (Integer attnum : (Integer[]) attnums.getArray()) {
                result.add(attnum == 0 ? null : names.get(attnum));
            }
            return result;
        }

        private List<String> targetColumns(ResultSet row) throws SQLException {
            Array outside = row.getArray("outside_target_columns");
            return outside != null ? strings(outside) : names(row.getLong("confrelid"), row.getArray("target_columns"));
        }

        private void readEnums() throws SQLException {
            query(PostgresCatalog.ENUMS, row -> schemas.get(row.getString(1)).enums()
                    .add(new EnumType(row.getString(2), strings(row.getArray(3)))));
        }

        private void readExtensions() throws SQLException {
            query(PostgresCatalog.EXTENSIONS, row -> schemas.get(row.getString(1)).extensions()
                    .add(new Extension(row.getString(2), row.getString(3))));
        }

        private void readDomains() throws SQLException {
            query(PostgresCatalog.DOMAINS, row -> {
                List<String> names = strings(row.getArray("check_names"));
                List<String> definitions = strings(row.getArray("check_definitions"));
                List<CheckConstraint> checks = new ArrayList<>();
                for (int k = 0; k < names.size(); k++) {
                    checks.add(new CheckConstraint(names.get(k), checkExpression(definitions.get(k))));
                }
                schemas.get(row.getString("nspname")).domains().add(new Domain(row.getString("typname"),
                        row.getString("base_type"), row.getString("collation"), row.getString("typdefault"),
                        row.getBoolean("typnotnull"), checks, row.getString("description")));
            });
        }

        private void readCompositeTypes() throws SQLException {
            query(PostgresCatalog.COMPOSITE_TYPES, row -> {
                List<String> names = strings(row.getArray("attribute_names"));
                List<String> types = strings(row.getArray("attribute_types"));
                List<CompositeType.Attribute> attributes = new ArrayList<>();
                for (int k = 0; k < names.size(); k++) {
                    attributes.add(new CompositeType.Attribute(names.get(k), types.get(k)));
                }
                schemas.get(row.getString("nspname")).compositeTypes().add(new CompositeType(row.getString("typname"),
                        attributes, row.getString("description")));
            });
        }

        private void readRangeTypes() throws SQLException {
            query(PostgresCatalog.RANGE_TYPES, row -> {
                String schema = row.getString("nspname");
                String name = row.getString("typname");
                if (row.getBoolean("canonical")) {
                    unsupported("range type with a canonical function", schema, name);
                    return;
                }
                schemas.get(schema).rangeTypes().add(new RangeType(name, row.getString("subtype"),
                        row.getString("opclass"), row.getString("collation"), row.getString("subtype_diff"),
                        row.getString("description")));
            });
        }

        private void readRoutines() throws SQLException {
            query(PostgresCatalog.ROUTINES, row -> {
                if (row.getBoolean("unusual_aggregate")) {
                    unsupported("ordered-set, moving or other unusual aggregate", row.getString("nspname"),
                            row.getString("proname") + "(" + row.getString("identity_arguments") + ")");
                    return;
                }
                schemas.get(row.getString("nspname")).routines().add(new Routine(
                    row.getString("proname"), row.getString("argument_types"), row.getString("identity_arguments"),
                    row.getString("arguments"),
                        switch (row.getString("prokind")) {
                            case "p" -> Routine.Kind.PROCEDURE;
                            case "a" -> Routine.Kind.AGGREGATE;
                            default -> Routine.Kind.FUNCTION;
                        },
                        row.getString("result"), row.getString("definition").strip(), row.getBoolean("uses_row_type"),
                        row.getString("description")));
            });
        }

        private void readTriggers() throws SQLException {
            query(PostgresCatalog.TRIGGERS, row -> {
                String table = row.getString("relname");
                if (options.excludes(table)) {
                    return;
                }
                Trigger.Enabled enabled = switch (row.getString("tgenabled")) {
                    case "D" -> Trigger.Enabled.DISABLED;
                    case "R" -> Trigger.Enabled.REPLICA;
                    case "A" -> Trigger.Enabled.ALWAYS;
                    default -> Trigger.Enabled.ORIGIN;
                };
                schemas.get(row.getString("nspname")).triggers().add(new Trigger(table, row.getString("tgname"),
                        row.getString("definition"), QualifiedName.of(row.getString("function_schema"),
                        row.getString("function_signature")), enabled, row.getString("description")));
            });
        }

        private void readPolicies() throws SQLException {
            query(PostgresCatalog.POLICIES, row -> {
                String table = row.getString("relname");
                if (options.excludes(table)) {
                    return;
                }
                schemas.get(row.getString("nspname")).policies().add(new Policy(table, row.getString("polname"),
                        row.getBoolean("polpermissive"), row.getString("command"), strings(row.getArray("roles")),
                        row.getString("using_condition"), row.getString("check_condition"),
                        row.getString("description")));
            });
        }

        private void readViewDependencies() throws SQLException {
            query(PostgresCatalog.VIEW_DEPENDENCIES, row -> {
                ViewParts view = views.get(row.getLong(1));
                if (view != null) {
                    view.dependencies().add(QualifiedName.of(row.getString(2), row.getString(3)));
                }
            });
        }

        private void readUnsupported() throws SQLException {
            query(PostgresCatalog.UNSUPPORTED, row -> {
                String table = row.getString(4);
                if (table == null || !options.excludes(table)) {
                    unsupported(row.getString(1), row.getString(2), row.getString(3));
                }
            });
        }

        private void assemble() {
            for (SequenceRow sequence : standaloneCandidates) {
                Parts schema = schemas.get(sequence.schema());
                if (schema != null && !hiddenSequences.contains(sequence.oid())) {
                    schema.sequences().add(sequence.sequence());
                }
            }
            for (TableParts table : tables.values()) {
                schemas.get(table.schema).tables().add(table.build());
            }
            for (ViewParts view : views.values()) {
                schemas.get(view.schema()).views().add(new View(view.name(), view.definition(),
                        new ArrayList<>(view.dependencies()), view.comment(), view.materialized(), view.withData(),
                        sortedBy(view.indexHolder().indexes, Index::name)));
            }
        }

        private void unsupported(String kind, String schema, String name) {
            unsupported.add(new UnsupportedObject(kind, QualifiedName.of(schema, name)));
        }

        /** Reports {@code name on table}: a constraint or index of a table. */
        private void unsupportedOn(String kind, TableParts table, String name) {
            unsupported(kind, table.schema, name + " on " + table.name);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** pg_get_viewdef's text without the leading blank and the trailing semicolon. */
    static String viewDefinition(String printed) {
        String definition = printed.strip();
        return definition.endsWith(";") ? definition.substring(0, definition.length() - 1) : definition;
    }

    /**
     * The condition of {@code CHECK (cond) [NO INHERIT] [NOT VALID]}, as printed inside the parentheses. NO
     * INHERIT is not modelled; NOT VALID is read from {@code convalidated}.
     */
    static String checkExpression(String definition) {
        String text = definition.strip();
        for (String suffix : List.of(" NOT VALID", " NO INHERIT")) {
            if (text.endsWith(suffix)) {
                text = text.substring(0, text.length() - suffix.length());
            }
        }
        if (text.startsWith("CHECK (") && text.endsWith(")")) {
            text = text.substring("CHECK (".length(), text.length() - 1);
        }
        return text;
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static <T> List<T> sortedBy(List<T> items, java.util.function.Function<T, String> name) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(name));
        return sorted;
    }

    private record ColumnKey(long table, int attnum) {
    }

    private record SequenceRow(long oid, String schema, Sequence sequence, String nextval) {
    }

    /** What one schema holds, collected while reading. */
    private record Parts(List<Table> tables, List<View> views, List<Sequence> sequences, List<EnumType> enums,
                         List<Extension> extensions, List<Domain> domains, List<CompositeType> compositeTypes,
                         List<RangeType> rangeTypes, List<Routine> routines, List<Trigger> triggers,
                         List<Policy> policies) {
        Parts() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
        }

        Schema build(String name) {
            return new Schema(name, sortedBy(tables, Table::name), sortedBy(views, View::name),
                    sortedBy(sequences, Sequence::name), sortedBy(enums, EnumType::name),
                    sortedBy(extensions, Extension::name), sortedBy(domains, Domain::name),
                    sortedBy(compositeTypes, CompositeType::name), sortedBy(rangeTypes, RangeType::name),
                    sortedBy(routines, Routine::signature), sortedBy(triggers, Trigger::key),
                    sortedBy(policies, Policy::key));
        }
    }

    /** One view's parts; a materialized view's indexes are collected in a table's parts, which hold indexes. */
    private record ViewParts(String schema, String name, String definition, String comment, boolean materialized,
                             boolean withData, Set<QualifiedName> dependencies, TableParts indexHolder) {
        ViewParts(String schema, String name, String definition, String comment, boolean materialized,
                  boolean withData) {
            this(schema, name, definition, comment, materialized, withData, new TreeSet<>(),
                    new TableParts(schema, name, null, TableOptions.NONE));
        }
    }

    /** One table's parts, collected from the per-kind queries. */
    private static final class TableParts {
        final String schema;
        final String name;
        final String comment;
        final Map<Integer, Column> columns = new TreeMap<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        PrimaryKey primaryKey;

        final TableOptions options;

        TableParts(String schema, String name, String comment, TableOptions options) {
            this.schema = schema;
            this.name = name;
            this.comment = comment;
            this.options = options;
        }

        Table build() {
            return new Table(name, new ArrayList<>(columns.values()), primaryKey, sortedBy(uniques, UniqueConstraint::name),
                    sortedBy(foreignKeys, ForeignKey::name), sortedBy(checks, CheckConstraint::name),
                    sortedBy(indexes, Index::name), comment, options);
        }
    }
}
