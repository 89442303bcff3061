package dev.migrate.dialect.postgres;

import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.Identity;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.ops.SchemaOp;
import dev.migrate.schema.render.IdentifierStyle;
import dev.migrate.schema.render.StandardDdlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgreSQL DDL: enum types, serial columns, identity changes (also to and from serial), type changes with
 * {@code USING}, stored generated columns.
 *
 * <p>A serial column's sequence has a name PostgreSQL chose, which the model does not keep; statements that must
 * name it find it at run time with {@code pg_get_serial_sequence} inside a {@code DO} block.
 */
public class PostgresRenderer extends StandardDdlRenderer {

    /**
     * Lower-case folding; quotes the reserved key words and those that may name a type or function but not a
     * column ({@code pg_get_keywords()} categories R and T of PostgreSQL 15, plus SYSTEM_USER of 16).
     */
    public static final IdentifierStyle IDENTIFIERS = new IdentifierStyle(false, Set.of(
            "ALL", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC", "ASYMMETRIC", "AUTHORIZATION", "BINARY",
            "BOTH", "CASE", "CAST", "CHECK", "COLLATE", "COLLATION", "COLUMN", "CONCURRENTLY", "CONSTRAINT", "CREATE",
            "CROSS", "CURRENT_CATALOG", "CURRENT_DATE", "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME",
            "CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT", "DEFERRABLE", "DESC", "DISTINCT", "DO", "ELSE", "END",
            "EXCEPT", "FALSE", "FETCH", "FOR", "FOREIGN", "FREEZE", "FROM", "FULL", "GRANT", "GROUP", "HAVING",
            "ILIKE", "IN", "INITIALLY", "INNER", "INTERSECT", "INTO", "IS", "ISNULL", "JOIN", "LATERAL", "LEADING",
            "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP", "NATURAL", "NOT", "NOTNULL", "NULL", "OFFSET",
            "ON", "ONLY", "OR", "ORDER", "OUTER", "OVERLAPS", "PLACING", "PRIMARY", "REFERENCES", "RETURNING",
            "RIGHT", "SELECT", "SESSION_USER", "SIMILAR", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE", "TABLESAMPLE",
            "THEN", "TO", "TRAILING", "TRUE", "UNION", "UNIQUE", "USER", "USING", "VARIADIC", "VERBOSE", "WHEN",
            "WHERE", "WINDOW", "WITH"));

    private static final Set<String> INTEGER_TYPES = Set.of("smallint", "integer", "bigint");

    public PostgresRenderer(String defaultSchema) {
        super(IDENTIFIERS, defaultSchema);
    }

    // ------------------------------------------------------------------------------------------------ enums

    @Override
    public List<String> visit(SchemaOp.CreateEnum op) {
        return List.of("CREATE TYPE " + name(op.name()) + " AS ENUM (" + labels(op.type().values()) + ")");
    }

    @Override
    public List<String> visit(SchemaOp.DropEnum op) {
        return List.of("DROP TYPE " + name(op.name()));
    }

    /**
     * Appended labels are added in place; any other change rebuilds the type: the old one is renamed, the new one
     * created, every column converted through text (its default dropped and restored around it), the old one
     * dropped. A row holding a label that goes away makes the conversion fail, and the transaction with it.
     */
    @Override
    public List<String> visit(SchemaOp.AlterEnum op) {
        String type = name(op.name());
        List<String> statements = new ArrayList<>();
        if (op.onlyAppends()) {
            for (String label : op.to().subList(op.from().size(), op.to().size())) {
                statements.add("ALTER TYPE " + type + " ADD VALUE " + literal(label));
            }
            return statements;
        }
        String old = PostgresNames.clip(op.name().name(), PostgresNames.MAX_BYTES - "_old".length()) + "_old";
        statements.add("ALTER TYPE " + type + " RENAME TO " + id(old));
        statements.add("CREATE TYPE " + type + " AS ENUM (" + labels(op.to()) + ")");
        for (SchemaOp.ColumnUsage usage : op.usages()) {
            String column = alterColumn(usage.table(), usage.column());
            String target = type + (usage.array() ? "[]" : "");
            if (usage.defaultExpression() != null) {
                statements.add(column + "DROP DEFAULT");
            }
            statements.add(column + "TYPE " + target + " USING " + id(usage.column()) + "::text::" + target);
            if (usage.defaultExpression() != null) {
                statements.add(column + "SET DEFAULT " + usage.defaultExpression());
            }
        }
        statements.add("DROP TYPE " + name(QualifiedName.of(op.name().schema(), old)));
        return statements;
    }

