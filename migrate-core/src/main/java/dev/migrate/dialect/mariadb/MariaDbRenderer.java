package dev.migrate.dialect.mariadb;

import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.Identity;
import dev.migrate.schema.model.Index;
import dev.migrate.schema.model.IndexKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Sequence;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.UniqueConstraint;
import dev.migrate.schema.model.View;
import dev.migrate.schema.ops.SchemaOp;
import dev.migrate.schema.render.IdentifierStyle;
import dev.migrate.schema.render.StandardDdlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * DDL for MariaDB and MySQL. A column is changed by redefining it whole ({@code MODIFY COLUMN}), so the operations
 * that change one attribute carry the column as it was; comments are part of column and table definitions; keys
 * and indexes are dropped by their own clauses ({@code DROP PRIMARY KEY}, {@code DROP FOREIGN KEY},
 * {@code DROP INDEX ... ON}); a table's indexes are declared inside its {@code CREATE TABLE}, so that a foreign key
 * uses the index of its name instead of making one. No {@code ALGORITHM}/{@code LOCK} hints: the server picks.
 */
final class MariaDbRenderer extends StandardDdlRenderer {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Words MariaDB reserves that are likely names; anything else unusual is quoted too. */
    private static final Set<String> RESERVED = Set.of("ADD", "ALL", "ALTER", "AND", "AS", "ASC", "BETWEEN", "BY",
            "CASE", "CHANGE", "CHECK", "COLUMN", "CONDITION", "CONSTRAINT", "CREATE", "CROSS", "DATABASE", "DEFAULT",
            "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "EXISTS", "FALSE", "FOR", "FOREIGN", "FROM", "FULLTEXT",
            "GROUP", "HAVING", "IF", "IN", "INDEX", "INSERT", "INTERVAL", "INTO", "IS", "JOIN", "KEY", "KEYS", "LEFT",
            "LIKE", "LIMIT", "LOCK", "MATCH", "MODIFY", "NOT", "NULL", "ON", "OPTION", "OR", "ORDER", "OUT", "PRIMARY",
            "RANGE", "READ", "REFERENCES", "RENAME", "REPLACE", "RIGHT", "SELECT", "SET", "SHOW", "SPATIAL", "TABLE",
            "THEN", "TO", "TRUE", "UNION", "UNIQUE", "UPDATE", "USAGE", "USE", "USING", "VALUES", "WHEN", "WHERE",
            "WITH", "WRITE", "RANK", "ROWS", "ROW", "WINDOW", "SCHEMA", "RELEASE", "RETURN", "SEPARATOR", "STARTING",
            "TRIGGER", "UNDO", "UNLOCK", "UNSIGNED", "USER", "ZEROFILL", "GENERAL", "SQL", "VARCHAR",
            "INT", "INTEGER", "DECIMAL", "CHAR", "BIGINT", "DOUBLE", "FLOAT", "REAL", "BLOB", "LONG", "DIV", "MOD",
            "CALL", "CURRENT_USER", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP");

    private final MariaDbDialect dialect = new MariaDbDialect();

    MariaDbRenderer(String defaultSchema) {
        super(new IdentifierStyle(false, RESERVED), defaultSchema);
    }

    @Override
    protected String id(String stored) {
        return PLAIN.matcher(stored).matches() && !RESERVED.contains(stored.toUpperCase(java.util.Locale.ROOT))
                ? stored : dialect.quoteIdentifier(stored);
    }

    @Override
    protected String name(QualifiedName name) {
        return name.schema().equals(defaultSchema) || name.schema().equals(MariaDbIntrospector.CURRENT)
                ? id(name.name()) : id(name.schema()) + "." + id(name.name());
    }

    @Override
    protected String literal(String value) {
        return dialect.stringLiteral(value);
    }

    // ------------------------------------------------------------------------------------------ databases

    @Override
    public List<String> visit(SchemaOp.CreateSchema op) {
        return List.of("CREATE DATABASE " + id(op.schema()));
    }

    @Override
    public List<String> visit(SchemaOp.DropSchema op) {
        return List.of("DROP DATABASE " + id(op.schema()));
    }

    // ------------------------------------------------------------------------------------------ tables

    @Override
    protected List<String> createTable(QualifiedName name, Table table) {
        List<String> lines = new ArrayList<>();
        for (Column column : table.columns()) {
            lines.add(columnDefinition(column));
        }
        if (table.primaryKey() != null) {
            lines.add("PRIMARY KEY (" + columnList(table.primaryKey().columns()) + ")");
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            lines.add(unique(unique));
        }
        List<String> separate = new ArrayList<>();
        for (Index index : table.indexes()) {
            if (servesForeignKey(table, index)) {
                lines.add(indexKind(index) + "KEY " + id(index.name()) + " (" + keys(index) + ")");
            } else {
                separate.add(createIndex(name, index));
            }
        }
        table.checks().forEach(check -> lines.add(check(check)));
        table.foreignKeys().forEach(key -> lines.add(foreignKey(name, key)));
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + name(name) + " (\n" + INDENT + String.join(",\n" + INDENT, lines) + "\n)"
                + (table.comment() == null ? "" : " COMMENT = " + literal(table.comment())));
        statements.addAll(separate);
        return statements;
    }

