package dev.migrate.dialect.h2;

import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.Deferrability;
import dev.migrate.schema.model.ForeignKey;
import dev.migrate.schema.model.Identity;
import dev.migrate.schema.model.Index;
import dev.migrate.schema.model.IndexKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Sequence;
import dev.migrate.schema.ops.SchemaOp;
import dev.migrate.schema.render.IdentifierStyle;
import dev.migrate.schema.render.StandardDdlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * DDL for H2 2.x. It differs from the standard where H2 does:
 *
 * <ul>
 *   <li>A generated column changes type by being redefined ({@code ALTER COLUMN c <type> GENERATED ALWAYS AS
 *       (...)}): {@code SET DATA TYPE} refuses it. A redefinition drops the column's comment, which is set again.</li>
 *   <li>An identity is added by redefining the column too ({@code ALTER COLUMN c <type> GENERATED ... AS IDENTITY});
 *       it is changed with {@code SET GENERATED ...}, {@code START WITH n} (without {@code SET}: H2 refuses
 *       {@code SET START WITH}) and {@code SET INCREMENT BY n}, in one statement, and dropped with
 *       {@code DROP IDENTITY}, which leaves the column {@code NOT NULL}.</li>
 *   <li>{@code ALTER SEQUENCE} has no {@code AS <type>}: a sequence whose type changes is dropped and created again,
 *       which restarts it at its start value.</li>
 *   <li>A foreign key of a table outside the default schema names its target with its schema: H2 looks an
 *       unqualified target up in the referencing table's schema, not in the session's.</li>
 *   <li>A primary key without a name is dropped with {@code DROP PRIMARY KEY}.</li>
 *   <li>Not supported, with an exception that says why: named enum types (H2's {@code ENUM} is a column type, so a
 *       change of labels is a column type change), partial indexes, expression keys, {@code INCLUDE} columns
 *       (H2 2.3 parses none of them), index methods other than {@code SPATIAL}, and deferrable foreign keys.</li>
 * </ul>
 *
 * <p>Identifiers are written with {@link H2Identifiers#STYLE}, or {@link H2Identifiers#LOWER_CASE_STYLE} for a
 * database that folds names to lower case.
 */
public class H2Renderer extends StandardDdlRenderer {

    private static final String SPATIAL = "SPATIAL";

    /** A renderer for a database that folds unquoted names to upper case, as H2 does by default. */
    public H2Renderer(String defaultSchema) {
        this(defaultSchema, H2Identifiers.STYLE);
    }

    /** A renderer writing identifiers in {@code identifiers} (see {@link H2Identifiers#forDefaultSchema}). */
    public H2Renderer(String defaultSchema, IdentifierStyle identifiers) {
        super(identifiers, defaultSchema);
    }

    // -------------------------------------------------------------------------------- constraints without names

    @Override
    public List<String> visit(SchemaOp.DropPrimaryKey op) {
        return op.key().name() == null ? List.of(alterTable(op.table()) + "DROP PRIMARY KEY") : super.visit(op);
    }

    @Override
    public List<String> visit(SchemaOp.DropUniqueConstraint op) {
        return op.constraint().name() == null ? refuseUnnamed(op) : super.visit(op);
    }

    @Override
    public List<String> visit(SchemaOp.DropCheck op) {
        return op.check().name() == null ? refuseUnnamed(op) : super.visit(op);
    }

    @Override
    public List<String> visit(SchemaOp.DropForeignKey op) {
        return op.key().name() == null ? refuseUnnamed(op) : super.visit(op);
    }

    private static List<String> refuseUnnamed(SchemaOp op) {
        throw new UnsupportedOperationException("cannot " + op.description() + ": H2 drops such a constraint by its "
                + "name, and the operation has none");
    }

    // ------------------------------------------------------------------------------------------------ columns

    @Override
    public List<String> visit(SchemaOp.AlterColumnType op) {
        Column column = op.column();
        if (!column.isGenerated()) {
            return super.visit(op);
        }
        return redefine(op.table(), column, op.to().sql() + " " + generatedClause(column));
    }

    @Override
    public List<String> visit(SchemaOp.AlterColumnIdentity op) {
        String column = alterColumn(op.table(), op.column().name());
        Identity from = op.from();
        Identity to = op.to();
        if (to == null) {
            return List.of(column + "DROP IDENTITY");
        }
        if (from == null) {
            return redefine(op.table(), op.column(), columnType(op.column()) + " " + identityClause(to));
        }
        List<String> changes = new ArrayList<>();
        if (from.generation() != to.generation()) {
            changes.add("SET GENERATED " + (to.generation() == Identity.Generation.ALWAYS ? "ALWAYS" : "BY DEFAULT"));
        }
        if (!Objects.equals(from.start(), to.start())) {
            changes.add("START WITH " + (to.start() == null ? 1 : to.start()));
        }
        if (!Objects.equals(from.increment(), to.increment())) {
            changes.add("SET INCREMENT BY " + (to.increment() == null ? 1 : to.increment()));
        }
        return changes.isEmpty() ? List.of() : List.of(column + String.join(" ", changes));
    }

    @Override
    protected String columnDefinition(Column column) {
        refuseSerial(column.identity());
        return super.columnDefinition(column);
    }

    @Override
    protected String identityClause(Identity identity) {
        refuseSerial(identity);
        return super.identityClause(identity);
    }

    private static void refuseSerial(Identity identity) {
        if (identity != null && identity.generation() == Identity.Generation.SERIAL) {
            throw new UnsupportedOperationException("H2 has no serial columns (a default from an owned sequence); "
                    + "use GENERATED BY DEFAULT AS IDENTITY");
        }
    }

    /**
     * {@code ALTER COLUMN c <definition>}: H2's way to change what {@code SET DATA TYPE} cannot. It keeps the data
     * and {@code NOT NULL}, drops the default and the comment; the comment is set again.
     */
    private List<String> redefine(QualifiedName table, Column column, String definition) {
        List<String> statements = new ArrayList<>();
        statements.add(alterColumn(table, column.name()) + definition);
        if (column.comment() != null) {
            statements.add("COMMENT ON COLUMN " + name(table) + "." + id(column.name()) + " IS "
                    + literal(column.comment()));
        }
        return statements;
    }

    // ------------------------------------------------------------------------------------------- constraints

    @Override
    protected String foreignKey(QualifiedName table, ForeignKey key) {
        if (key.deferrability() != null && key.deferrability() != Deferrability.NOT_DEFERRABLE) {
            throw new UnsupportedOperationException("H2 has no deferrable constraints: foreign key " + key.name()
                    + " on " + table + " is " + key.deferrability().sql());
        }
        String sql = super.foreignKey(table, key);
        if (table.schema().equals(defaultSchema)) {
            return sql;
        }
        // H2 resolves an unqualified REFERENCES target in the referencing table's schema, not the session's.
        String written = " REFERENCES " + name(key.target()) + " (";
        int at = sql.indexOf(written);
        if (at < 0) {
            return sql;
        }
        return sql.substring(0, at) + " REFERENCES " + id(key.target().schema()) + "." + id(key.target().name())
                + " (" + sql.substring(at + written.length());
    }

    // ------------------------------------------------------------------------------------------------ indexes

    @Override
    protected String createIndex(QualifiedName table, Index index) {
        String what = "index " + index.name() + " on " + table;
        if (index.predicate() != null) {
            throw new UnsupportedOperationException("H2 has no partial indexes: " + what + " has WHERE "
                    + index.predicate());
        }
        if (index.keys().stream().anyMatch(IndexKey::isExpression)) {
            throw new UnsupportedOperationException("H2 indexes columns only: " + what + " has an expression key");
        }
        if (!index.include().isEmpty()) {
            throw new UnsupportedOperationException("H2 2.3 has no INCLUDE columns: " + what + " includes "
                    + index.include());
        }
        boolean spatial = SPATIAL.equalsIgnoreCase(index.method());
        if (index.method() != null && !spatial) {
            throw new UnsupportedOperationException("H2 has no index method " + index.method() + ": " + what);
        }
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + (spatial ? "SPATIAL " : "") + "INDEX "
                + id(index.name()) + " ON " + name(table) + " ("
                + index.keys().stream().map(this::indexKey).collect(Collectors.joining(", ")) + ")";
    }

    // ---------------------------------------------------------------------------------------------- sequences

    @Override
    protected List<String> alterSequence(QualifiedName name, Sequence from, Sequence to) {
        if (!from.dataType().equals(to.dataType())) {
            return List.of("DROP SEQUENCE " + name(name), createSequence(name, to));
        }
        String options = sequenceOptions(to, from);
        return options.isEmpty() ? List.of() : List.of("ALTER SEQUENCE " + name(name) + options);
    }

    // -------------------------------------------------------------------------------------------------- enums

    @Override
    public List<String> visit(SchemaOp.CreateEnum op) {
        throw noEnumTypes(op);
    }

    @Override
    public List<String> visit(SchemaOp.DropEnum op) {
        throw noEnumTypes(op);
    }

    @Override
    public List<String> visit(SchemaOp.AlterEnum op) {
        throw noEnumTypes(op);
    }

    private static UnsupportedOperationException noEnumTypes(SchemaOp op) {
        return new UnsupportedOperationException("cannot " + op.description() + ": H2 has no named enum types; "
                + "ENUM('a', 'b') is a column type, changed like any other column type");
    }
}
