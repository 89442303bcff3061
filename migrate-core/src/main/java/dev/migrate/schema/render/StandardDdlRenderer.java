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
public class StandardDdlRenderer implements DdlRenderer {

    protected static final String INDENT = "    ";

    protected final IdentifierStyle identifiers;
    protected final String defaultSchema;

    public StandardDdlRenderer(IdentifierStyle identifiers, String defaultSchema) {
        this.identifiers = identifiers;
        this.defaultSchema = defaultSchema;
    }

    @Override
    public List<String> render(SchemaOp op) {
        if (op instanceof SchemaOp.CreateSchema o) {
            return List.of("CREATE SCHEMA " + id(o.schema()));
        } else if (op instanceof SchemaOp.DropSchema o) {
            return List.of("DROP SCHEMA " + id(o.schema()));
        } else if (op instanceof SchemaOp.CreateEnum o) {
            return createEnum(o);
        } else if (op instanceof SchemaOp.DropEnum o) {
            return dropEnum(o);
        } else if (op instanceof SchemaOp.AlterEnum o) {
            return alterEnum(o);
        } else if (op instanceof SchemaOp.CreateSequence o) {
            return List.of(createSequence(o.name(), o.sequence()));
        } else if (op instanceof SchemaOp.DropSequence o) {
            return List.of("DROP SEQUENCE " + name(o.name()));
        } else if (op instanceof SchemaOp.AlterSequence o) {
            return alterSequence(o.name(), o.from(), o.to());
        } else if (op instanceof SchemaOp.CreateTable o) {
            return createTable(o.name(), o.table());
        } else if (op instanceof SchemaOp.DropTable o) {
            return List.of("DROP TABLE " + name(o.name()));
        } else if (op instanceof SchemaOp.RenameTable o) {
            return List.of("ALTER TABLE " + name(o.name()) + " RENAME TO " + id(o.to()));
        } else if (op instanceof SchemaOp.AlterTableComment o) {
            return List.of("COMMENT ON TABLE " + name(o.table()) + " IS " + commentLiteral(o.to()));
        } else if (op instanceof SchemaOp.AddColumn o) {
            return addColumn(o.table(), o.column());
        } else if (op instanceof SchemaOp.DropColumn o) {
            return List.of(alterTable(o.table()) + "DROP COLUMN " + id(o.column().name()));
        } else if (op instanceof SchemaOp.RenameColumn o) {
            return List.of(alterTable(o.table()) + "RENAME COLUMN " + id(o.from()) + " TO " + id(o.to()));
        } else if (op instanceof SchemaOp.AlterColumnType o) {
            return alterColumnType(o);
        } else if (op instanceof SchemaOp.AlterColumnNullability o) {
            return List.of(alterColumn(o.table(), o.column()) + (o.toNullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        } else if (op instanceof SchemaOp.AlterColumnDefault o) {
            return List.of(alterColumn(o.table(), o.column())
                    + (o.to() == null ? "DROP DEFAULT" : "SET DEFAULT " + o.to()));
        } else if (op instanceof SchemaOp.AlterColumnIdentity o) {
            return alterColumnIdentity(o);
        } else if (op instanceof SchemaOp.AlterColumnComment o) {
            return List.of("COMMENT ON COLUMN " + name(o.table()) + "." + id(o.column()) + " IS " + commentLiteral(o.to()));
        } else if (op instanceof SchemaOp.AddPrimaryKey o) {
            return List.of(alterTable(o.table()) + "ADD " + primaryKey(o.key()));
        } else if (op instanceof SchemaOp.DropPrimaryKey o) {
            return List.of(alterTable(o.table()) + "DROP CONSTRAINT " + id(o.key().name()));
        } else if (op instanceof SchemaOp.AddUniqueConstraint o) {
            return List.of(alterTable(o.table()) + "ADD " + unique(o.constraint()));
        } else if (op instanceof SchemaOp.DropUniqueConstraint o) {
            return List.of(alterTable(o.table()) + "DROP CONSTRAINT " + id(o.constraint().name()));
        } else if (op instanceof SchemaOp.AddCheck o) {
            return List.of(alterTable(o.table()) + "ADD " + check(o.check()));
        } else if (op instanceof SchemaOp.DropCheck o) {
            return List.of(alterTable(o.table()) + "DROP CONSTRAINT " + id(o.check().name()));
        } else if (op instanceof SchemaOp.AddForeignKey o) {
            return List.of(alterTable(o.table()) + "ADD " + foreignKey(o.table(), o.key()));
        } else if (op instanceof SchemaOp.DropForeignKey o) {
            return List.of(alterTable(o.table()) + "DROP CONSTRAINT " + id(o.key().name()));
        } else if (op instanceof SchemaOp.CreateIndex o) {
            return List.of(createIndex(o.table(), o.index()));
        } else if (op instanceof SchemaOp.DropIndex o) {
            return List.of(dropIndex(o.table(), o.index()));
        } else if (op instanceof SchemaOp.CreateView o) {
            return createView(o.name(), o.view());
        } else if (op instanceof SchemaOp.DropView o) {
            return List.of("DROP VIEW " + name(o.name()));
        }
        throw new IllegalArgumentException("no rendering for " + op);
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
        for (CheckConstraint check : table.checks()) {
            lines.add(check(check));
        }
        for (ForeignKey key : table.foreignKeys()) {
            lines.add(foreignKey(name, key));
        }
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + name(name) + " (\n" + INDENT + String.join(",\n" + INDENT, lines) + "\n)");
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

    protected List<String> alterColumnType(SchemaOp.AlterColumnType op) {
        return List.of(alterColumn(op.table(), op.column().name()) + "SET DATA TYPE " + op.to().sql());
    }

    protected List<String> alterColumnIdentity(SchemaOp.AlterColumnIdentity op) {
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
        return constraintName(check.name()) + "CHECK " + (wrapped ? expression : "(" + expression + ")");
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
        if (index.predicate() != null) {
            sql.append(" WHERE ").append(index.predicate());
        }
        return sql.toString();
    }

    protected String indexKey(IndexKey key) {
        StringBuilder sql = new StringBuilder(key.isExpression() ? key.expression() : id(key.column()));
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
        statements.add("CREATE VIEW " + name(name) + " AS\n" + view.definition().strip().replaceAll(";+$", ""));
        if (view.comment() != null) {
            statements.add("COMMENT ON VIEW " + name(name) + " IS " + literal(view.comment()));
        }
        return statements;
    }

    // -------------------------------------------------------------------------------------------------- enums

    protected List<String> createEnum(SchemaOp.CreateEnum op) {
        throw new UnsupportedOperationException("enum types are not supported by this dialect");
    }

    protected List<String> dropEnum(SchemaOp.DropEnum op) {
        throw new UnsupportedOperationException("enum types are not supported by this dialect");
    }

    protected List<String> alterEnum(SchemaOp.AlterEnum op) {
        throw new UnsupportedOperationException("enum types are not supported by this dialect");
    }
}