    /**
     * Whether a foreign key of the table needs {@code index} (its columns lead the index's): the server makes one for
     * a foreign key that has none, so such an index is declared in the table, before the key, to be the one it uses.
     */
    private static boolean servesForeignKey(Table table, Index index) {
        List<String> columns = index.keyColumns();
        return index.method() == null && table.foreignKeys().stream().anyMatch(key -> columns.size()
                >= key.columns().size() && columns.subList(0, key.columns().size()).equals(key.columns()));
    }

    @Override
    public List<String> visit(SchemaOp.RenameTable op) {
        return List.of("RENAME TABLE " + name(op.name()) + " TO " + id(op.to()));
    }

    @Override
    public List<String> visit(SchemaOp.AlterTableComment op) {
        return List.of(alterTable(op.table()) + "COMMENT = " + literal(op.to() == null ? "" : op.to()));
    }

    /**
     * {@code name type [AS (...) STORED|VIRTUAL] [NULL|NOT NULL] [DEFAULT ...] [AUTO_INCREMENT] [COMMENT ...]
     * [CHECK (...)]}: a column-level check, which the introspector carries in the type text, goes last, where
     * MariaDB wants it.
     */
    @Override
    protected String columnDefinition(Column column) {
        String type = column.type().sql();
        String check = "";
        int at = type.lastIndexOf(MariaDbIntrospector.COLUMN_CHECK);
        if (at > 0 && type.endsWith(")")) {
            check = type.substring(at);
            type = type.substring(0, at);
        }
        StringBuilder sql = new StringBuilder(id(column.name())).append(' ').append(type);
        if (column.generatedExpression() != null) {
            return sql.append(" AS ").append(column.generatedExpression()).append(comment(column)).append(check)
                    .toString();
        }
        sql.append(column.nullable() ? " NULL" : " NOT NULL");
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (column.identity() != null) {
            sql.append(" AUTO_INCREMENT");
        }
        return sql.append(comment(column)).append(check).toString();
    }

    private String comment(Column column) {
        return column.comment() == null ? "" : " COMMENT " + literal(column.comment());
    }

    @Override
    protected List<String> addColumn(QualifiedName table, Column column) {
        return List.of(alterTable(table) + "ADD COLUMN " + columnDefinition(column));
    }

    private List<String> modify(QualifiedName table, Column column) {
        return List.of(alterTable(table) + "MODIFY COLUMN " + columnDefinition(column));
    }

    @Override
    public List<String> visit(SchemaOp.AlterColumnType op) {
        return modify(op.table(), op.column().withType(op.to()));
    }

    @Override
    public List<String> visit(SchemaOp.AlterColumnNullability op) {
        return modify(op.table(), whole(op.before(), op.table(), op.column()).withNullable(op.toNullable()));
    }

    @Override
    public List<String> visit(SchemaOp.AlterColumnComment op) {
        return modify(op.table(), whole(op.before(), op.table(), op.column()).withComment(op.to()));
    }

    @Override
    public List<String> visit(SchemaOp.AlterColumnIdentity op) {
        return modify(op.table(), op.column().withIdentity(op.to()));
    }

    /** A default that is not a literal is written in parentheses, as {@code SET DEFAULT} wants it. */
    @Override
    public List<String> visit(SchemaOp.AlterColumnDefault op) {
        String to = op.to();
        if (to == null) {
            return List.of(alterColumn(op.table(), op.column()) + "DROP DEFAULT");
        }
        boolean literal = to.startsWith("'") || to.matches("-?[0-9.]+") || to.equalsIgnoreCase("NULL");
        return List.of(alterColumn(op.table(), op.column()) + "SET DEFAULT " + (literal ? to : "(" + to + ")"));
    }

