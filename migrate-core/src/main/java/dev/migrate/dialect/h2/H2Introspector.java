package dev.migrate.dialect.h2;

import dev.migrate.schema.introspect.IntrospectOptions;
import dev.migrate.schema.introspect.Introspector;
import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.ColumnType;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.Deferrability;
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
import dev.migrate.schema.model.UnsupportedObject;
import dev.migrate.schema.model.View;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an H2 2.x database into the model with at most thirteen queries on {@code INFORMATION_SCHEMA}, whatever
 * the number of tables: every catalog table is read once for the whole database and the rows are grouped in memory.
 * H2's own schemas ({@code INFORMATION_SCHEMA}, and {@code PG_CATALOG} in PostgreSQL mode) are never read.
 *
 * <ul>
 *   <li>Types are canonical (see {@link H2Types}); a column whose type is a domain has the domain as its type,
 *       written {@code "SCHEMA"."NAME"}.</li>
 *   <li>Identity start and increment are null when they are 1. H2 has no other identity kind than
 *       {@code ALWAYS} and {@code BY DEFAULT}; its minimum, maximum, cache and cycle options are not read.</li>
 *   <li>H2 treats {@code NO ACTION} and {@code RESTRICT} alike and reports both as {@code RESTRICT}: they are read
 *       as {@link ReferentialAction#NO_ACTION}, the default, so they render as nothing. H2 has no deferrable
 *       constraints.</li>
 *   <li>Indexes are those a user created ({@code INDEXES.IS_GENERATED} false); the indexes H2 creates for
 *       constraints are left out. H2 may reuse a user's index for a constraint; that index stays in the model.
 *       An index key's {@code NULLS FIRST/LAST} is read as the default when it is the database's default order
 *       ({@code DEFAULT_NULL_ORDERING}) for that direction, because H2 reports only the resulting order.
 *       A spatial index has the method {@code SPATIAL}.</li>
 *   <li>View dependencies: H2 has no usage table for views, so they are derived from the definition, which H2
 *       stores with every table reference schema-qualified and quoted: each {@code "SCHEMA"."NAME"} that names a
 *       known table or view is a dependency. A column reference {@code "ALIAS"."COLUMN"} whose alias equals a schema
 *       name and whose column equals a table name in it would be taken for a dependency too.</li>
 *   <li>Reported as unsupported: triggers, functions, procedures and aggregates ({@code ROUTINES}), domains,
 *       constants, synonyms, materialized views (and their backing tables {@code NAME$n} are left out), temporary
 *       and linked tables, and column or index features the model cannot hold ({@code ON UPDATE},
 *       {@code DEFAULT ON NULL}, invisible columns, {@code NULLS NOT DISTINCT}).</li>
 *   <li>H2 2.3.232 fails with a NullPointerException on {@code INFORMATION_SCHEMA.COLUMNS}, {@code ELEMENT_TYPES},
 *       {@code FIELDS} and {@code ENUM_VALUES} as soon as a materialized view exists. With one, columns are read
 *       only for tables with other names (an index lookup that never reaches the view), and the three nested-type
 *       tables are not read: array, row and enum types then take H2's own {@code DATA_TYPE_SQL} text, which keeps
 *       the element types as declared ({@code FLOAT(10) ARRAY} rather than {@code REAL ARRAY}).</li>
 *   <li>The column names of a view created with a column list ({@code CREATE VIEW v (a, b) AS ...}) are not part
 *       of its definition in H2, and the model has no place for them: such a view is recreated with the query's
 *       own column names.</li>
 * </ul>
 */
public final class H2Introspector implements Introspector {

    /** H2's own schemas (PG_CATALOG exists in PostgreSQL mode), whatever the case of their names. */
    private static final Set<String> OWN_SCHEMAS = Set.of("INFORMATION_SCHEMA", "PG_CATALOG");
    private static final String SYSTEM_SCHEMAS = "('INFORMATION_SCHEMA', 'PG_CATALOG')";
    private static final String MATERIALIZED_VIEW_CLASS = "org.h2.table.MaterializedView";
    private static final Pattern MATERIALIZED_BACKING_TABLE = Pattern.compile("(.+)\\$\\d+");

    private static final String SETTINGS_AND_SCHEMAS = "SELECT CURRENT_SCHEMA AS CURRENT, "
            + "(SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'DEFAULT_NULL_ORDERING')"
            + " AS NULL_ORDERING, SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA";
    private static final String TABLES = "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, TABLE_CLASS, REMARKS "
            + "FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_SCHEMA) NOT IN " + SYSTEM_SCHEMAS;
    private static final String COLUMNS = "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, "
            + "IS_NULLABLE, " + H2Types.TYPE_COLUMNS + ", DOMAIN_SCHEMA, DOMAIN_NAME, IS_IDENTITY, "
            + "IDENTITY_GENERATION, IDENTITY_START, IDENTITY_INCREMENT, GENERATION_EXPRESSION, COLUMN_ON_UPDATE, "
            + "DEFAULT_ON_NULL, IS_VISIBLE, REMARKS, CASE WHEN DATA_TYPE IN ('ARRAY', 'ROW', 'ENUM') "
            + "THEN DATA_TYPE_SQL(TABLE_SCHEMA, TABLE_NAME, 'TABLE', DTD_IDENTIFIER) END AS TYPE_SQL "
            + "FROM INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_SCHEMA) NOT IN " + SYSTEM_SCHEMAS + "%s "
            + "ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION";
    /** Keeps H2 2.3.232 from reading a materialized view's columns, which fails (see the class comment). */
    private static final String NOT_MATERIALIZED = " AND TABLE_NAME IN (SELECT TABLE_NAME "
            + "FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_SCHEMA) NOT IN " + SYSTEM_SCHEMAS + " "
            + "AND TABLE_CLASS <> '" + MATERIALIZED_VIEW_CLASS + "')";
    private static final String ELEMENT_TYPES = "SELECT OBJECT_SCHEMA, OBJECT_NAME, COLLECTION_TYPE_IDENTIFIER, "
            + H2Types.TYPE_COLUMNS + " FROM INFORMATION_SCHEMA.ELEMENT_TYPES WHERE OBJECT_TYPE = 'TABLE'";
    private static final String FIELDS = "SELECT OBJECT_SCHEMA, OBJECT_NAME, ROW_IDENTIFIER, FIELD_NAME, "
            + H2Types.TYPE_COLUMNS + " FROM INFORMATION_SCHEMA.FIELDS WHERE OBJECT_TYPE = 'TABLE' "
            + "ORDER BY OBJECT_SCHEMA, OBJECT_NAME, ROW_IDENTIFIER, ORDINAL_POSITION";
    private static final String ENUM_VALUES = "SELECT OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME "
            + "FROM INFORMATION_SCHEMA.ENUM_VALUES WHERE OBJECT_TYPE = 'TABLE' "
            + "ORDER BY OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL";
    private static final String CONSTRAINTS = "SELECT TC.TABLE_SCHEMA, TC.TABLE_NAME, TC.CONSTRAINT_SCHEMA, "
            + "TC.CONSTRAINT_NAME, TC.CONSTRAINT_TYPE, TC.IS_DEFERRABLE, TC.INITIALLY_DEFERRED, TC.NULLS_DISTINCT, "
            + "TC.INDEX_SCHEMA, TC.INDEX_NAME, "
            + "CC.CHECK_CLAUSE, RC.UNIQUE_CONSTRAINT_SCHEMA, RC.UNIQUE_CONSTRAINT_NAME, RC.UPDATE_RULE, "
            + "RC.DELETE_RULE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC "
            + "LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS CC ON CC.CONSTRAINT_SCHEMA = TC.CONSTRAINT_SCHEMA "
            + "AND CC.CONSTRAINT_NAME = TC.CONSTRAINT_NAME "
            + "LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS RC ON RC.CONSTRAINT_SCHEMA = TC.CONSTRAINT_SCHEMA "
            + "AND RC.CONSTRAINT_NAME = TC.CONSTRAINT_NAME "
            + "WHERE UPPER(TC.TABLE_SCHEMA) NOT IN " + SYSTEM_SCHEMAS;
    private static final String KEY_COLUMNS = "SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, COLUMN_NAME, "
            + "POSITION_IN_UNIQUE_CONSTRAINT FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE "
            + "WHERE UPPER(TABLE_SCHEMA) NOT IN " + SYSTEM_SCHEMAS + " "
            + "ORDER BY CONSTRAINT_SCHEMA, CONSTRAINT_NAME, ORDINAL_POSITION";
    private static final String INDEXES = "SELECT INDEX_SCHEMA, INDEX_NAME, TABLE_SCHEMA, TABLE_NAME, "
            + "INDEX_TYPE_NAME, NULLS_DISTINCT FROM INFORMATION_SCHEMA.INDEXES "
            + "WHERE UPPER(TABLE_SCHEMA) NOT IN " + SYSTEM_SCHEMAS + " AND IS_GENERATED = FALSE";
    private static final String INDEX_COLUMNS = "SELECT INDEX_SCHEMA, INDEX_NAME, COLUMN_NAME, "
            + "ORDERING_SPECIFICATION, NULL_ORDERING FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
            + "WHERE UPPER(TABLE_SCHEMA) NOT IN " + SYSTEM_SCHEMAS + " "
            + "ORDER BY INDEX_SCHEMA, INDEX_NAME, ORDINAL_POSITION";
    private static final String SEQUENCES = "SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, DATA_TYPE, "
            + "DECLARED_NUMERIC_PRECISION, DECLARED_NUMERIC_SCALE, START_VALUE, INCREMENT, MINIMUM_VALUE, "
            + "MAXIMUM_VALUE, CACHE, CYCLE_OPTION FROM INFORMATION_SCHEMA.SEQUENCES";
    private static final String VIEWS = "SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION, REMARKS "
            + "FROM INFORMATION_SCHEMA.VIEWS WHERE UPPER(TABLE_SCHEMA) NOT IN " + SYSTEM_SCHEMAS;
    private static final String OTHER_OBJECTS = "SELECT 'trigger' AS KIND, TRIGGER_SCHEMA AS S, TRIGGER_NAME AS N "
            + "FROM INFORMATION_SCHEMA.TRIGGERS "
            + "UNION SELECT LOWER(ROUTINE_TYPE), ROUTINE_SCHEMA, ROUTINE_NAME FROM INFORMATION_SCHEMA.ROUTINES "
            + "UNION SELECT 'domain', DOMAIN_SCHEMA, DOMAIN_NAME FROM INFORMATION_SCHEMA.DOMAINS "
            + "UNION SELECT 'constant', CONSTANT_SCHEMA, CONSTANT_NAME FROM INFORMATION_SCHEMA.CONSTANTS "
            + "UNION SELECT 'synonym', SYNONYM_SCHEMA, SYNONYM_NAME FROM INFORMATION_SCHEMA.SYNONYMS";

    @Override
    public DatabaseSchema introspect(Connection connection, IntrospectOptions options) throws SQLException {
        return new Reading(connection, options).read();
    }

    /** One introspection: the rows of every catalog query, grouped, then assembled into the model. */
    private static final class Reading {

        private final Connection connection;
        private final IntrospectOptions options;

        private String currentSchema;
        private boolean materializedViews;
        private String nullOrdering;
        private final Set<String> schemaNames = new TreeSet<>();
        private final Map<QualifiedName, String> tableComments = new HashMap<>();
        private final Set<QualifiedName> relations = new HashSet<>();
        /** Indexes a user created (the others back constraints and are made by H2). */
        private final Set<QualifiedName> userIndexes = new HashSet<>();
        private final Map<QualifiedName, List<Column>> columns = new HashMap<>();
        private final Map<QualifiedName, List<ConstraintRow>> constraintsByTable = new HashMap<>();
        private final Map<QualifiedName, ConstraintRow> constraintsByName = new HashMap<>();
        private final Map<QualifiedName, List<KeyColumn>> keyColumns = new HashMap<>();
        private final Map<QualifiedName, List<IndexRow>> indexesByTable = new HashMap<>();
        private final Map<QualifiedName, List<IndexKey>> indexKeys = new HashMap<>();
        private final Map<String, List<Sequence>> sequences = new HashMap<>();
        private final Map<String, List<View>> views = new HashMap<>();
        private final List<UnsupportedObject> unsupported = new ArrayList<>();

        Reading(Connection connection, IntrospectOptions options) {
            this.connection = connection;
            this.options = options;
        }

        DatabaseSchema read() throws SQLException {
            readSchemas();
            readTables();
            readColumns(readTypes());
            readConstraints();
            readKeyColumns();
            readIndexes();
            readIndexColumns();
            readSequences();
            readViews();
            readOtherObjects();
            List<Schema> schemas = new ArrayList<>();
            for (String schema : schemaNames) {
                if (wanted(schema)) {
                    schemas.add(schema(schema));
                }
            }
            unsupported.sort(Comparator.comparing(UnsupportedObject::name).thenComparing(UnsupportedObject::kind));
            return new DatabaseSchema(currentSchema, schemas, unsupported);
        }

        private boolean wanted(String schema) {
            return options.schemas().isEmpty() ? !OWN_SCHEMAS.contains(schema.toUpperCase(Locale.ROOT))
                    : options.schemas().contains(schema);
        }

        private void query(String sql, RowReader reader) throws SQLException {
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }

        // ------------------------------------------------------------------------------------------ reading

        private void readSchemas() throws SQLException {
            query(SETTINGS_AND_SCHEMAS, rs -> {
                currentSchema = rs.getString("CURRENT");
                nullOrdering = rs.getString("NULL_ORDERING");
                schemaNames.add(rs.getString("SCHEMA_NAME"));
            });
            if (currentSchema == null) {
                currentSchema = connection.getSchema();
            }
        }

        private void readTables() throws SQLException {
            Set<QualifiedName> materialized = new HashSet<>();
            Map<QualifiedName, String> baseTables = new LinkedHashMap<>();
            query(TABLES, rs -> {
                QualifiedName name = QualifiedName.of(rs.getString("TABLE_SCHEMA"), rs.getString("TABLE_NAME"));
                String type = rs.getString("TABLE_TYPE");
                if (MATERIALIZED_VIEW_CLASS.equals(rs.getString("TABLE_CLASS"))) {
                    materialized.add(name);
                    unsupported(new UnsupportedObject("materialized view", name));
                } else if ("BASE TABLE".equals(type)) {
                    baseTables.put(name, blankToNull(rs.getString("REMARKS")));
                } else if ("VIEW".equals(type)) {
                    relations.add(name);
                } else {
                    unsupported(new UnsupportedObject(type.toLowerCase(Locale.ROOT), name));
                }
            });
            materializedViews = !materialized.isEmpty();
            baseTables.forEach((name, comment) -> {
                Matcher backing = MATERIALIZED_BACKING_TABLE.matcher(name.name());
                boolean backsView = backing.matches()
                        && materialized.contains(QualifiedName.of(name.schema(), backing.group(1)));
                if (!backsView && !options.excludes(name.name())) {
                    tableComments.put(name, comment);
                    relations.add(name);
                }
            });
        }

        private H2Types readTypes() throws SQLException {
            if (materializedViews) {
                return new H2Types(Map.of(), Map.of(), Map.of());
            }
            Map<H2Types.Key, H2Types.TypeRow> elements = new HashMap<>();
            query(ELEMENT_TYPES, rs -> elements.put(typeKey(rs, "COLLECTION_TYPE_IDENTIFIER"),
                    H2Types.TypeRow.read(rs)));
            Map<H2Types.Key, List<H2Types.Field>> fields = new HashMap<>();
            query(FIELDS, rs -> fields.computeIfAbsent(typeKey(rs, "ROW_IDENTIFIER"), k -> new ArrayList<>())
                    .add(new H2Types.Field(rs.getString("FIELD_NAME"), H2Types.TypeRow.read(rs))));
            Map<H2Types.Key, List<String>> labels = new HashMap<>();
            query(ENUM_VALUES, rs -> labels.computeIfAbsent(typeKey(rs, "ENUM_IDENTIFIER"), k -> new ArrayList<>())
                    .add(rs.getString("VALUE_NAME")));
            return new H2Types(elements, fields, labels);
        }

        private static H2Types.Key typeKey(ResultSet rs, String identifierColumn) throws SQLException {
            return new H2Types.Key(rs.getString("OBJECT_SCHEMA"), rs.getString("OBJECT_NAME"),
                    rs.getString(identifierColumn));
        }

        private void readColumns(H2Types types) throws SQLException {
            query(String.format(COLUMNS, materializedViews ? NOT_MATERIALIZED : ""), rs -> {
                QualifiedName table = QualifiedName.of(rs.getString("TABLE_SCHEMA"), rs.getString("TABLE_NAME"));
                if (!tableComments.containsKey(table)) {
                    return;
                }
                String name = rs.getString("COLUMN_NAME");
                QualifiedName where = QualifiedName.of(table.schema(), table.name() + "." + name);
                String domain = rs.getString("DOMAIN_NAME");
                String typeSql = rs.getString("TYPE_SQL");
                ColumnType type;
                if (domain != null) {
                    type = domainType(QualifiedName.of(rs.getString("DOMAIN_SCHEMA"), domain));
                } else if (materializedViews && typeSql != null) {
                    type = new ColumnType(typeSql, rs.getString("DATA_TYPE").toUpperCase(Locale.ROOT), null, null, null,
                            null);
                } else {
                    type = types.type(table.schema(), table.name(), H2Types.TypeRow.read(rs));
                }
                Identity identity = null;
                if ("YES".equals(rs.getString("IS_IDENTITY"))) {
                    identity = new Identity("ALWAYS".equals(rs.getString("IDENTITY_GENERATION"))
                            ? Identity.Generation.ALWAYS : Identity.Generation.BY_DEFAULT,
                            unlessOne(H2Types.longOrNull(rs, "IDENTITY_START")),
                            unlessOne(H2Types.longOrNull(rs, "IDENTITY_INCREMENT")));
                }
                if (rs.getString("COLUMN_ON_UPDATE") != null) {
                    unsupported(new UnsupportedObject("column ON UPDATE expression", where));
                }
                if (rs.getBoolean("DEFAULT_ON_NULL")) {
                    unsupported(new UnsupportedObject("column DEFAULT ON NULL", where));
                }
                if (!rs.getBoolean("IS_VISIBLE")) {
                    unsupported(new UnsupportedObject("invisible column", where));
                }
                columns.computeIfAbsent(table, k -> new ArrayList<>()).add(new Column(name, type,
                        "YES".equals(rs.getString("IS_NULLABLE")), rs.getString("COLUMN_DEFAULT"), identity,
                        rs.getString("GENERATION_EXPRESSION"), blankToNull(rs.getString("REMARKS"))));
            });
        }

        /** The domain's name, quoted: right whatever the database's identifier folding. */
        private static ColumnType domainType(QualifiedName domain) {
            String sql = quoted(domain.schema()) + "." + quoted(domain.name());
            return new ColumnType(sql, sql, null, null, null, domain);
        }

        private void readConstraints() throws SQLException {
            query(CONSTRAINTS, rs -> {
                ConstraintRow row = new ConstraintRow(
                        QualifiedName.of(rs.getString("TABLE_SCHEMA"), rs.getString("TABLE_NAME")),
                        QualifiedName.of(rs.getString("CONSTRAINT_SCHEMA"), rs.getString("CONSTRAINT_NAME")),
                        rs.getString("CONSTRAINT_TYPE"), deferrability(rs), rs.getString("NULLS_DISTINCT"),
                        rs.getString("CHECK_CLAUSE"),
                        rs.getString("UNIQUE_CONSTRAINT_NAME") == null ? null : QualifiedName.of(
                                rs.getString("UNIQUE_CONSTRAINT_SCHEMA"), rs.getString("UNIQUE_CONSTRAINT_NAME")),
                        action(rs.getString("UPDATE_RULE")), action(rs.getString("DELETE_RULE")),
                        rs.getString("INDEX_NAME") == null ? null
                                : QualifiedName.of(rs.getString("INDEX_SCHEMA"), rs.getString("INDEX_NAME")));
                constraintsByName.put(row.name(), row);
                if (tableComments.containsKey(row.table())) {
                    constraintsByTable.computeIfAbsent(row.table(), k -> new ArrayList<>()).add(row);
                    if ("UNIQUE".equals(row.type()) && !"YES".equals(row.nullsDistinct())) {
                        unsupported(new UnsupportedObject("unique constraint NULLS NOT DISTINCT", row.name()));
                    }
                }
            });
        }

        private static Deferrability deferrability(ResultSet rs) throws SQLException {
            if (!"YES".equals(rs.getString("IS_DEFERRABLE"))) {
                return Deferrability.NOT_DEFERRABLE;
            }
            return "YES".equals(rs.getString("INITIALLY_DEFERRED")) ? Deferrability.DEFERRABLE_INITIALLY_DEFERRED
                    : Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE;
        }

        private static ReferentialAction action(String rule) {
            if (rule == null) {
                return null;
            }
            return switch (rule) {
                case "CASCADE" -> ReferentialAction.CASCADE;
                case "SET NULL" -> ReferentialAction.SET_NULL;
                case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
                default -> ReferentialAction.NO_ACTION;
            };
        }

        private void readKeyColumns() throws SQLException {
            query(KEY_COLUMNS, rs -> keyColumns.computeIfAbsent(
                    QualifiedName.of(rs.getString("CONSTRAINT_SCHEMA"), rs.getString("CONSTRAINT_NAME")),
                    k -> new ArrayList<>()).add(new KeyColumn(rs.getString("COLUMN_NAME"),
                    H2Types.intOrNull(rs, "POSITION_IN_UNIQUE_CONSTRAINT"))));
        }

        private void readIndexes() throws SQLException {
            query(INDEXES, rs -> {
                userIndexes.add(QualifiedName.of(rs.getString("INDEX_SCHEMA"), rs.getString("INDEX_NAME")));
                QualifiedName table = QualifiedName.of(rs.getString("TABLE_SCHEMA"), rs.getString("TABLE_NAME"));
                if (!tableComments.containsKey(table)) {
                    return;
                }
                QualifiedName name = QualifiedName.of(rs.getString("INDEX_SCHEMA"), rs.getString("INDEX_NAME"));
                String type = rs.getString("INDEX_TYPE_NAME");
                boolean unique = type.startsWith("UNIQUE");
                if (unique && !"YES".equals(rs.getString("NULLS_DISTINCT"))) {
                    unsupported(new UnsupportedObject("unique index NULLS NOT DISTINCT", name));
                }
                indexesByTable.computeIfAbsent(table, k -> new ArrayList<>())
                        .add(new IndexRow(name, unique, type.startsWith("SPATIAL") ? "SPATIAL" : null));
            });
        }

        private void readIndexColumns() throws SQLException {
            query(INDEX_COLUMNS, rs -> {
                boolean descending = "DESC".equals(rs.getString("ORDERING_SPECIFICATION"));
                indexKeys.computeIfAbsent(QualifiedName.of(rs.getString("INDEX_SCHEMA"), rs.getString("INDEX_NAME")),
                        k -> new ArrayList<>()).add(new IndexKey(rs.getString("COLUMN_NAME"), null, descending,
                        nulls(descending, rs.getString("NULL_ORDERING"))));
            });
        }

        /** The order H2 reports, or DEFAULT when it is what the database does without being told. */
        private IndexKey.NullsOrder nulls(boolean descending, String reported) {
            if (reported == null) {
                return IndexKey.NullsOrder.DEFAULT;
            }
            String implied = switch (nullOrdering == null ? "LOW" : nullOrdering) {
                case "HIGH" -> descending ? "FIRST" : "LAST";
                case "FIRST" -> "FIRST";
                case "LAST" -> "LAST";
                default -> descending ? "LAST" : "FIRST";
            };
            if (reported.equals(implied)) {
                return IndexKey.NullsOrder.DEFAULT;
            }
            return "FIRST".equals(reported) ? IndexKey.NullsOrder.FIRST : IndexKey.NullsOrder.LAST;
        }

        private void readSequences() throws SQLException {
            query(SEQUENCES, rs -> sequences.computeIfAbsent(rs.getString("SEQUENCE_SCHEMA"), k -> new ArrayList<>())
                    .add(new Sequence(rs.getString("SEQUENCE_NAME"), H2Types.sequenceType(rs.getString("DATA_TYPE"),
                            H2Types.intOrNull(rs, "DECLARED_NUMERIC_PRECISION"),
                            H2Types.intOrNull(rs, "DECLARED_NUMERIC_SCALE")),
                            rs.getLong("START_VALUE"), rs.getLong("INCREMENT"), rs.getLong("MINIMUM_VALUE"),
                            rs.getLong("MAXIMUM_VALUE"), rs.getLong("CACHE"),
                            "YES".equals(rs.getString("CYCLE_OPTION")))));
        }

        private void readViews() throws SQLException {
            query(VIEWS, rs -> {
                String definition = rs.getString("VIEW_DEFINITION");
                if (definition == null) {
                    return; // a materialized view, reported with the tables
                }
                QualifiedName name = QualifiedName.of(rs.getString("TABLE_SCHEMA"), rs.getString("TABLE_NAME"));
                views.computeIfAbsent(name.schema(), k -> new ArrayList<>()).add(new View(name.name(), definition,
                        dependencies(name, definition), blankToNull(rs.getString("REMARKS"))));
            });
        }

        /** Known tables and views named {@code "SCHEMA"."NAME"} in a definition, sorted. */
        private List<QualifiedName> dependencies(QualifiedName view, String definition) {
            Set<QualifiedName> found = new TreeSet<>();
            for (List<String> chain : ViewReferences.identifierChains(definition)) {
                if (chain.size() >= 2) {
                    QualifiedName candidate = QualifiedName.of(chain.get(0), chain.get(1));
                    if (relations.contains(candidate) && !candidate.equals(view)) {
                        found.add(candidate);
                    }
                }
            }
            return List.copyOf(found);
        }

        private void readOtherObjects() throws SQLException {
            query(OTHER_OBJECTS, rs -> unsupported(new UnsupportedObject(rs.getString("KIND"),
                    QualifiedName.of(rs.getString("S"), rs.getString("N")))));
        }

        private void unsupported(UnsupportedObject object) {
            if (wanted(object.name().schema())) {
                unsupported.add(object);
            }
        }

        // ------------------------------------------------------------------------------------------ building

        private Schema schema(String name) {
            List<Table> tables = new ArrayList<>();
            for (Map.Entry<QualifiedName, String> entry : new TreeMap<>(tableComments).entrySet()) {
                if (entry.getKey().schema().equals(name)) {
                    tables.add(table(entry.getKey(), entry.getValue()));
                }
            }
            return new Schema(name, tables, sortedBy(views.getOrDefault(name, List.of()), View::name),
                    sortedBy(sequences.getOrDefault(name, List.of()), Sequence::name), List.of());
        }

        private Table table(QualifiedName name, String comment) {
            PrimaryKey primaryKey = null;
            List<UniqueConstraint> uniques = new ArrayList<>();
            List<ForeignKey> foreignKeys = new ArrayList<>();
            List<CheckConstraint> checks = new ArrayList<>();
            for (ConstraintRow row : constraintsByTable.getOrDefault(name, List.of())) {
                String constraint = row.name().name();
                switch (row.type()) {
                    case "PRIMARY KEY" -> primaryKey = new PrimaryKey(constraint, keyColumnNames(row.name()));
                    case "UNIQUE" -> uniques.add(new UniqueConstraint(constraint, keyColumnNames(row.name())));
                    case "CHECK" -> checks.add(new CheckConstraint(constraint, row.checkClause()));
                    case "FOREIGN KEY" -> foreignKeys.add(foreignKey(row));
                    default -> unsupported(new UnsupportedObject(row.type().toLowerCase(Locale.ROOT)
                            + " constraint", row.name()));
                }
            }
            List<Index> indexes = new ArrayList<>();
            for (IndexRow index : indexesByTable.getOrDefault(name, List.of())) {
                indexes.add(new Index(index.name().name(), index.unique(),
                        indexKeys.getOrDefault(index.name(), List.of()), index.method(), null, List.of()));
            }
            return new Table(name.name(), columns.getOrDefault(name, List.of()), primaryKey,
                    sortedBy(uniques, UniqueConstraint::name), sortedBy(foreignKeys, ForeignKey::name),
                    sortedBy(checks, CheckConstraint::name), sortedBy(indexes, Index::name), comment);
        }

        /**
         * The columns of a constraint, in constraint order. H2 2.3 keeps a column's old name in
         * KEY_COLUMN_USAGE after {@code RENAME COLUMN} (its indexes have the new one), so the names come from the
         * index H2 made for the constraint, which lists them in constraint order; when the constraint reuses a user's
         * index (whose order may differ), stale names are replaced by the index's columns that no other position
         * names.
         */
        private List<String> keyColumnNames(QualifiedName constraint) {
            List<String> reported = keyColumns.getOrDefault(constraint, List.of()).stream().map(KeyColumn::column).toList();
            ConstraintRow row = constraintsByName.get(constraint);
            List<IndexKey> index = row == null || row.index() == null ? null : indexKeys.get(row.index());
            if (index == null || index.size() < reported.size()) {
                return reported;
            }
            List<String> indexed = index.stream().map(IndexKey::column).toList();
            if (!userIndexes.contains(row.index())) {
                return indexed.subList(0, reported.size());
            }
            Set<String> current = columns.getOrDefault(row.table(), List.of()).stream().map(Column::name)
                    .collect(java.util.stream.Collectors.toSet());
            List<String> spare = new ArrayList<>(indexed.subList(0, reported.size()));
            spare.removeAll(reported);
            List<String> names = new ArrayList<>();
            for (String name : reported) {
                names.add(current.contains(name) || spare.isEmpty() ? name : spare.remove(0));
            }
            return names;
        }

        /** Column k of the key references the column at POSITION_IN_UNIQUE_CONSTRAINT of the referenced key. */
        private ForeignKey foreignKey(ConstraintRow row) {
            ConstraintRow referenced = constraintsByName.get(row.referenced());
            if (referenced == null) {
                throw new IllegalStateException("foreign key " + row.name() + " references the constraint "
                        + row.referenced() + ", which INFORMATION_SCHEMA does not list");
            }
            List<String> targetKey = keyColumnNames(referenced.name());
            List<String> columnNames = keyColumnNames(row.name());
            List<String> targetColumns = new ArrayList<>();
            for (KeyColumn key : keyColumns.getOrDefault(row.name(), List.of())) {
                targetColumns.add(targetKey.get(key.positionInUnique() - 1));
            }
            return new ForeignKey(row.name().name(), columnNames, referenced.table(), targetColumns, row.onUpdate(),
                    row.onDelete(), row.deferrability());
        }

        private static String quoted(String identifier) {
            return '"' + identifier.replace("\"", "\"\"") + '"';
        }

        private static <T> List<T> sortedBy(List<T> items, Function<T, String> name) {
            List<T> sorted = new ArrayList<>(items);
            sorted.sort(Comparator.comparing(name));
            return sorted;
        }

        private static Long unlessOne(Long value) {
            return value == null || value == 1L ? null : value;
        }

        private static String blankToNull(String text) {
            return text == null || text.isEmpty() ? null : text;
        }
    }

    /** Reads one row of a catalog query. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private record ConstraintRow(QualifiedName table, QualifiedName name, String type, Deferrability deferrability,
                                 String nullsDistinct, String checkClause, QualifiedName referenced,
                                 ReferentialAction onUpdate, ReferentialAction onDelete, QualifiedName index) {
    }

    private record KeyColumn(String column, Integer positionInUnique) {
    }

    private record IndexRow(QualifiedName name, boolean unique, String method) {
    }
}
