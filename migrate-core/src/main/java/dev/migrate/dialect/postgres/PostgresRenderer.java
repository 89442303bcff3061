package dev.migrate.dialect.postgres;

import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.CompositeType;
import dev.migrate.schema.model.Domain;
import dev.migrate.schema.model.Identity;
import dev.migrate.schema.model.Policy;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.RangeType;
import dev.migrate.schema.model.Routine;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.TableOptions;
import dev.migrate.schema.model.Trigger;
import dev.migrate.schema.ops.SchemaOp;
import dev.migrate.schema.render.IdentifierStyle;
import dev.migrate.schema.render.StandardDdlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgreSQL DDL: enum types, serial columns, identity changes (also to and from serial), type changes with
 * {@code USING}, stored generated columns; extensions, domains, composite and range types, functions and procedures
 * (created from the definition the database printed back), triggers.
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

    // ------------------------------------------------------------------------------------------- extensions

    /** {@code IF NOT EXISTS}: an extension another schema's revision installed is not an error. */
    @Override
    public List<String> visit(SchemaOp.CreateExtension op) {
        return List.of("CREATE EXTENSION IF NOT EXISTS " + id(op.extension().name()) + " WITH SCHEMA "
                + id(op.name().schema()) + " VERSION " + literal(op.extension().version()));
    }

    @Override
    public List<String> visit(SchemaOp.DropExtension op) {
        return List.of("DROP EXTENSION " + id(op.extension().name()));
    }

    /** Needs an update path between the two versions in the extension's scripts (downgrades rarely have one). */
    @Override
    public List<String> visit(SchemaOp.AlterExtension op) {
        return List.of("ALTER EXTENSION " + id(op.name().name()) + " UPDATE TO " + literal(op.to().version()));
    }

    // ---------------------------------------------------------------------------------------------- domains

    @Override
    public List<String> visit(SchemaOp.CreateDomain op) {
        Domain domain = op.domain();
        StringBuilder sql = new StringBuilder("CREATE DOMAIN " + name(op.name()) + " AS " + domain.baseType());
        if (domain.collation() != null) {
            sql.append(" COLLATE ").append(domain.collation());
        }
        if (domain.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(domain.defaultExpression());
        }
        if (domain.notNull()) {
            sql.append(" NOT NULL");
        }
        for (CheckConstraint check : domain.checks()) {
            sql.append(" CONSTRAINT ").append(id(check.name())).append(" CHECK (").append(check.expression())
                    .append(')');
        }
        List<String> statements = new ArrayList<>();
        statements.add(sql.toString());
        if (domain.comment() != null) {
            statements.add("COMMENT ON DOMAIN " + name(op.name()) + " IS " + commentLiteral(domain.comment()));
        }
        return statements;
    }

    @Override
    public List<String> visit(SchemaOp.DropDomain op) {
        return List.of("DROP DOMAIN " + name(op.name()));
    }

    /** Checks that go or change are dropped before the new ones are added (and validated against every row). */
    @Override
    public List<String> visit(SchemaOp.AlterDomain op) {
        String domain = "ALTER DOMAIN " + name(op.name()) + " ";
        Domain from = op.from();
        Domain to = op.to();
        List<String> statements = new ArrayList<>();
        if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
            statements.add(domain + (to.defaultExpression() == null ? "DROP DEFAULT"
                    : "SET DEFAULT " + to.defaultExpression()));
        }
        Map<String, String> before = checksByName(from);
        Map<String, String> after = checksByName(to);
        before.forEach((check, expression) -> {
            if (!expression.equals(after.get(check))) {
                statements.add(domain + "DROP CONSTRAINT " + id(check));
            }
        });
        after.forEach((check, expression) -> {
            if (!expression.equals(before.get(check))) {
                statements.add(domain + "ADD CONSTRAINT " + id(check) + " CHECK (" + expression + ")");
            }
        });
        if (from.notNull() != to.notNull()) {
            statements.add(domain + (to.notNull() ? "SET NOT NULL" : "DROP NOT NULL"));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            statements.add("COMMENT ON DOMAIN " + name(op.name()) + " IS " + commentLiteral(to.comment()));
        }
        return statements;
    }

    private static Map<String, String> checksByName(Domain domain) {
        Map<String, String> checks = new java.util.TreeMap<>();
        domain.checks().forEach(check -> checks.put(check.name(), check.expression()));
        return checks;
    }

    // ------------------------------------------------------------------------------ composite and range types

    @Override
    public List<String> visit(SchemaOp.CreateCompositeType op) {
        String attributes = op.type().attributes().stream().map(a -> INDENT + id(a.name()) + " " + a.type())
                .collect(Collectors.joining(",\n"));
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TYPE " + name(op.name()) + " AS (\n" + attributes + "\n)");
        if (op.type().comment() != null) {
            statements.add(typeComment(op.name(), op.type().comment()));
        }
        return statements;
    }

    @Override
    public List<String> visit(SchemaOp.DropCompositeType op) {
        return List.of("DROP TYPE " + name(op.name()));
    }

    /** Drops the attributes that go, retypes those that change, appends the new ones. */
    @Override
    public List<String> visit(SchemaOp.AlterCompositeType op) {
        String type = "ALTER TYPE " + name(op.name()) + " ";
        Map<String, String> before = new java.util.LinkedHashMap<>();
        op.from().attributes().forEach(a -> before.put(a.name(), a.type()));
        Map<String, String> after = new java.util.LinkedHashMap<>();
        op.to().attributes().forEach(a -> after.put(a.name(), a.type()));
        List<String> statements = new ArrayList<>();
        before.keySet().stream().filter(a -> !after.containsKey(a))
                .forEach(a -> statements.add(type + "DROP ATTRIBUTE " + id(a)));
        for (CompositeType.Attribute attribute : op.to().attributes()) {
            String old = before.get(attribute.name());
            if (old == null) {
                statements.add(type + "ADD ATTRIBUTE " + id(attribute.name()) + " " + attribute.type());
            } else if (!old.equals(attribute.type())) {
                statements.add(type + "ALTER ATTRIBUTE " + id(attribute.name()) + " TYPE " + attribute.type());
            }
        }
        if (!Objects.equals(op.from().comment(), op.to().comment())) {
            statements.add(typeComment(op.name(), op.to().comment()));
        }
        return statements;
    }

    @Override
    public List<String> visit(SchemaOp.CreateRangeType op) {
        RangeType range = op.type();
        StringBuilder sql = new StringBuilder("CREATE TYPE " + name(op.name()) + " AS RANGE (SUBTYPE = "
                + range.subtype());
        if (range.subtypeOpClass() != null) {
            sql.append(", SUBTYPE_OPCLASS = ").append(range.subtypeOpClass());
        }
        if (range.collation() != null) {
            sql.append(", COLLATION = ").append(range.collation());
        }
        if (range.subtypeDiff() != null) {
            sql.append(", SUBTYPE_DIFF = ").append(range.subtypeDiff());
        }
        List<String> statements = new ArrayList<>();
        statements.add(sql.append(')').toString());
        if (range.comment() != null) {
            statements.add(typeComment(op.name(), range.comment()));
        }
        return statements;
    }

    @Override
    public List<String> visit(SchemaOp.DropRangeType op) {
        return List.of("DROP TYPE " + name(op.name()));
    }

    private String typeComment(QualifiedName type, String comment) {
        return "COMMENT ON TYPE " + name(type) + " IS " + commentLiteral(comment);
    }

    // --------------------------------------------------------------------------------------------- routines

    @Override
    public List<String> visit(SchemaOp.CreateRoutine op) {
        List<String> statements = new ArrayList<>(define(op.routine()));
        if (op.routine().comment() != null) {
            statements.add(routineComment(op.name(), op.routine()));
        }
        return statements;
    }

    @Override
    public List<String> visit(SchemaOp.DropRoutine op) {
        return List.of("DROP " + op.routine().kind().keyword() + " " + routineName(op.name(), op.routine()));
    }

    @Override
    public List<String> visit(SchemaOp.ReplaceRoutine op) {
        List<String> statements = new ArrayList<>();
        if (!op.from().definition().equals(op.to().definition())) {
            statements.addAll(define(op.to()));
        }
        if (!Objects.equals(op.from().comment(), op.to().comment())) {
            statements.add(routineComment(op.name(), op.to()));
        }
        return statements;
    }

    /**
     * The routine's definition as the database printed it ({@code CREATE OR REPLACE ...}). A SQL-language body is
     * checked when it is created, and may read tables created later in the same revision (routines come before
     * tables, whose defaults and checks may call them): it is created with {@code check_function_bodies} off, as
     * pg_dump does, and that setting is reset afterwards.
     */
    private static List<String> define(Routine routine) {
        if (routine.definition().contains("\n LANGUAGE sql\n")) {
            return List.of("SET check_function_bodies = false", routine.definition(), "RESET check_function_bodies");
        }
        return List.of(routine.definition());
    }

    private String routineName(QualifiedName key, Routine routine) {
        return name(QualifiedName.of(key.schema(), routine.name())) + "(" + routine.identityArguments() + ")";
    }

    private String routineComment(QualifiedName key, Routine routine) {
        return "COMMENT ON " + routine.kind().keyword() + " " + routineName(key, routine) + " IS "
                + commentLiteral(routine.comment());
    }

    // --------------------------------------------------------------------------------------------- triggers

    /** The definition as the database printed it, then its enabled state when not the default, then its comment. */
    @Override
    public List<String> visit(SchemaOp.CreateTrigger op) {
        Trigger trigger = op.trigger();
        List<String> statements = new ArrayList<>();
        statements.add(trigger.definition());
        String state = switch (trigger.enabled()) {
            case ORIGIN -> null;
            case DISABLED -> "DISABLE TRIGGER ";
            case REPLICA -> "ENABLE REPLICA TRIGGER ";
            case ALWAYS -> "ENABLE ALWAYS TRIGGER ";
        };
        if (state != null) {
            statements.add(alterTable(op.table()) + state + id(trigger.name()));
        }
        if (trigger.comment() != null) {
            statements.add("COMMENT ON TRIGGER " + id(trigger.name()) + " ON " + name(op.table()) + " IS "
                    + commentLiteral(trigger.comment()));
        }
        return statements;
    }

    @Override
    public List<String> visit(SchemaOp.DropTrigger op) {
        return List.of("DROP TRIGGER " + id(op.trigger().name()) + " ON " + name(op.table()));
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
        if (table.options().rowSecurity() || table.options().forceRowSecurity()) {
            statements.addAll(visit(new SchemaOp.AlterRowSecurity(name, false, false, table.options().rowSecurity(),
                    table.options().forceRowSecurity())));
        }
        for (Column column : table.columns()) {
            statements.addAll(serialDetails(name, column));
        }
        return statements;
    }

    /**
     * A partition: {@code CREATE TABLE ... PARTITION OF parent [(its own constraints)] bound}; otherwise
     * {@code CREATE [UNLOGGED] TABLE ... (...) [INHERITS (...)] [PARTITION BY ...]}; then {@code WITH (storage)}.
     */
    @Override
    protected String createTableStatement(QualifiedName name, Table table, List<String> lines) {
        TableOptions options = table.options();
        String persistence = options.unlogged() ? "UNLOGGED " : "";
        String storage = options.storage().isEmpty() ? "" : " WITH (" + String.join(", ", options.storage()) + ")";
        if (options.isPartition()) {
            return "CREATE " + persistence + "TABLE " + name(name) + " PARTITION OF " + name(options.partitionOf())
                    + (lines.isEmpty() ? "" : " " + definitionList(lines)) + " " + options.partitionBound() + storage;
        }
        String sql = "CREATE " + persistence + "TABLE " + name(name) + " " + definitionList(lines);
        if (!options.inherits().isEmpty()) {
            sql += " INHERITS (" + options.inherits().stream().map(this::name).collect(Collectors.joining(", ")) + ")";
        }
        if (options.isPartitioned()) {
            sql += " PARTITION BY " + options.partitionKey();
        }
        return sql + storage;
    }

    @Override
    public List<String> visit(SchemaOp.AlterRowSecurity op) {
        List<String> statements = new ArrayList<>();
        if (op.fromEnabled() != op.toEnabled()) {
            statements.add(alterTable(op.table()) + (op.toEnabled() ? "ENABLE" : "DISABLE") + " ROW LEVEL SECURITY");
        }
        if (op.fromForced() != op.toForced()) {
            statements.add(alterTable(op.table()) + (op.toForced() ? "FORCE" : "NO FORCE") + " ROW LEVEL SECURITY");
        }
        return statements;
    }

    /** {@code CREATE POLICY name ON table [AS RESTRICTIVE] [FOR command] TO roles [USING (...)] [WITH CHECK (...)]}. */
    @Override
    public List<String> visit(SchemaOp.CreatePolicy op) {
        Policy policy = op.policy();
        StringBuilder sql = new StringBuilder("CREATE POLICY ").append(id(policy.name())).append(" ON ")
                .append(name(op.table()));
        if (!policy.permissive()) {
            sql.append(" AS RESTRICTIVE");
        }
        if (!policy.command().equals("ALL")) {
            sql.append(" FOR ").append(policy.command());
        }
        sql.append(" TO ").append(roles(policy.roles()));
        if (policy.using() != null) {
            sql.append(" USING (").append(policy.using()).append(')');
        }
        if (policy.withCheck() != null) {
            sql.append(" WITH CHECK (").append(policy.withCheck()).append(')');
        }
        List<String> statements = new ArrayList<>();
        statements.add(sql.toString());
        if (policy.comment() != null) {
            statements.add(commentOnPolicy(op.table(), policy, policy.comment()));
        }
        return statements;
    }

    @Override
    public List<String> visit(SchemaOp.DropPolicy op) {
        return List.of("DROP POLICY " + id(op.policy().name()) + " ON " + name(op.table()));
    }

    /** {@code ALTER POLICY} with the clauses that change, and the comment. */
    @Override
    public List<String> visit(SchemaOp.AlterPolicy op) {
        Policy from = op.from();
        Policy to = op.to();
        StringBuilder clauses = new StringBuilder();
        if (!from.roles().equals(to.roles())) {
            clauses.append(" TO ").append(roles(to.roles()));
        }
        if (!Objects.equals(from.using(), to.using())) {
            clauses.append(" USING (").append(to.using()).append(')');
        }
        if (!Objects.equals(from.withCheck(), to.withCheck())) {
            clauses.append(" WITH CHECK (").append(to.withCheck()).append(')');
        }
        List<String> statements = new ArrayList<>();
        if (!clauses.isEmpty()) {
            statements.add("ALTER POLICY " + id(to.name()) + " ON " + name(op.table()) + clauses);
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            statements.add(commentOnPolicy(op.table(), to, to.comment()));
        }
        return statements;
    }

    private String commentOnPolicy(QualifiedName table, Policy policy, String comment) {
        return "COMMENT ON POLICY " + id(policy.name()) + " ON " + name(table) + " IS " + commentLiteral(comment);
    }

    /** Role names; {@code public} is the key word PUBLIC. */
    private String roles(List<String> roles) {
        return roles.stream().map(role -> role.equals("public") ? "PUBLIC" : id(role))
                .collect(Collectors.joining(", "));
    }

    /** {@code SET} the parameters that are new or change, {@code RESET} those that go. */
    @Override
    public List<String> visit(SchemaOp.AlterTableStorage op) {
        Map<String, String> before = parameters(op.from());
        Map<String, String> after = parameters(op.to());
        List<String> set = op.to().stream().filter(p -> !op.from().contains(p)).toList();
        List<String> reset = before.keySet().stream().filter(k -> !after.containsKey(k)).toList();
        List<String> statements = new ArrayList<>();
        if (!set.isEmpty()) {
            statements.add(alterTable(op.table()) + "SET (" + String.join(", ", set) + ")");
        }
        if (!reset.isEmpty()) {
            statements.add(alterTable(op.table()) + "RESET (" + String.join(", ", reset) + ")");
        }
        return statements;
    }

    private static Map<String, String> parameters(List<String> options) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            map.put(eq < 0 ? option : option.substring(0, eq), eq < 0 ? "" : option.substring(eq + 1));
        }
        return map;
    }

    @Override
    public List<String> visit(SchemaOp.AttachPartition op) {
        return List.of(alterTable(op.parent()) + "ATTACH PARTITION " + name(op.name()) + " " + op.bound());
    }

    @Override
    public List<String> visit(SchemaOp.DetachPartition op) {
        return List.of(alterTable(op.parent()) + "DETACH PARTITION " + name(op.name()));
    }

    @Override
    public List<String> visit(SchemaOp.AlterTablePersistence op) {
        return List.of(alterTable(op.table()) + (op.unlogged() ? "SET UNLOGGED" : "SET LOGGED"));
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