    private static Column whole(Column before, QualifiedName table, String column) {
        if (before == null) {
            throw new UnsupportedOperationException("MariaDB changes a column by redefining it whole (MODIFY "
                    + "COLUMN), and the definition of " + table + "." + column + " is not known to this operation");
        }
        return before;
    }

    // ------------------------------------------------------------------------------------------ constraints

    @Override
    public List<String> visit(SchemaOp.AddPrimaryKey op) {
        return List.of(alterTable(op.table()) + "ADD PRIMARY KEY (" + columnList(op.key().columns()) + ")");
    }

    @Override
    public List<String> visit(SchemaOp.DropPrimaryKey op) {
        return List.of(alterTable(op.table()) + "DROP PRIMARY KEY");
    }

    @Override
    public List<String> visit(SchemaOp.DropUniqueConstraint op) {
        return List.of(alterTable(op.table()) + "DROP INDEX " + id(op.constraint().name()));
    }

    @Override
    public List<String> visit(SchemaOp.DropForeignKey op) {
        return List.of(alterTable(op.table()) + "DROP FOREIGN KEY " + id(op.key().name()));
    }

    // ------------------------------------------------------------------------------------------ indexes

    @Override
    protected String createIndex(QualifiedName table, Index index) {
        return "CREATE " + indexKind(index) + "INDEX " + id(index.name()) + " ON " + name(table) + " ("
                + keys(index) + ")";
    }

    private static String indexKind(Index index) {
        if (index.method() != null) {
            return index.method() + " ";
        }
        return index.unique() ? "UNIQUE " : "";
    }

    private String keys(Index index) {
        return index.keys().stream().map(this::indexKey).collect(Collectors.joining(", "));
    }

    @Override
    protected String indexKey(IndexKey key) {
        return (key.isExpression() ? key.expression() : id(key.column())) + (key.descending() ? " DESC" : "");
    }

    @Override
    protected String dropIndex(QualifiedName table, Index index) {
        return "DROP INDEX " + id(index.name()) + " ON " + name(table);
    }

    // ------------------------------------------------------------------------------------------ views

    @Override
    protected List<String> createView(QualifiedName name, View view) {
        return List.of("CREATE VIEW " + name(name) + " AS\n" + view.definition().strip().replaceAll(";+$", ""));
    }

    // ------------------------------------------------------------------------------------------ routines, triggers

    /** A statement that holds semicolons (a trigger or routine body) goes inside a {@code DELIMITER} block. */
    @Override
    public String scriptStatement(String sql) {
        return sql.indexOf(';') < 0 ? sql + ";" : dialect.scriptStatement(sql);
    }

    /** The {@code CREATE} statement the introspector wrote ({@link MariaDbRoutines}). */
    @Override
    public List<String> visit(SchemaOp.CreateRoutine op) {
        return List.of(op.routine().definition());
    }

    @Override
    public List<String> visit(SchemaOp.DropRoutine op) {
        return List.of("DROP " + op.routine().kind().keyword() + " " + id(op.routine().name()));
    }

    /**
     * Dropped and created again: MySQL has no {@code CREATE OR REPLACE} for routines, and on MariaDB the two are as
     * atomic as any pair of DDL statements.
     */
    @Override
    public List<String> visit(SchemaOp.ReplaceRoutine op) {
        return List.of("DROP " + op.from().kind().keyword() + " " + id(op.from().name()), op.to().definition());
    }

    @Override
    public List<String> visit(SchemaOp.CreateTrigger op) {
        return List.of(op.trigger().definition());
    }

    @Override
    public List<String> visit(SchemaOp.DropTrigger op) {
        return List.of("DROP TRIGGER " + id(op.trigger().name()));
    }

    // ------------------------------------------------------------------------------------------ sequences

    /** No {@code AS type} (MariaDB 10.11's sequences are all {@code bigint}), and {@code NOCYCLE} in one word. */
    @Override
    protected String sequenceOptions(Sequence to, Sequence from) {
        return super.sequenceOptions(to, from).replaceFirst("^ AS \\S+", "").replace(" NO CYCLE", " NOCYCLE");
    }

    /** Unused: an {@code AUTO_INCREMENT} column has no identity clause of its own. */
    @Override
    protected String identityClause(Identity identity) {
        return "AUTO_INCREMENT";
    }
}
