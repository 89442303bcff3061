package dev.migrate.schema.ops;

import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.ColumnType;
import dev.migrate.schema.model.CompositeType;
import dev.migrate.schema.model.Domain;
import dev.migrate.schema.model.EnumType;
import dev.migrate.schema.model.Extension;
import dev.migrate.schema.model.ForeignKey;
import dev.migrate.schema.model.Identity;
import dev.migrate.schema.model.Index;
import dev.migrate.schema.model.Policy;
import dev.migrate.schema.model.PrimaryKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.RangeType;
import dev.migrate.schema.model.Routine;
import dev.migrate.schema.model.Sequence;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.Trigger;
import dev.migrate.schema.model.UniqueConstraint;
import dev.migrate.schema.model.View;

import java.util.List;
import java.util.Optional;

/**
 * One schema change, as data. Every operation knows its inverse ({@link #reverse()}): a drop keeps a snapshot of
 * what it drops, an alteration keeps both sides. A downgrade is therefore the reversed list of reversed operations,
 * never a second diff. The same operations feed the renderer (SQL text) and the lint.
 *
 * <p>Every operation on an object in a schema is keyed by one {@link QualifiedName}: the object's own
 * ({@code name}) for types, sequences, tables and views, or its table's ({@code table}) for columns, constraints and
 * indexes. Operations that carry a snapshot check that the snapshot has the name they are keyed by, and can be made
 * from a schema and a snapshot.
 */
public sealed interface SchemaOp {

    /** The operation that undoes this one exactly. */
    SchemaOp reverse();

    /** What a person reviewing the file should know: present when the operation can destroy data. */
    default Optional<String> dataLoss() {
        return Optional.empty();
    }

    /** A short description, e.g. {@code add column public.users.email}. */
    String description();

    /** Hands this operation to the visitor's method for its kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of operation, none with a default, so that a new kind of operation does not compile until
     * every visitor (every dialect's renderer) handles it. Java 17 cannot switch exhaustively over a sealed type
     * (pattern matching in {@code switch} is a preview feature there); this visitor is what makes a missing case a
     * compile error instead of a failure at run time.
     *
     * @param <R> what the visitor makes of an operation, e.g. its SQL statements
     */
    interface Visitor<R> {
        R visit(CreateSchema op);
        R visit(DropSchema op);

        R visit(CreateEnum op);
        R visit(DropEnum op);
        R visit(AlterEnum op);

        R visit(CreateSequence op);
        R visit(DropSequence op);
        R visit(AlterSequence op);

        R visit(CreateTable op);
        R visit(DropTable op);
        R visit(RenameTable op);
        R visit(AlterTableComment op);
        R visit(AttachPartition op);
        R visit(DetachPartition op);
        R visit(AlterTablePersistence op);
        R visit(AlterRowSecurity op);
        R visit(AlterTableStorage op);

        R visit(AddColumn op);
        R visit(DropColumn op);
        R visit(RenameColumn op);
        R visit(AlterColumnType op);
        R visit(AlterColumnNullability op);
        R visit(AlterColumnDefault op);
        R visit(AlterColumnIdentity op);
        R visit(AlterColumnComment op);

        R visit(AddPrimaryKey op);
        R visit(DropPrimaryKey op);
        R visit(AddUniqueConstraint op);
        R visit(DropUniqueConstraint op);
        R visit(AddCheck op);
        R visit(DropCheck op);
        R visit(AddForeignKey op);
        R visit(DropForeignKey op);
        R visit(ValidateConstraint op);

        R visit(CreateIndex op);
        R visit(DropIndex op);

        R visit(CreateView op);
        R visit(DropView op);

        R visit(CreateExtension op);
        R visit(DropExtension op);
        R visit(AlterExtension op);

        R visit(CreateDomain op);
        R visit(DropDomain op);
        R visit(AlterDomain op);

        R visit(CreateCompositeType op);
        R visit(DropCompositeType op);
        R visit(AlterCompositeType op);

        R visit(CreateRangeType op);
        R visit(DropRangeType op);

        R visit(CreateRoutine op);
        R visit(DropRoutine op);
        R visit(ReplaceRoutine op);

        R visit(CreateTrigger op);
        R visit(DropTrigger op);

        R visit(CreatePolicy op);
        R visit(DropPolicy op);
        R visit(AlterPolicy op);
    }

    // ------------------------------------------------------------------------------------------------ schemas

