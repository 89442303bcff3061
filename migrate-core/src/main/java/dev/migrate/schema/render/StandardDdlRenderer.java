package dev.migrate.schema.render;

import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.ForeignKey;
import dev.migrate.schema.model.Identity;
import dev.migrate.schema.model.Index;
import dev.migrate.schema.model.IndexKey;
import dev.migrate.schema.model.PrimaryKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.ReferentialAction;
import dev.migrate.schema.model.Sequence;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.UniqueConstraint;
import dev.migrate.schema.ops.SchemaOp;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Standard SQL DDL, shared by the dialects: each dialect's renderer extends it and overrides what its database
 * spells differently. Output is deterministic and laid out for people: one column per line in {@code CREATE TABLE},
 * names unqualified in the default schema and quoted only when they must be.
 */
public class StandardDdlRenderer implements DdlRenderer, SchemaOp.Visitor<List<String>> {

    protected static final String INDENT = "    ";

    protected final IdentifierStyle identifiers;
    protected final String defaultSchema;

    public StandardDdlRenderer(IdentifierStyle identifiers, String defaultSchema) {
        this.identifiers = identifiers;
        this.defaultSchema = defaultSchema;
    }

    /** The statements of one operation: the visitor method of its kind. */
    @Override
    public final List<String> render(SchemaOp op) {
        return op.accept(this);
    }

    // ------------------------------------------------------------------------------------------ per operation

    @Override
    public List<String> visit(SchemaOp.CreateSchema op) {
        return List.of("CREATE SCHEMA " + id(op.schema()));
    }

    @Override
    public List<String> visit(SchemaOp.DropSchema op) {
        return List.of("DROP SCHEMA " + id(op.schema()));
    }

    @Override
    public List<String> visit(SchemaOp.CreateEnum op) {
        throw new UnsupportedOperationException("enum types are not supported by this dialect");
    }

    @Override
    public List<String> visit(SchemaOp.DropEnum op) {
        throw new UnsupportedOperationException("enum types are not supported by this dialect");
    }

    @Override
    public List<String> visit(SchemaOp.AlterEnum op) {
        throw new UnsupportedOperationException("enum types are not supported by this dialect");
    }

    // ---------------------------------------------- kinds only some dialects have: a dialect that has them overrides

    @Override
    public List<String> visit(SchemaOp.CreateExtension op) {
        throw notInThisDialect(op, "extensions");
    }

    @Override
    public List<String> visit(SchemaOp.DropExtension op) {
        throw notInThisDialect(op, "extensions");
    }

    @Override
    public List<String> visit(SchemaOp.AlterExtension op) {
        throw notInThisDialect(op, "extensions");
    }

    @Override
    public List<String> visit(SchemaOp.CreateDomain op) {
        throw notInThisDialect(op, "domains");
    }

    @Override
    public List<String> visit(SchemaOp.DropDomain op) {
        throw notInThisDialect(op, "domains");
    }

    @Override
    public List<String> visit(SchemaOp.AlterDomain op) {
        throw notInThisDialect(op, "domains");
    }

    @Override
    public List<String> visit(SchemaOp.CreateCompositeType op) {
        throw notInThisDialect(op, "composite types");
    }

    @Override
    public List<String> visit(SchemaOp.DropCompositeType op) {
        throw notInThisDialect(op, "composite types");
    }

    @Override
    public List<String> visit(SchemaOp.AlterCompositeType op) {
        throw notInThisDialect(op, "composite types");
    }

    @Override
    public List<String> visit(SchemaOp.CreateRangeType op) {
        throw notInThisDialect(op, "range types");
    }

    @Override
    public List<String> visit(SchemaOp.DropRangeType op) {
        throw notInThisDialect(op, "range types");
    }

    @Override
    public List<String> visit(SchemaOp.CreateRoutine op) {
        throw notInThisDialect(op, "routines");
    }

    @Override
    public List<String> visit(SchemaOp.DropRoutine op) {
        throw notInThisDialect(op, "routines");
    }

    @Override
    public List<String> visit(SchemaOp.ReplaceRoutine op) {
        throw notInThisDialect(op, "routines");
    }

    @Override
    public List<String> visit(SchemaOp.CreateTrigger op) {
        throw notInThisDialect(op, "triggers");
    }

    @Override
    public List<String> visit(SchemaOp.DropTrigger op) {
        throw notInThisDialect(op, "triggers");
    }

