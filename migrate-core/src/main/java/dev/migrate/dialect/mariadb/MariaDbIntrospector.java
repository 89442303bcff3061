package dev.migrate.dialect.mariadb;

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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the connection's database from {@code information_schema} in bulk: one query per kind of object (tables,
 * columns, index columns, constraints, foreign key columns, checks, views, routines and triggers), never one per
 * table.
 *
 * <p>A schema is a database here, and migrate works in the connection's database (the URL's, or
 * {@code migrate.schema}, which migrate makes the connection's): it is reported as the schema named
 * {@value #CURRENT}, so that a shadow database (another name on the same server) compares equal to it, and names in
 * it render unqualified. View definitions drop the qualification with the database's own name for the same reason.
 *
 * <p>What the model has no field for is carried in the column type's text, which is what both sides compare and the
 * renderer writes back: {@code unsigned}/{@code zerofill} (MariaDB prints them in the type), a character set and
 * collation other than the table's, and {@code ON UPDATE CURRENT_TIMESTAMP}, and a column-level check. A generated column keeps
 * {@code (expression) STORED} or {@code (expression) VIRTUAL} as its expression. An {@code AUTO_INCREMENT} column is
 * an identity {@code BY DEFAULT}; the table's next value is left alone. Sequences, stored functions and procedures
 * and triggers are compared ({@link MariaDbRoutines}). Engines, table character sets and invisible indexes are not
 * compared; events are reported as unsupported.
 */
final class MariaDbIntrospector implements Introspector {

    /** The name under which the connection's database is reported. */
    static final String CURRENT = "";

    /** What a column-level check adds to its column's type text, before its condition and a closing parenthesis. */
    static final String COLUMN_CHECK = " CHECK (";

    @Override
    public DatabaseSchema introspect(Connection connection, IntrospectOptions options) throws SQLException {
        String database = new MariaDbDialect().currentSchema(connection);
        if (database == null) {
            throw new SQLException("the connection has no database: name one in the URL (jdbc:mariadb://host/db)");
        }
        Map<String, TableParts> tables = new TreeMap<>();
        List<UnsupportedObject> unsupported = new ArrayList<>();
        List<View> views = new ArrayList<>();
        Map<String, String> tableCollations = new LinkedHashMap<>();
        List<String> sequenceNames = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT TABLE_NAME, TABLE_TYPE, TABLE_COMMENT, "
                + "TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME")) {
            st.setString(1, database);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String type = rs.getString(2);
                    if (options.excludes(name)) {
                        continue;
                    }
                    if ("SEQUENCE".equals(type)) {
                        sequenceNames.add(name);
                    } else if ("BASE TABLE".equals(type) || "SYSTEM VERSIONED".equals(type)) {
                        tables.put(name, new TableParts(name, blankToNull(rs.getString(3))));
                        tableCollations.put(name, rs.getString(4));
                    }
                }
            }
        }
        readColumns(connection, database, tables, tableCollations);
        readIndexes(connection, database, tables);
        readForeignKeys(connection, database, tables);
        readChecks(connection, database, tables);
        readViews(connection, database, views);
        readEvents(connection, database, unsupported);
        List<Table> built = tables.values().stream().map(TableParts::build).toList();
        Schema schema = new Schema(CURRENT, built, views, readSequences(connection, sequenceNames), List.of(),
                List.of(), List.of(), List.of(), List.of(), MariaDbRoutines.routines(connection, database),
                MariaDbRoutines.triggers(connection, database));
        unsupported.sort(Comparator.comparing(UnsupportedObject::kind).thenComparing(UnsupportedObject::name));
        return new DatabaseSchema(CURRENT, List.of(schema), unsupported);
    }

    private static void readColumns(Connection connection, String database, Map<String, TableParts> tables,
                                    Map<String, String> tableCollations) throws SQLException {
        String sql = "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE, DATA_TYPE, COLUMN_TYPE, EXTRA, "
                + "GENERATION_EXPRESSION, COLUMN_COMMENT, CHARACTER_SET_NAME, COLLATION_NAME, "
                + "CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION "
                + "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, database);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    TableParts table = tables.get(rs.getString(1));
                    if (table == null) {
                        continue;
                    }
                    String extra = rs.getString(7) == null ? "" : rs.getString(7).toLowerCase(java.util.Locale.ROOT);
                    String typeSql = rs.getString(6);
                    String collation = rs.getString(11);
                    if (collation != null && !collation.equals(tableCollations.get(table.name))
                            && !"json".equals(rs.getString(5))) {
                        typeSql += " CHARACTER SET " + rs.getString(10) + " COLLATE " + collation;
                    }
                    if (extra.contains("on update ")) {
                        typeSql += " ON UPDATE " + extra.substring(extra.indexOf("on update ") + "on update ".length())
                                .split(" ")[0];
                    }
                    Integer length = intOrNull(rs, 12);
                    Integer precision = intOrNull(rs, 13) != null ? intOrNull(rs, 13) : intOrNull(rs, 15);
                    ColumnType type = new ColumnType(typeSql, rs.getString(5), length, precision, intOrNull(rs, 14),
                            null);
                    String generated = null;
                    if (extra.contains("generated")) {
                        generated = "(" + rs.getString(8) + ") " + (extra.contains("stored") ? "STORED" : "VIRTUAL");
                    }
                    String defaultValue = rs.getString(3);
                    if ("NULL".equalsIgnoreCase(defaultValue) || generated != null) {
                        defaultValue = null;
                    }
                    Identity identity = extra.contains("auto_increment")
                            ? new Identity(Identity.Generation.BY_DEFAULT, null, null) : null;
                    table.columns.add(new Column(rs.getString(2), type, "YES".equals(rs.getString(4)), defaultValue,
                            identity, generated, blankToNull(rs.getString(9))));
                }
            }
        }
    }

    private static void readIndexes(Connection connection, String database, Map<String, TableParts> tables)
            throws SQLException {
        String sql = "SELECT s.TABLE_NAME, s.INDEX_NAME, s.NON_UNIQUE, s.COLUMN_NAME, s.SUB_PART, s.INDEX_TYPE, "
                + "s.COLLATION, c.CONSTRAINT_TYPE FROM information_schema.STATISTICS s "
                + "LEFT JOIN information_schema.TABLE_CONSTRAINTS c ON c.CONSTRAINT_SCHEMA = s.TABLE_SCHEMA "
                + "AND c.TABLE_NAME = s.TABLE_NAME AND c.CONSTRAINT_NAME = s.INDEX_NAME "
                + "AND c.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE') "
                + "WHERE s.TABLE_SCHEMA = ? ORDER BY s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX";
        Map<String, IndexParts> indexes = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, database);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (!tables.containsKey(rs.getString(1))) {
                        continue;
                    }
                    IndexParts index = indexes.computeIfAbsent(rs.getString(1) + "\0" + rs.getString(2),
                            k -> new IndexParts());
                    index.table = rs.getString(1);
                    index.name = rs.getString(2);
                    index.unique = rs.getInt(3) == 0;
                    index.type = rs.getString(6);
                    index.constraint = rs.getString(8);
                    int subPart = rs.getInt(5);
                    boolean prefix = !rs.wasNull();
                    String column = rs.getString(4);
                    boolean descending = "D".equals(rs.getString(7));
                    index.prefixed |= prefix;
                    index.keys.add(new IndexKey(prefix ? null : column, prefix ? new MariaDbDialect()
                            .quoteIdentifier(column) + "(" + subPart + ")" : null, descending,
                            IndexKey.NullsOrder.DEFAULT));
                }
            }
        }
        for (IndexParts index : indexes.values()) {
            TableParts table = tables.get(index.table);
            boolean plainKeys = !index.prefixed && index.keys.stream().noneMatch(IndexKey::descending);
            if ("PRIMARY KEY".equals(index.constraint)) {
                table.primaryKey = new PrimaryKey(index.name, index.keys.stream().map(IndexKey::column).toList());
            } else if ("UNIQUE".equals(index.constraint) && plainKeys && "BTREE".equals(index.type)) {
                table.uniques.add(new UniqueConstraint(index.name, index.keys.stream().map(IndexKey::column)
                        .toList()));
            } else {
                String method = "FULLTEXT".equals(index.type) || "SPATIAL".equals(index.type) ? index.type : null;
                table.indexes.add(new Index(index.name, index.unique, index.keys, method, null, List.of()));
            }
        }
    }

    private static void readForeignKeys(Connection connection, String database, Map<String, TableParts> tables)
            throws SQLException {
        String sql = "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, "
                + "k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE "
                + "FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
                + "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME "
                + "AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
                + "WHERE k.CONSTRAINT_SCHEMA = ? ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION";
        Map<String, ForeignKeyParts> keys = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, database);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (!tables.containsKey(rs.getString(1))) {
                        continue;
                    }
                    ForeignKeyParts key = keys.computeIfAbsent(rs.getString(1) + "\0" + rs.getString(2),
                            k -> new ForeignKeyParts());
                    key.table = rs.getString(1);
                    key.name = rs.getString(2);
                    key.columns.add(rs.getString(3));
                    String targetDatabase = rs.getString(4);
                    key.target = QualifiedName.of(database.equals(targetDatabase) ? CURRENT : targetDatabase,
                            rs.getString(5));
                    key.targetColumns.add(rs.getString(6));
                    key.onUpdate = action(rs.getString(7));
                    key.onDelete = action(rs.getString(8));
                }
            }
        }
        for (ForeignKeyParts key : keys.values()) {
            tables.get(key.table).foreignKeys.add(new ForeignKey(key.name, key.columns, key.target,
                    key.targetColumns, key.onUpdate, key.onDelete, Deferrability.NOT_DEFERRABLE));
        }
    }

    private static ReferentialAction action(String rule) {
        return switch (rule == null ? "" : rule) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            // InnoDB checks at once either way: RESTRICT (its default) and NO ACTION mean the same.
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /**
     * Table-level checks. A column-level check (MariaDB's {@code LEVEL = 'Column'}, named after its column) belongs to
     * the column's definition: it cannot be dropped by name, only by redefining the column, and a {@code MODIFY}
     * that does not repeat it drops it. It is carried in the column's type text as {@code ... CHECK (condition)}
     * ({@link #COLUMN_CHECK}), which the renderer moves to the end of the column definition, where MariaDB wants it.
     * MySQL has no {@code LEVEL}: its checks are all table-level.
     */
    private static void readChecks(Connection connection, String database, Map<String, TableParts> tables)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT * "
                + "FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? "
                + "ORDER BY TABLE_NAME, CONSTRAINT_NAME")) {
            st.setString(1, database);
            try (ResultSet rs = st.executeQuery()) {
                boolean levels = hasColumn(rs, "LEVEL");
                while (rs.next()) {
                    TableParts table = tables.get(rs.getString("TABLE_NAME"));
                    if (table == null) {
                        continue;
                    }
                    String name = rs.getString("CONSTRAINT_NAME");
                    String clause = rs.getString("CHECK_CLAUSE");
                    int column = levels && "Column".equalsIgnoreCase(rs.getString("LEVEL")) ? table.column(name) : -1;
                    if (column >= 0) {
                        Column c = table.columns.get(column);
                        ColumnType type = c.type();
                        table.columns.set(column, c.withType(new ColumnType(type.sql() + COLUMN_CHECK + clause + ")",
                                type.base(), type.length(), type.precision(), type.scale(), type.userType())));
                    } else {
                        table.checks.add(new CheckConstraint(name, clause));
                    }
                }
            }
        }
    }

    private static boolean hasColumn(ResultSet rs, String label) throws SQLException {
        java.sql.ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (label.equalsIgnoreCase(meta.getColumnLabel(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Views, with the tables and views each reads: MariaDB keeps no dependency table, but it stores a view's query
     * with every name qualified ({@code `db`.`name`}), so the names qualified with this database are what it reads.
     */
    private static void readViews(Connection connection, String database, List<View> views) throws SQLException {
        String own = new MariaDbDialect().quoteIdentifier(database) + ".";
        Pattern reads = Pattern.compile(Pattern.quote(own) + "`((?:[^`]|``)+)`");
        try (PreparedStatement st = connection.prepareStatement("SELECT TABLE_NAME, VIEW_DEFINITION "
                + "FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME")) {
            st.setString(1, database);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String definition = rs.getString(2);
                    Set<QualifiedName> dependencies = new TreeSet<>();
                    Matcher m = reads.matcher(definition);
                    while (m.find()) {
                        dependencies.add(QualifiedName.of(CURRENT, m.group(1).replace("``", "`")));
                    }
                    dependencies.remove(QualifiedName.of(CURRENT, rs.getString(1)));
                    views.add(new View(rs.getString(1), definition.replace(own, ""), List.copyOf(dependencies),
                            null));
                }
            }
        }
    }

    /**
     * MariaDB's sequences ({@code CREATE SEQUENCE}, 10.3 and later): {@code information_schema} does not list their
     * options, each sequence is a one-row table that holds them, so all are read in one {@code UNION ALL} query. The
     * value type is always {@code bigint} (10.11 has no {@code AS}); the next value is left alone, like
     * {@code AUTO_INCREMENT}.
     */
    private static List<Sequence> readSequences(Connection connection, List<String> names) throws SQLException {
        if (names.isEmpty()) {
            return List.of();
        }
        MariaDbDialect dialect = new MariaDbDialect();
        List<String> selects = new ArrayList<>();
        for (String name : names) {
            selects.add("SELECT " + dialect.stringLiteral(name) + ", start_value, increment, minimum_value, "
                    + "maximum_value, cache_size, cycle_option FROM " + dialect.quoteIdentifier(name));
        }
        List<Sequence> sequences = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(String.join(" UNION ALL ", selects) + " ORDER BY 1")) {
            while (rs.next()) {
                sequences.add(new Sequence(rs.getString(1), "bigint", rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getInt(7) != 0));
            }
        }
        return sequences;
    }

    /** Events: found and reported, not compared. */
    private static void readEvents(Connection connection, String database, List<UnsupportedObject> unsupported)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?")) {
            st.setString(1, database);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    unsupported.add(new UnsupportedObject("event", QualifiedName.of(CURRENT, rs.getString(1))));
                }
            }
        }
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() || value > Integer.MAX_VALUE ? null : (int) value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static final class TableParts {
        final String name;
        final String comment;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();

        TableParts(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        /** The position of the column named {@code column}, or -1. */
        int column(String column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(column)) {
                    return i;
                }
            }
            return -1;
        }

        Table build() {
            uniques.sort(Comparator.comparing(UniqueConstraint::name));
            foreignKeys.sort(Comparator.comparing(ForeignKey::name));
            checks.sort(Comparator.comparing(CheckConstraint::name));
            indexes.sort(Comparator.comparing(Index::name));
            return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment);
        }
    }

    private static final class IndexParts {
        String table;
        String name;
        boolean unique;
        boolean prefixed;
        String type;
        String constraint;
        final List<IndexKey> keys = new ArrayList<>();
    }

    private static final class ForeignKeyParts {
        String table;
        String name;
        final List<String> columns = new ArrayList<>();
        QualifiedName target;
        final List<String> targetColumns = new ArrayList<>();
        ReferentialAction onUpdate;
        ReferentialAction onDelete;
    }
}