    record CreateSchema(String schema) implements SchemaOp {
        public SchemaOp reverse() {
            return new DropSchema(schema);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "create schema " + schema;
        }
    }

    record DropSchema(String schema) implements SchemaOp {
        public SchemaOp reverse() {
            return new CreateSchema(schema);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop schema " + schema;
        }
    }

    // -------------------------------------------------------------------------------------------------- types

    record CreateEnum(QualifiedName name, EnumType type) implements SchemaOp {
        public CreateEnum {
            requireSnapshotName(name, type.name());
        }

        public CreateEnum(String schema, EnumType type) {
            this(QualifiedName.of(schema, type.name()), type);
        }

        public SchemaOp reverse() {
            return new DropEnum(name, type);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "create enum type " + name();
        }
    }

    record DropEnum(QualifiedName name, EnumType type) implements SchemaOp {
        public DropEnum {
            requireSnapshotName(name, type.name());
        }

        public DropEnum(String schema, EnumType type) {
            this(QualifiedName.of(schema, type.name()), type);
        }

        public SchemaOp reverse() {
            return new CreateEnum(name, type);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop enum type " + name();
        }
    }

    /**
     * The labels of an enum type change. Appending labels is cheap; anything else rebuilds the type and converts
     * the columns that use it, which fails if a row holds a label that goes away.
     *
     * @param usages the columns (table and column name) that use the type, for the rebuild
     */
    record AlterEnum(QualifiedName name, List<String> from, List<String> to, List<ColumnUsage> usages)
            implements SchemaOp {
        public AlterEnum {
            from = List.copyOf(from);
            to = List.copyOf(to);
            usages = List.copyOf(usages);
        }

        public SchemaOp reverse() {
            return new AlterEnum(name, to, from, usages);
        }

        /** Whether the change only appends labels. */
        public boolean onlyAppends() {
            return to.size() >= from.size() && to.subList(0, from.size()).equals(from);
        }

        @Override
        public Optional<String> dataLoss() {
            List<String> removed = from.stream().filter(v -> !to.contains(v)).toList();
            return removed.isEmpty() ? Optional.empty() : Optional.of("removes enum label(s) "
                    + String.join(", ", removed) + " from " + name + ": rows using them make this fail");
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "alter enum type " + name;
        }
    }

    /**
     * A column that uses a type, with its default (which must be dropped and restored around a type rebuild).
     *
     * @param table   the table
     * @param column  the column
     * @param defaultExpression the column's default, or null
     * @param array   whether the column holds an array of the type rather than the type itself
     */
    record ColumnUsage(QualifiedName table, String column, String defaultExpression, boolean array) {

        /** A column of the type itself (not an array of it). */
        public ColumnUsage(QualifiedName table, String column, String defaultExpression) {
            this(table, column, defaultExpression, false);
        }
    }

    // ---------------------------------------------------------------------------------------------- sequences

    record CreateSequence(QualifiedName name, Sequence sequence) implements SchemaOp {
        public CreateSequence {
            requireSnapshotName(name, sequence.name());
        }

        public CreateSequence(String schema, Sequence sequence) {
            this(QualifiedName.of(schema, sequence.name()), sequence);
        }

        public SchemaOp reverse() {
            return new DropSequence(name, sequence);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "create sequence " + name;
        }
    }

    record DropSequence(QualifiedName name, Sequence sequence) implements SchemaOp {
        public DropSequence {
            requireSnapshotName(name, sequence.name());
        }

        public DropSequence(String schema, Sequence sequence) {
            this(QualifiedName.of(schema, sequence.name()), sequence);
        }

        public SchemaOp reverse() {
            return new CreateSequence(name, sequence);
        }

        @Override
        public Optional<String> dataLoss() {
            return Optional.of("drops sequence " + name + " and its current value");
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop sequence " + name;
        }
    }

    record AlterSequence(QualifiedName name, Sequence from, Sequence to) implements SchemaOp {
        public AlterSequence {
            requireSnapshotName(name, from.name());
            requireSnapshotName(name, to.name());
        }

        public AlterSequence(String schema, Sequence from, Sequence to) {
            this(QualifiedName.of(schema, to.name()), from, to);
        }

        public SchemaOp reverse() {
            return new AlterSequence(name, to, from);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "alter sequence " + name;
        }
    }

    // ------------------------------------------------------------------------------------------------- tables