    private String labels(List<String> values) {
        return values.stream().map(this::literal).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------------------------------------- columns

    /** serial, bigserial and smallserial stand for their integer type plus an owned sequence. */
    @Override
    protected String columnType(Column column) {
        if (!isSerial(column.identity())) {
            return column.type().sql();
        }
        return switch (column.type().sql()) {
            case "integer" -> "serial";
            case "bigint" -> "bigserial";
            case "smallint" -> "smallserial";
            default -> throw new IllegalArgumentException("column " + column.name() + " is serial but of type "
                    + column.type().sql() + "; serial needs smallint, integer or bigint");
        };
    }

    @Override
    protected String generatedClause(Column column) {
        return super.generatedClause(column) + " STORED";
    }

    @Override
    protected List<String> createTable(QualifiedName name, Table table) {
        List<String> statements = new ArrayList<>(super.createTable(name, table));
        for (Column column : table.columns()) {
            statements.addAll(serialDetails(name, column));
        }
        return statements;
    }

    @Override
    protected List<String> addColumn(QualifiedName table, Column column) {
        List<String> statements = new ArrayList<>(super.addColumn(table, column));
        statements.addAll(serialDetails(table, column));
        return statements;
    }

    /** What {@code serial} does not say: a start or increment other than 1, a nullable column. */
    private List<String> serialDetails(QualifiedName table, Column column) {
        Identity identity = column.identity();
        if (!isSerial(identity)) {
            return List.of();
        }
        List<String> statements = new ArrayList<>();
        if (identity.start() != null || identity.increment() != null) {
            statements.add(onSerialSequence(table, column.name(), "ALTER SEQUENCE %s"
                    + (identity.start() == null ? "" : " START WITH " + identity.start())
                    + (identity.increment() == null ? "" : " INCREMENT BY " + identity.increment()) + " RESTART"));
        }
        if (column.nullable()) {
            statements.add(alterColumn(table, column.name()) + "DROP NOT NULL");
        }
        return statements;
    }

    /**
     * {@code TYPE ... USING column::type} when the base type changes (between two user types through text), plain
     * {@code TYPE} when only its length or precision does. A serial column's sequence follows an integer type.
     */
    @Override
    public List<String> visit(SchemaOp.AlterColumnType op) {
        String column = op.column().name();
        String sql = alterColumn(op.table(), column) + "TYPE " + op.to().sql();
        if (!op.from().base().equals(op.to().base())) {
            boolean viaText = op.from().userType() != null && op.to().userType() != null;
            sql += " USING " + id(column) + "::" + (viaText ? "text::" : "") + op.to().sql();
        }
        List<String> statements = new ArrayList<>();
        statements.add(sql);
        if (isSerial(op.column().identity()) && INTEGER_TYPES.contains(op.to().sql())) {
            statements.add(onSerialSequence(op.table(), column, "ALTER SEQUENCE %s AS " + op.to().sql()));
        }
        return statements;
    }

    /**
     * Between two identities: {@code SET GENERATED}, {@code SET START WITH}, {@code SET INCREMENT BY}. Between two
     * serials: the sequence's start and increment. Otherwise the old numbering goes (serial: default and sequence;
     * identity: {@code DROP IDENTITY}), the new one comes, and when there was numbering before, the new sequence
     * continues after the column's largest value.
     */
    @Override
    public List<String> visit(SchemaOp.AlterColumnIdentity op) {
        Identity from = op.from();
        Identity to = op.to();
        QualifiedName table = op.table();
        String name = op.column().name();
        String column = alterColumn(table, name);
        List<String> statements = new ArrayList<>();
        if (isIdentity(from) && isIdentity(to)) {
            if (from.generation() != to.generation()) {
                statements.add(column + "SET GENERATED "
                        + (to.generation() == Identity.Generation.ALWAYS ? "ALWAYS" : "BY DEFAULT"));
            }
            if (!Objects.equals(from.start(), to.start())) {
                statements.add(column + "SET START WITH " + orOne(to.start()));
            }
            if (!Objects.equals(from.increment(), to.increment())) {
                statements.add(column + "SET INCREMENT BY " + orOne(to.increment()));
            }
            return statements;
        }
        if (isSerial(from) && isSerial(to)) {
            String changes = (Objects.equals(from.start(), to.start()) ? "" : " START WITH " + orOne(to.start()))
                    + (Objects.equals(from.increment(), to.increment()) ? "" : " INCREMENT BY " + orOne(to.increment()));
            return changes.isEmpty() ? List.of() : List.of(onSerialSequence(table, name, "ALTER SEQUENCE %s" + changes));
        }
        if (isSerial(from)) {
            statements.add(column + "DROP DEFAULT");
            statements.add(onSerialSequence(table, name, "DROP SEQUENCE %s"));
        } else if (isIdentity(from)) {
            statements.add(column + "DROP IDENTITY");
        }
        if (isIdentity(to)) {
            statements.add(column + "ADD " + identityClause(to));
        } else if (isSerial(to)) {
            QualifiedName sequence = QualifiedName.of(table.schema(), PostgresNames.objectName(table.name(), name, "seq"));
            String type = INTEGER_TYPES.contains(op.column().type().sql()) ? " AS " + op.column().type().sql() : "";
            statements.add("CREATE SEQUENCE " + name(sequence) + type
                    + (to.start() == null ? "" : " START WITH " + to.start())
                    + (to.increment() == null ? "" : " INCREMENT BY " + to.increment())
                    + " OWNED BY " + name(table) + "." + id(name));
            statements.add(column + "SET DEFAULT nextval(" + literal(name(sequence)) + "::regclass)");
        }
        if (from != null && to != null) {
            statements.add("SELECT setval(pg_get_serial_sequence(" + literal(name(table)) + ", " + literal(name)
                    + "), max(" + id(name) + ")) FROM " + name(table) + " HAVING max(" + id(name) + ") IS NOT NULL");
        }
        return statements;
    }

    /**
     * A statement on the sequence of a serial (or identity) column, whose name is looked up when it runs:
     * {@code statement} has {@code %s} where the sequence's name goes.
     */
    private String onSerialSequence(QualifiedName table, String column, String statement) {
        return "DO $$BEGIN EXECUTE format(" + literal(statement) + ", pg_get_serial_sequence(" + literal(name(table))
                + ", " + literal(column) + ")); END$$";
    }

    private static long orOne(Long value) {
        return value == null ? 1 : value;
    }

    private static boolean isSerial(Identity identity) {
        return identity != null && identity.generation() == Identity.Generation.SERIAL;
    }

    private static boolean isIdentity(Identity identity) {
        return identity != null && identity.generation() != Identity.Generation.SERIAL;
    }
}