    /**
     * The error for an operation on a kind of object this dialect's introspection never produces, so that only a
     * model built by hand (or for another dialect) reaches it.
     */
    protected UnsupportedOperationException notInThisDialect(SchemaOp op, String kind) {
        return new UnsupportedOperationException("cannot " + op.description() + ": " + getClass().getSimpleName()
                + " renders no " + kind + " (this database's introspection never reports them; the model was made "
                + "for another database)");
    }

    @Override
    public List<String> visit(SchemaOp.CreateSequence op) {
        return List.of(createSequence(op.name(), op.sequence()));
    }

    @Override
    public List<String> visit(SchemaOp.DropSequence op) {
        return List.of("DROP SEQUENCE " + name(op.name()));
    }

    @Override
    public List<String> visit(SchemaOp.AlterSequence op) {
        return alterSequence(op.name(), op.from(), op.to());
    }

    @Override
    public List<String> visit(SchemaOp.CreateTable op) {
        return createTable(op.name(), op.table());
    }

    @Override
    public List<String> visit(SchemaOp.DropTable op) {
        return List.of("DROP TABLE " + name(op.name()));
    }

    @Override
    public List<String> visit(SchemaOp.RenameTable op) {
        return List.of("ALTER TABLE " + name(op.name()) + " RENAME TO " + id(op.to()));
    }

    @Override
    public List<String> visit(SchemaOp.AlterTableComment op) {
        return List.of("COMMENT ON TABLE " + name(op.table()) + " IS " + commentLiteral(op.to()));
    }

    @Override
    public List<String> visit(SchemaOp.AttachPartition op) {
        throw notInThisDialect(op, "partitions");
    }

    @Override
    public List<String> visit(SchemaOp.DetachPartition op) {
        throw notInThisDialect(op, "partitions");
    }

    @Override
    public List<String> visit(SchemaOp.AlterTablePersistence op) {
        throw notInThisDialect(op, "unlogged tables");
    }

    @Override
    public List<String> visit(SchemaOp.AlterRowSecurity op) {
        throw notInThisDialect(op, "row level security");
    }

    @Override
    public List<String> visit(SchemaOp.AlterTableStorage op) {
        throw notInThisDialect(op, "table storage parameters");
    }

    @Override
    public List<String> visit(SchemaOp.ValidateConstraint op) {
        if (op.validate()) {
            return List.of(alterTable(op.table()) + "VALIDATE CONSTRAINT " + id(op.constraint()));
        }
        return List.of(alterTable(op.table()) + "DROP CONSTRAINT " + id(op.constraint()), alterTable(op.table())
                + "ADD " + (op.check() != null ? check(op.check().withValid(false))
                : foreignKey(op.table(), op.key().withValid(false))));
    }

    @Override
    public List<String> visit(SchemaOp.CreatePolicy op) {
        throw notInThisDialect(op, "policies");
    }

    @Override
    public List<String> visit(SchemaOp.DropPolicy op) {
        throw notInThisDialect(op, "policies");
    }

    @Override
    public List<String> visit(SchemaOp.AlterPolicy op) {
        throw notInThisDialect(op, "policies");
    }

    @Override
    public List<String> visit(SchemaOp.AddColumn op) {
        return addColumn(op.table(), op.column());
    }

    @Override
    public List<String> visit(SchemaOp.DropColumn op) {
        return List.of(alterTable(op.table()) + "DROP COLUMN " + id(op.column().name()));
    }

    @Override
    public List<String> visit(SchemaOp.RenameColumn op) {
        return List.of(alterTable(op.table()) + "RENAME COLUMN " + id(op.from()) + " TO " + id(op.to()));
    }

    @Override
    public List<String> visit(SchemaOp.AlterColumnType op) {
        return List.of(alterColumn(op.table(), op.column().name()) + "SET DATA TYPE " + op.to().sql());
    }

    @Override
    public List<String> visit(SchemaOp.AlterColumnNullability op) {
        return List.of(alterColumn(op.table(), op.column()) + (op.toNullable() ? "DROP NOT NULL" : "SET NOT NULL"));
    }

    @Override
    public List<String> visit(SchemaOp.AlterColumnDefault op) {
        return List.of(alterColumn(op.table(), op.column())
                + (op.to() == null ? "DROP DEFAULT" : "SET DEFAULT " + op.to()));
    }

    @Override
    public List<String> visit(SchemaOp.AlterColumnComment op) {
        return List.of("COMMENT ON COLUMN " + name(op.table()) + "." + id(op.column()) + " IS "
                + commentLiteral(op.to()));
    }