    /**
     * Creates a table with its columns, primary key, unique and check constraints, the foreign keys listed in it,
     * its indexes and comments. Foreign keys that close a cycle are added afterwards by {@link AddForeignKey}.
     */
    record CreateTable(QualifiedName name, Table table) implements SchemaOp {
        public CreateTable {
            requireSnapshotName(name, table.name());
        }

        public CreateTable(String schema, Table table) {
            this(QualifiedName.of(schema, table.name()), table);
        }

        public SchemaOp reverse() {
            return new DropTable(name, table);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "create table " + name();
        }
    }

    /** Drops a table; {@code table} is the table as it is when dropped, so the reverse recreates it. */
    record DropTable(QualifiedName name, Table table) implements SchemaOp {
        public DropTable {
            requireSnapshotName(name, table.name());
        }

        public DropTable(String schema, Table table) {
            this(QualifiedName.of(schema, table.name()), table);
        }

        public SchemaOp reverse() {
            return new CreateTable(name, table);
        }

        @Override
        public Optional<String> dataLoss() {
            return Optional.of("drops table " + name() + " and all its rows");
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop table " + name();
        }
    }

    /**
     * Renames a table within its schema.
     *
     * @param name the table as it is named before
     * @param to   its new name
     */
    record RenameTable(QualifiedName name, String to) implements SchemaOp {
        public RenameTable(String schema, String from, String to) {
            this(QualifiedName.of(schema, from), to);
        }

        /** The table as it is named afterwards. */
        public QualifiedName renamed() {
            return QualifiedName.of(name.schema(), to);
        }

        public SchemaOp reverse() {
            return new RenameTable(renamed(), name.name());
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "rename table " + name + " to " + to;
        }
    }

    record AlterTableComment(QualifiedName table, String from, String to) implements SchemaOp {
        public SchemaOp reverse() {
            return new AlterTableComment(table, to, from);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "comment on table " + table;
        }
    }

    /**
     * Makes an existing table a partition of a partitioned table ({@code ATTACH PARTITION}). The table must have
     * the parent's columns; PostgreSQL scans it to check that its rows fit the bound (unless a check constraint
     * already proves it), and creates or attaches the parent's indexes on it.
     *
     * @param name   the table that becomes a partition
     * @param parent the partitioned table
     * @param bound  the bound as the database prints it ({@code FOR VALUES ...} or {@code DEFAULT})
     */
    record AttachPartition(QualifiedName name, QualifiedName parent, String bound) implements SchemaOp {
        public SchemaOp reverse() {
            return new DetachPartition(name, parent, bound);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "attach partition " + name + " to " + parent;
        }
    }

    /**
     * Makes a partition an ordinary table again ({@code DETACH PARTITION}); its rows stay in it and leave the
     * parent. The table keeps copies of the indexes and keys it had from the parent.
     *
     * @param name   the partition
     * @param parent the partitioned table
     * @param bound  the bound it had, for the reverse
     */
    record DetachPartition(QualifiedName name, QualifiedName parent, String bound) implements SchemaOp {
        public SchemaOp reverse() {
            return new AttachPartition(name, parent, bound);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "detach partition " + name + " from " + parent;
        }
    }

    /**
     * Switches a table between logged and {@code UNLOGGED} ({@code SET LOGGED/UNLOGGED}); either way PostgreSQL
     * rewrites the table, and an unlogged table is emptied after a crash.
     *
     * @param table    the table
     * @param unlogged whether it becomes unlogged
     */
    record AlterTablePersistence(QualifiedName table, boolean unlogged) implements SchemaOp {
        public SchemaOp reverse() {
            return new AlterTablePersistence(table, !unlogged);
        }

        @Override
        public Optional<String> dataLoss() {
            return unlogged ? Optional.of("makes table " + table + " unlogged: its rows are lost after a crash")
                    : Optional.empty();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "set table " + table + (unlogged ? " unlogged" : " logged");
        }
    }

    /**
     * Switches a table's row-level security on or off ({@code ENABLE/DISABLE ROW LEVEL SECURITY}) and whether it
     * binds the owner too ({@code FORCE/NO FORCE}).
     */
    record AlterRowSecurity(QualifiedName table, boolean fromEnabled, boolean fromForced, boolean toEnabled,
                            boolean toForced) implements SchemaOp {
        public SchemaOp reverse() {
            return new AlterRowSecurity(table, toEnabled, toForced, fromEnabled, fromForced);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "alter row level security of " + table;
        }
    }

