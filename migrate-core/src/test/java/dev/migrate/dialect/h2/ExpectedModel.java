package dev.migrate.dialect.h2;

import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.ForeignKey;
import dev.migrate.schema.model.Index;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Sequence;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.UniqueConstraint;
import dev.migrate.schema.model.View;
import dev.migrate.schema.ops.SchemaOp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static dev.migrate.dialect.h2.Models.mapColumn;
import static dev.migrate.dialect.h2.Models.mapSchema;
import static dev.migrate.dialect.h2.Models.mapTable;
import static dev.migrate.dialect.h2.Models.minus;
import static dev.migrate.dialect.h2.Models.plus;

/**
 * What a model should look like after an operation, computed on the model alone: the round-trip tests compare it
 * with what H2 reports after running the rendered SQL. Written for the cases the tests use (a renamed table or
 * column is not referenced elsewhere). H2's own rule is kept: an identity column is NOT NULL.
 */
final class ExpectedModel {

    private ExpectedModel() {
    }

    static DatabaseSchema after(DatabaseSchema db, SchemaOp op) {
        if (op instanceof SchemaOp.CreateSchema o) {
            return new DatabaseSchema(db.defaultSchema(), plus(db.schemas(), Schema.empty(o.schema()), Schema::name),
                    db.unsupported());
        } else if (op instanceof SchemaOp.DropSchema o) {
            return new DatabaseSchema(db.defaultSchema(), minus(db.schemas(), s -> s.name().equals(o.schema())),
                    db.unsupported());
        } else if (op instanceof SchemaOp.CreateSequence o) {
            return sequences(db, o.name().schema(), all -> plus(all, o.sequence(), Sequence::name));
        } else if (op instanceof SchemaOp.DropSequence o) {
            return sequences(db, o.name().schema(), all -> minus(all, s -> s.name().equals(o.sequence().name())));
        } else if (op instanceof SchemaOp.AlterSequence o) {
            return sequences(db, o.name().schema(), all -> plus(minus(all, s -> s.name().equals(o.from().name())),
                    o.to(),
                    Sequence::name));
        } else if (op instanceof SchemaOp.CreateTable o) {
            return mapSchema(db, o.name().schema(), s -> s.withTables(plus(s.tables(), o.table(), Table::name)));
        } else if (op instanceof SchemaOp.DropTable o) {
            return mapSchema(db, o.name().schema(),
                    s -> s.withTables(minus(s.tables(), t -> t.name().equals(o.table().name()))));
        } else if (op instanceof SchemaOp.RenameTable o) {
            return mapSchema(db, o.name().schema(), s -> s.withTables(plus(minus(s.tables(),
                    t -> t.name().equals(o.name().name())),
                    s.table(o.name().name()).orElseThrow().withName(o.to()), Table::name)));
        } else if (op instanceof SchemaOp.CreateView o) {
            return views(db, o.name().schema(), all -> plus(all, o.view(), View::name));
        } else if (op instanceof SchemaOp.DropView o) {
            return views(db, o.name().schema(), all -> minus(all, v -> v.name().equals(o.view().name())));
        }
        return afterTableChange(db, op);
    }