    @Override
    public List<String> visit(SchemaOp.AddPrimaryKey op) {
        return List.of(alterTable(op.table()) + "ADD " + primaryKey(op.key()));
    }

    @Override
    public List<String> visit(SchemaOp.DropPrimaryKey op) {
        return List.of(alterTable(op.table()) + "DROP CONSTRAINT " + id(op.key().name()));
    }

    @Override
    public List<String> visit(SchemaOp.AddUniqueConstraint op) {
        return List.of(alterTable(op.table()) + "ADD " + unique(op.constraint()));
    }

    @Override
    public List<String> visit(SchemaOp.DropUniqueConstraint op) {
        return List.of(alterTable(op.table()) + "DROP CONSTRAINT " + id(op.constraint().name()));
    }

    @Override
    public List<String> visit(SchemaOp.AddCheck op) {
        return List.of(alterTable(op.table()) + "ADD " + check(op.check()));
    }

    @Override
    public List<String> visit(SchemaOp.DropCheck op) {
        return List.of(alterTable(op.table()) + "DROP CONSTRAINT " + id(op.check().name()));
    }

    @Override
    public List<String> visit(SchemaOp.AddForeignKey op) {
        return List.of(alterTable(op.table()) + "ADD " + foreignKey(op.table(), op.key()));
    }

    @Override
    public List<String> visit(SchemaOp.DropForeignKey op) {
        return List.of(alterTable(op.table()) + "DROP CONSTRAINT " + id(op.key().name()));
    }

    @Override
    public List<String> visit(SchemaOp.CreateIndex op) {
        return List.of(createIndex(op.table(), op.index()));
    }

    @Override
    public List<String> visit(SchemaOp.DropIndex op) {
        return List.of(dropIndex(op.table(), op.index()));
    }

    @Override
    public List<String> visit(SchemaOp.CreateView op) {
        return createView(op.name(), op.view());
    }

    @Override
    public List<String> visit(SchemaOp.DropView op) {
        return List.of("DROP " + op.view().keyword() + " " + name(op.name()));
    }

    // ------------------------------------------------------------------------------------------------- names

    /** An identifier as it must be written. */
    protected String id(String stored) {
        return identifiers.quote(stored);
    }

    /** A qualified name, without the schema when it is the default one. */
    protected String name(QualifiedName name) {
        return name.schema().equals(defaultSchema) ? id(name.name()) : id(name.schema()) + "." + id(name.name());
    }

    protected String columnList(List<String> columns) {
        return columns.stream().map(this::id).collect(Collectors.joining(", "));
    }

    protected String alterTable(QualifiedName table) {
        return "ALTER TABLE " + name(table) + " ";
    }

    protected String alterColumn(QualifiedName table, String column) {
        return alterTable(table) + "ALTER COLUMN " + id(column) + " ";
    }

    /** A string literal for comments and enum labels. */
    protected String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    protected String commentLiteral(String comment) {
        return comment == null ? "NULL" : literal(comment);
    }

    // ------------------------------------------------------------------------------------------------ tables