    /**
     * Changes a table's storage parameters ({@code ALTER TABLE ... SET (...)} / {@code RESET (...)}).
     *
     * @param from the parameters before, as {@code name=value}
     * @param to   the parameters after
     */
    record AlterTableStorage(QualifiedName table, List<String> from, List<String> to) implements SchemaOp {
        public AlterTableStorage {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }

        public SchemaOp reverse() {
            return new AlterTableStorage(table, to, from);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "alter storage parameters of " + table;
        }
    }

    // ------------------------------------------------------------------------------------------------ columns

    record AddColumn(QualifiedName table, Column column) implements SchemaOp {
        public SchemaOp reverse() {
            return new DropColumn(table, column);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "add column " + table + "." + column.name();
        }
    }

    /** Drops a column; {@code column} is the column as it is when dropped. */
    record DropColumn(QualifiedName table, Column column) implements SchemaOp {
        public SchemaOp reverse() {
            return new AddColumn(table, column);
        }

        @Override
        public Optional<String> dataLoss() {
            return column.isGenerated() ? Optional.empty()
                    : Optional.of("drops column " + table + "." + column.name() + " and its values");
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop column " + table + "." + column.name();
        }
    }

    record RenameColumn(QualifiedName table, String from, String to) implements SchemaOp {
        public SchemaOp reverse() {
            return new RenameColumn(table, to, from);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "rename column " + table + "." + from + " to " + to;
        }
    }

    /**
     * Changes a column's type.
     *
     * @param column the column as it is before (its other attributes matter to some dialects' syntax)
     */
    record AlterColumnType(QualifiedName table, Column column, ColumnType from, ColumnType to) implements SchemaOp {
        public SchemaOp reverse() {
            return new AlterColumnType(table, column.withType(to), to, from);
        }

        @Override
        public Optional<String> dataLoss() {
            return TypeChanges.narrowing(from, to).map(why -> "changes " + table + "." + column.name() + " from "
                    + from.sql() + " to " + to.sql() + ": " + why);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "alter column " + table + "." + column.name() + " type";
        }
    }

    /**
     * Makes a column nullable or not.
     *
     * @param before the whole column as it is before, or null when not known (dialects that can only redefine a
     *               whole column, MariaDB's {@code MODIFY}, need it)
     */
    record AlterColumnNullability(QualifiedName table, String column, boolean fromNullable, boolean toNullable,
                                  Column before) implements SchemaOp {

        public AlterColumnNullability(QualifiedName table, String column, boolean fromNullable, boolean toNullable) {
            this(table, column, fromNullable, toNullable, null);
        }

        public SchemaOp reverse() {
            return new AlterColumnNullability(table, column, toNullable, fromNullable,
                    before == null ? null : before.withNullable(toNullable));
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "alter column " + table + "." + column + (toNullable ? " drop not null" : " set not null");
        }
    }

    record AlterColumnDefault(QualifiedName table, String column, String from, String to) implements SchemaOp {
        public SchemaOp reverse() {
            return new AlterColumnDefault(table, column, to, from);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "alter column " + table + "." + column + " default";
        }
    }

    /**
     * Changes how a column numbers itself (identity, serial, none).
     *
     * @param column the column as it is before
     */
    record AlterColumnIdentity(QualifiedName table, Column column, Identity from, Identity to) implements SchemaOp {
        public SchemaOp reverse() {
            return new AlterColumnIdentity(table, column.withIdentity(to), to, from);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "alter column " + table + "." + column.name() + " identity";
        }
    }

    /**
     * Changes a column's comment.
     *
     * @param before the whole column as it is before, or null when not known (see {@link AlterColumnNullability})
     */
    record AlterColumnComment(QualifiedName table, String column, String from, String to, Column before)
            implements SchemaOp {

        public AlterColumnComment(QualifiedName table, String column, String from, String to) {
            this(table, column, from, to, null);
        }

        public SchemaOp reverse() {
            return new AlterColumnComment(table, column, to, from, before == null ? null : before.withComment(to));
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "comment on column " + table + "." + column;
        }
    }

    // -------------------------------------------------------------------------------------------- constraints

    record AddPrimaryKey(QualifiedName table, PrimaryKey key) implements SchemaOp {
        public SchemaOp reverse() {
            return new DropPrimaryKey(table, key);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "add primary key " + key.name() + " on " + table;
        }
    }