    private static DatabaseSchema afterTableChange(DatabaseSchema db, SchemaOp op) {
        if (op instanceof SchemaOp.AlterTableComment o) {
            return mapTable(db, o.table(), t -> t.withComment(o.to()));
        } else if (op instanceof SchemaOp.AddColumn o) {
            return mapTable(db, o.table(), t -> t.withColumns(append(t, o)));
        } else if (op instanceof SchemaOp.DropColumn o) {
            return mapTable(db, o.table(), t -> t.withColumns(minus(t.columns(),
                    c -> c.name().equals(o.column().name()))));
        } else if (op instanceof SchemaOp.RenameColumn o) {
            return column(db, o.table(), o.from(), t -> mapColumn(t, o.from(), c -> c.withName(o.to())));
        } else if (op instanceof SchemaOp.AlterColumnType o) {
            return column(db, o.table(), o.column().name(), t -> mapColumn(t, o.column().name(),
                    c -> c.withType(o.to())));
        } else if (op instanceof SchemaOp.AlterColumnNullability o) {
            return column(db, o.table(), o.column(), t -> mapColumn(t, o.column(), c -> c.withNullable(o.toNullable())));
        } else if (op instanceof SchemaOp.AlterColumnDefault o) {
            return column(db, o.table(), o.column(), t -> mapColumn(t, o.column(), c -> c.withDefault(o.to())));
        } else if (op instanceof SchemaOp.AlterColumnIdentity o) {
            return column(db, o.table(), o.column().name(), t -> mapColumn(t, o.column().name(),
                    c -> o.to() == null ? c.withIdentity(null) : c.withIdentity(o.to()).withNullable(false)));
        } else if (op instanceof SchemaOp.AlterColumnComment o) {
            return column(db, o.table(), o.column(), t -> mapColumn(t, o.column(), c -> c.withComment(o.to())));
        } else if (op instanceof SchemaOp.AddPrimaryKey o) {
            return mapTable(db, o.table(), t -> t.withPrimaryKey(o.key()));
        } else if (op instanceof SchemaOp.DropPrimaryKey o) {
            return mapTable(db, o.table(), t -> t.withPrimaryKey(null));
        } else if (op instanceof SchemaOp.AddUniqueConstraint o) {
            return mapTable(db, o.table(), t -> t.withUniqueConstraints(plus(t.uniqueConstraints(), o.constraint(),
                    UniqueConstraint::name)));
        } else if (op instanceof SchemaOp.DropUniqueConstraint o) {
            return mapTable(db, o.table(), t -> t.withUniqueConstraints(minus(t.uniqueConstraints(),
                    u -> u.name().equals(o.constraint().name()))));
        } else if (op instanceof SchemaOp.AddCheck o) {
            return mapTable(db, o.table(), t -> t.withChecks(plus(t.checks(), o.check(), CheckConstraint::name)));
        } else if (op instanceof SchemaOp.DropCheck o) {
            return mapTable(db, o.table(), t -> t.withChecks(minus(t.checks(), c -> c.name().equals(o.check().name()))));
        } else if (op instanceof SchemaOp.AddForeignKey o) {
            return mapTable(db, o.table(), t -> t.withForeignKeys(plus(t.foreignKeys(), o.key(), ForeignKey::name)));
        } else if (op instanceof SchemaOp.DropForeignKey o) {
            return mapTable(db, o.table(), t -> t.withForeignKeys(minus(t.foreignKeys(),
                    k -> k.name().equals(o.key().name()))));
        } else if (op instanceof SchemaOp.CreateIndex o) {
            return mapTable(db, o.table(), t -> t.withIndexes(plus(t.indexes(), o.index(), Index::name)));
        } else if (op instanceof SchemaOp.DropIndex o) {
            return mapTable(db, o.table(), t -> t.withIndexes(minus(t.indexes(),
                    i -> i.name().equals(o.index().name()))));
        }
        throw new IllegalArgumentException("no expectation for " + op);
    }

    private static List<Column> append(Table table, SchemaOp.AddColumn op) {
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(op.column());
        return columns;
    }

    private static DatabaseSchema column(DatabaseSchema db, QualifiedName table, String column,
                                         UnaryOperator<Table> change) {
        Models.column(db, table, column);
        return mapTable(db, table, change);
    }

    private static DatabaseSchema sequences(DatabaseSchema db, String schema, UnaryOperator<List<Sequence>> change) {
        return mapSchema(db, schema, s -> new Schema(s.name(), s.tables(), s.views(), change.apply(s.sequences()),
                s.enums()));
    }

    private static DatabaseSchema views(DatabaseSchema db, String schema, UnaryOperator<List<View>> change) {
        return mapSchema(db, schema, s -> new Schema(s.name(), s.tables(), change.apply(s.views()), s.sequences(),
                s.enums()));
    }
}