    protected List<String> createTable(QualifiedName name, Table table) {
        List<String> lines = new ArrayList<>();
        for (Column column : table.columns()) {
            lines.add(columnDefinition(column));
        }
        if (table.primaryKey() != null) {
            lines.add(primaryKey(table.primaryKey()));
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            lines.add(unique(unique));
        }
        // a NOT VALID constraint inside CREATE TABLE would be validated at once: it is added afterwards
        List<String> notValid = new ArrayList<>();
        for (CheckConstraint check : table.checks()) {
            (check.valid() ? lines : notValid).add(check(check));
        }
        for (ForeignKey key : table.foreignKeys()) {
            (key.valid() ? lines : notValid).add(foreignKey(name, key));
        }
        List<String> statements = new ArrayList<>();
        statements.add(createTableStatement(name, table, lines));
        for (String constraint : notValid) {
            statements.add(alterTable(name) + "ADD " + constraint);
        }
        for (Index index : table.indexes()) {
            statements.add(createIndex(name, index));
        }
        if (table.comment() != null) {
            statements.add("COMMENT ON TABLE " + name(name) + " IS " + literal(table.comment()));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                statements.add("COMMENT ON COLUMN " + name(name) + "." + id(column.name()) + " IS "
                        + literal(column.comment()));
            }
        }
        return statements;
    }

    /**
     * The {@code CREATE TABLE} statement itself.
     *
     * @param lines its column and constraint definitions
     */
    protected String createTableStatement(QualifiedName name, Table table, List<String> lines) {
        return "CREATE TABLE " + name(name) + " " + definitionList(lines);
    }

    /** {@code (\n    line,\n    line\n)}, or {@code ()} for no lines. */
    protected String definitionList(List<String> lines) {
        return lines.isEmpty() ? "()" : "(\n" + INDENT + String.join(",\n" + INDENT, lines) + "\n)";
    }

    /** {@code name type [GENERATED ...] [DEFAULT ...] [NOT NULL]}. */
    protected String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(id(column.name())).append(' ').append(columnType(column));
        if (column.generatedExpression() != null) {
            sql.append(' ').append(generatedClause(column));
        } else if (column.identity() != null && column.identity().generation() != Identity.Generation.SERIAL) {
            sql.append(' ').append(identityClause(column.identity()));
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /** The column's type as written in a column definition. */
    protected String columnType(Column column) {
        return column.type().sql();
    }

    protected String generatedClause(Column column) {
        return "GENERATED ALWAYS AS (" + column.generatedExpression() + ")";
    }

    protected String identityClause(Identity identity) {
        StringBuilder sql = new StringBuilder("GENERATED ")
                .append(identity.generation() == Identity.Generation.ALWAYS ? "ALWAYS" : "BY DEFAULT")
                .append(" AS IDENTITY");
        List<String> options = new ArrayList<>();
        if (identity.start() != null) {
            options.add("START WITH " + identity.start());
        }
        if (identity.increment() != null) {
            options.add("INCREMENT BY " + identity.increment());
        }
        if (!options.isEmpty()) {
            sql.append(" (").append(String.join(" ", options)).append(')');
        }
        return sql.toString();
    }

    protected List<String> addColumn(QualifiedName table, Column column) {
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(table) + "ADD COLUMN " + columnDefinition(column));
        if (column.comment() != null) {
            statements.add("COMMENT ON COLUMN " + name(table) + "." + id(column.name()) + " IS " + literal(column.comment()));
        }
        return statements;
    }

    @Override
    public List<String> visit(SchemaOp.AlterColumnIdentity op) {
        String column = alterColumn(op.table(), op.column().name());
        if (op.to() == null) {
            return List.of(column + "DROP IDENTITY");
        }
        if (op.from() == null) {
            return List.of(column + "ADD " + identityClause(op.to()));
        }
        List<String> statements = new ArrayList<>();
        if (op.from().generation() != op.to().generation()) {
            statements.add(column + "SET GENERATED " + (op.to().generation() == Identity.Generation.ALWAYS
                    ? "ALWAYS" : "BY DEFAULT"));
        }
        // Null means the default, 1: going back to it must be said too.
        if (!java.util.Objects.equals(op.to().start(), op.from().start())) {
            statements.add(column + "SET START WITH " + (op.to().start() == null ? 1 : op.to().start()));
        }
        if (!java.util.Objects.equals(op.to().increment(), op.from().increment())) {
            statements.add(column + "SET INCREMENT BY " + (op.to().increment() == null ? 1 : op.to().increment()));
        }
        return statements;
    }

    // ------------------------------------------------------------------------------------------- constraints

    protected String primaryKey(PrimaryKey key) {
        return constraintName(key.name()) + "PRIMARY KEY (" + columnList(key.columns()) + ")";
    }

    protected String unique(UniqueConstraint unique) {
        return constraintName(unique.name()) + "UNIQUE (" + columnList(unique.columns()) + ")";
    }

    protected String check(CheckConstraint check) {
        String expression = check.expression().strip();
        boolean wrapped = expression.startsWith("(") && expression.endsWith(")") && balanced(expression);
        return constraintName(check.name()) + "CHECK " + (wrapped ? expression : "(" + expression + ")")
                + (check.valid() ? "" : " NOT VALID");
    }

    /** Whether the outer parentheses of {@code expression} enclose all of it. */
    private static boolean balanced(String expression) {
        int depth = 0;
        for (int k = 0; k < expression.length(); k++) {
            char c = expression.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && k < expression.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    protected String foreignKey(QualifiedName table, ForeignKey key) {
        StringBuilder sql = new StringBuilder(constraintName(key.name()))
                .append("FOREIGN KEY (").append(columnList(key.columns())).append(") REFERENCES ")
                .append(referenceTarget(table, key.target())).append(" (").append(columnList(key.targetColumns())).append(')');
        if (key.onUpdate() != null && key.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(key.onUpdate().sql());
        }
        if (key.onDelete() != null && key.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(key.onDelete().sql());
        }
        if (key.deferrability() != null && !key.deferrability().sql().isEmpty()) {
            sql.append(' ').append(key.deferrability().sql());
        }
        if (!key.valid()) {
            sql.append(" NOT VALID");
        }
        return sql.toString();
    }

    /**
     * The referenced table: qualified whenever either table lies outside the default schema, because some
     * databases (H2) resolve an unqualified name in the referencing table's schema.
     */
    protected String referenceTarget(QualifiedName table, QualifiedName target) {
        return table.schema().equals(defaultSchema) ? name(target) : id(target.schema()) + "." + id(target.name());
    }

    protected String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + id(name) + " ";
    }

    // ------------------------------------------------------------------------------------------------ indexes

    protected String createIndex(QualifiedName table, Index index) {
        StringBuilder sql = new StringBuilder("CREATE ");
        if (index.unique()) {
            sql.append("UNIQUE ");
        }
        sql.append("INDEX ").append(id(index.name())).append(" ON ").append(name(table));
        if (index.method() != null) {
            sql.append(" USING ").append(index.method());
        }
        sql.append(" (").append(index.keys().stream().map(this::indexKey).collect(Collectors.joining(", "))).append(')');
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(columnList(index.include())).append(')');
        }
        if (!index.storage().isEmpty()) {
            sql.append(" WITH (").append(String.join(", ", index.storage())).append(')');
        }
        if (index.predicate() != null) {
            sql.append(" WHERE ").append(index.predicate());
        }
        return sql.toString();
    }

    protected String indexKey(IndexKey key) {
        StringBuilder sql = new StringBuilder(key.isExpression() ? key.expression() : id(key.column()));
        if (key.opclass() != null) {
            sql.append(' ').append(key.opclass());
        }
        if (key.descending()) {
            sql.append(" DESC");
        }
        if (key.nulls() == IndexKey.NullsOrder.FIRST) {
            sql.append(" NULLS FIRST");
        } else if (key.nulls() == IndexKey.NullsOrder.LAST) {
            sql.append(" NULLS LAST");
        }
        return sql.toString();
    }

    /** Index names live in the table's schema. */
    protected String dropIndex(QualifiedName table, Index index) {
        return "DROP INDEX " + name(QualifiedName.of(table.schema(), index.name()));
    }

    // ------------------------------------------------------------------------------------- sequences, views

    protected String createSequence(QualifiedName name, Sequence sequence) {
        return "CREATE SEQUENCE " + name(name) + sequenceOptions(sequence, null);
    }

    protected List<String> alterSequence(QualifiedName name, Sequence from, Sequence to) {
        String options = sequenceOptions(to, from);
        return options.isEmpty() ? List.of() : List.of("ALTER SEQUENCE " + name(name) + options);
    }

    /** Sequence options; with {@code from}, only those that differ. */
    protected String sequenceOptions(Sequence to, Sequence from) {
        StringBuilder sql = new StringBuilder();
        if (from == null || !from.dataType().equals(to.dataType())) {
            sql.append(" AS ").append(to.dataType());
        }
        if (from == null || from.start() != to.start()) {
            sql.append(" START WITH ").append(to.start());
        }
        if (from == null || from.increment() != to.increment()) {
            sql.append(" INCREMENT BY ").append(to.increment());
        }
        if (from == null || from.minValue() != to.minValue()) {
            sql.append(" MINVALUE ").append(to.minValue());
        }
        if (from == null || from.maxValue() != to.maxValue()) {
            sql.append(" MAXVALUE ").append(to.maxValue());
        }
        if (from == null || from.cache() != to.cache()) {
            sql.append(" CACHE ").append(to.cache());
        }
        if (from == null || from.cycle() != to.cycle()) {
            sql.append(to.cycle() ? " CYCLE" : " NO CYCLE");
        }
        return sql.toString();
    }

    protected List<String> createView(QualifiedName name, dev.migrate.schema.model.View view) {
        List<String> statements = new ArrayList<>();
        String query = view.definition().strip().replaceAll(";+$", "");
        if (view.materialized()) {
            statements.add("CREATE MATERIALIZED VIEW " + name(name) + " AS\n" + query
                    + (view.withData() ? "\nWITH DATA" : "\nWITH NO DATA"));
            for (Index index : view.indexes()) {
                statements.add(createIndex(name, index));
            }
        } else {
            statements.add("CREATE VIEW " + name(name) + " AS\n" + query);
        }
        if (view.comment() != null) {
            statements.add("COMMENT ON " + view.keyword() + " " + name(name) + " IS " + literal(view.comment()));
        }
        return statements;
    }
}