    record DropPrimaryKey(QualifiedName table, PrimaryKey key) implements SchemaOp {
        public SchemaOp reverse() {
            return new AddPrimaryKey(table, key);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop primary key " + key.name() + " on " + table;
        }
    }

    record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements SchemaOp {
        public SchemaOp reverse() {
            return new DropUniqueConstraint(table, constraint);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "add unique constraint " + constraint.name() + " on " + table;
        }
    }

    record DropUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements SchemaOp {
        public SchemaOp reverse() {
            return new AddUniqueConstraint(table, constraint);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop unique constraint " + constraint.name() + " on " + table;
        }
    }

    record AddCheck(QualifiedName table, CheckConstraint check) implements SchemaOp {
        public SchemaOp reverse() {
            return new DropCheck(table, check);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "add check constraint " + check.name() + " on " + table;
        }
    }

    record DropCheck(QualifiedName table, CheckConstraint check) implements SchemaOp {
        public SchemaOp reverse() {
            return new AddCheck(table, check);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop check constraint " + check.name() + " on " + table;
        }
    }

    record AddForeignKey(QualifiedName table, ForeignKey key) implements SchemaOp {
        public SchemaOp reverse() {
            return new DropForeignKey(table, key);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "add foreign key " + key.name() + " on " + table;
        }
    }

    record DropForeignKey(QualifiedName table, ForeignKey key) implements SchemaOp {
        public SchemaOp reverse() {
            return new AddForeignKey(table, key);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop foreign key " + key.name() + " on " + table;
        }
    }

    /**
     * Validates a check or foreign key added {@code NOT VALID} ({@code VALIDATE CONSTRAINT}: a scan that does not
     * block writes); the reverse ({@code validate} false) drops it and adds it again {@code NOT VALID}.
     *
     * @param check the check, or null for a foreign key
     * @param key   the foreign key, or null for a check
     */
    record ValidateConstraint(QualifiedName table, CheckConstraint check, ForeignKey key, boolean validate)
            implements SchemaOp {
        public ValidateConstraint {
            if ((check == null) == (key == null)) {
                throw new IllegalArgumentException("validate a check or a foreign key, exactly one");
            }
        }

        /** The constraint's name. */
        public String constraint() {
            return check != null ? check.name() : key.name();
        }

        public SchemaOp reverse() {
            return new ValidateConstraint(table, check, key, !validate);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return (validate ? "validate" : "mark not valid") + " constraint " + constraint() + " on " + table;
        }
    }

    // ------------------------------------------------------------------------------------------------ indexes

    record CreateIndex(QualifiedName table, Index index) implements SchemaOp {
        public SchemaOp reverse() {
            return new DropIndex(table, index);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "create index " + index.name() + " on " + table;
        }
    }

    record DropIndex(QualifiedName table, Index index) implements SchemaOp {
        public SchemaOp reverse() {
            return new CreateIndex(table, index);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop index " + index.name() + " on " + table;
        }
    }

    // -------------------------------------------------------------------------------------------------- views

    record CreateView(QualifiedName name, View view) implements SchemaOp {
        public CreateView {
            requireSnapshotName(name, view.name());
        }

        public CreateView(String schema, View view) {
            this(QualifiedName.of(schema, view.name()), view);
        }

        public SchemaOp reverse() {
            return new DropView(name, view);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "create " + view.keyword().toLowerCase(java.util.Locale.ROOT) + " " + name();
        }
    }

    record DropView(QualifiedName name, View view) implements SchemaOp {
        public DropView {
            requireSnapshotName(name, view.name());
        }

        public DropView(String schema, View view) {
            this(QualifiedName.of(schema, view.name()), view);
        }

        public SchemaOp reverse() {
            return new CreateView(name, view);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop " + view.keyword().toLowerCase(java.util.Locale.ROOT) + " " + name();
        }
    }

    // --------------------------------------------------------------------------------------------- extensions

    /** Installs an extension; {@code name} is the schema that receives its objects and the extension's name. */
    record CreateExtension(QualifiedName name, Extension extension) implements SchemaOp {
        public CreateExtension {
            requireSnapshotName(name, extension.name());
        }

        public SchemaOp reverse() {
            return new DropExtension(name, extension);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "create extension " + extension.name() + " in schema " + name.schema();
        }
    }

    record DropExtension(QualifiedName name, Extension extension) implements SchemaOp {
        public DropExtension {
            requireSnapshotName(name, extension.name());
        }

        public SchemaOp reverse() {
            return new CreateExtension(name, extension);
        }

        @Override
        public Optional<String> dataLoss() {
            return Optional.of("drops extension " + extension.name() + " and whatever data its objects hold");
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop extension " + extension.name();
        }
    }

    /** Moves an extension to another version ({@code ALTER EXTENSION ... UPDATE TO}). */
    record AlterExtension(QualifiedName name, Extension from, Extension to) implements SchemaOp {
        public AlterExtension {
            requireSnapshotName(name, from.name());
            requireSnapshotName(name, to.name());
        }

        public SchemaOp reverse() {
            return new AlterExtension(name, to, from);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "update extension " + name.name() + " from version " + from.version() + " to " + to.version();
        }
    }

    // ------------------------------------------------------------------------------------- domains and types

    record CreateDomain(QualifiedName name, Domain domain) implements SchemaOp {
        public CreateDomain {
            requireSnapshotName(name, domain.name());
        }

        public SchemaOp reverse() {
            return new DropDomain(name, domain);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "create domain " + name;
        }
    }

    record DropDomain(QualifiedName name, Domain domain) implements SchemaOp {
        public DropDomain {
            requireSnapshotName(name, domain.name());
        }

        public SchemaOp reverse() {
            return new CreateDomain(name, domain);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop domain " + name;
        }
    }

    /**
     * Changes a domain's default, NOT NULL, checks or comment (its base type and collation cannot change in place).
     * A new check or NOT NULL is validated against every column of the domain, and fails on a row that breaks it.
     */
    record AlterDomain(QualifiedName name, Domain from, Domain to) implements SchemaOp {
        public AlterDomain {
            requireSnapshotName(name, from.name());
            requireSnapshotName(name, to.name());
            if (!from.baseType().equals(to.baseType()) || !java.util.Objects.equals(from.collation(), to.collation())) {
                throw new IllegalArgumentException("domain " + name + " cannot change its base type or collation in "
                        + "place: drop and create it");
            }
        }

        public SchemaOp reverse() {
            return new AlterDomain(name, to, from);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "alter domain " + name;
        }
    }

    record CreateCompositeType(QualifiedName name, CompositeType type) implements SchemaOp {
        public CreateCompositeType {
            requireSnapshotName(name, type.name());
        }

        public SchemaOp reverse() {
            return new DropCompositeType(name, type);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "create composite type " + name;
        }
    }

    record DropCompositeType(QualifiedName name, CompositeType type) implements SchemaOp {
        public DropCompositeType {
            requireSnapshotName(name, type.name());
        }

        public SchemaOp reverse() {
            return new CreateCompositeType(name, type);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop composite type " + name;
        }
    }

    /**
     * Changes a composite type's attributes in place: attributes that go are dropped, new ones appended, the others
     * retyped. Only built when the attributes both sides keep stay in the same order and new ones come last.
     */
    record AlterCompositeType(QualifiedName name, CompositeType from, CompositeType to) implements SchemaOp {
        public AlterCompositeType {
            requireSnapshotName(name, from.name());
            requireSnapshotName(name, to.name());
        }

        public SchemaOp reverse() {
            return new AlterCompositeType(name, to, from);
        }

        @Override
        public Optional<String> dataLoss() {
            List<String> gone = from.attributes().stream().map(CompositeType.Attribute::name)
                    .filter(a -> to.attributes().stream().noneMatch(b -> b.name().equals(a))).toList();
            return gone.isEmpty() ? Optional.empty() : Optional.of("drops attribute(s) " + String.join(", ", gone)
                    + " of composite type " + name);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "alter composite type " + name;
        }
    }

    record CreateRangeType(QualifiedName name, RangeType type) implements SchemaOp {
        public CreateRangeType {
            requireSnapshotName(name, type.name());
        }

        public SchemaOp reverse() {
            return new DropRangeType(name, type);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "create range type " + name;
        }
    }

    record DropRangeType(QualifiedName name, RangeType type) implements SchemaOp {
        public DropRangeType {
            requireSnapshotName(name, type.name());
        }

        public SchemaOp reverse() {
            return new CreateRangeType(name, type);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop range type " + name;
        }
    }

    // ----------------------------------------------------------------------------------------------- routines

    /** Creates a function or procedure; {@code name} is its schema and {@link Routine#signature() signature}. */
    record CreateRoutine(QualifiedName name, Routine routine) implements SchemaOp {
        public CreateRoutine {
            requireSnapshotName(name, routine.signature());
        }

        public CreateRoutine(String schema, Routine routine) {
            this(QualifiedName.of(schema, routine.signature()), routine);
        }

        public SchemaOp reverse() {
            return new DropRoutine(name, routine);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "create " + routine.kind().keyword().toLowerCase(java.util.Locale.ROOT) + " " + name;
        }
    }

    record DropRoutine(QualifiedName name, Routine routine) implements SchemaOp {
        public DropRoutine {
            requireSnapshotName(name, routine.signature());
        }

        public SchemaOp reverse() {
            return new CreateRoutine(name, routine);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop " + routine.kind().keyword().toLowerCase(java.util.Locale.ROOT) + " " + name;
        }
    }

    /** Replaces a routine's definition in place ({@code CREATE OR REPLACE}); both sides have the same signature. */
    record ReplaceRoutine(QualifiedName name, Routine from, Routine to) implements SchemaOp {
        public ReplaceRoutine {
            requireSnapshotName(name, from.signature());
            requireSnapshotName(name, to.signature());
            if (!from.replaceableBy(to)) {
                throw new IllegalArgumentException("routine " + name + " changes its kind, result or arguments, "
                        + "which CREATE OR REPLACE cannot do: drop and create it");
            }
        }

        public SchemaOp reverse() {
            return new ReplaceRoutine(name, to, from);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "replace " + to.kind().keyword().toLowerCase(java.util.Locale.ROOT) + " " + name;
        }
    }

    // ----------------------------------------------------------------------------------------------- triggers

    /** Creates a trigger; {@code table} is the table (or view) it fires on. */
    record CreateTrigger(QualifiedName table, Trigger trigger) implements SchemaOp {
        public CreateTrigger {
            requireSnapshotName(table, trigger.table());
        }

        public SchemaOp reverse() {
            return new DropTrigger(table, trigger);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "create trigger " + trigger.name() + " on " + table;
        }
    }

    record DropTrigger(QualifiedName table, Trigger trigger) implements SchemaOp {
        public DropTrigger {
            requireSnapshotName(table, trigger.table());
        }

        public SchemaOp reverse() {
            return new CreateTrigger(table, trigger);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop trigger " + trigger.name() + " on " + table;
        }
    }

    // ----------------------------------------------------------------------------------------------- policies

    /** Creates a row-level security policy; {@code table} is the table it applies to. */
    record CreatePolicy(QualifiedName table, Policy policy) implements SchemaOp {
        public CreatePolicy {
            requireSnapshotName(table, policy.table());
        }

        public SchemaOp reverse() {
            return new DropPolicy(table, policy);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "create policy " + policy.name() + " on " + table;
        }
    }

    record DropPolicy(QualifiedName table, Policy policy) implements SchemaOp {
        public DropPolicy {
            requireSnapshotName(table, policy.table());
        }

        public SchemaOp reverse() {
            return new CreatePolicy(table, policy);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "drop policy " + policy.name() + " on " + table;
        }
    }

    /** Changes a policy's roles, conditions or comment in place ({@code ALTER POLICY}); see {@link Policy#alterableTo}. */
    record AlterPolicy(QualifiedName table, Policy from, Policy to) implements SchemaOp {
        public AlterPolicy {
            requireSnapshotName(table, from.table());
            requireSnapshotName(table, to.table());
            if (!from.name().equals(to.name()) || !from.alterableTo(to)) {
                throw new IllegalArgumentException("policy " + from.name() + " on " + table + " changes its kind, "
                        + "command or the presence of a condition, which ALTER POLICY cannot do: drop and create it");
            }
        }

        public SchemaOp reverse() {
            return new AlterPolicy(table, to, from);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public String description() {
            return "alter policy " + to.name() + " on " + table;
        }
    }

    /** Refuses an operation whose snapshot has another name than the one it is keyed by. */
    private static void requireSnapshotName(QualifiedName key, String snapshotName) {
        if (!key.name().equals(snapshotName)) {
            throw new IllegalArgumentException("an operation on " + key + " carries a snapshot of " + snapshotName);
        }
    }
}
