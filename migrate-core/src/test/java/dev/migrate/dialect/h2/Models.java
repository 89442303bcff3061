package dev.migrate.dialect.h2;

import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.ColumnType;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Small edits of models, to state what a database should look like after an operation. */
final class Models {

    static final ColumnType INTEGER = ColumnType.of("INTEGER");
    static final ColumnType BIGINT = ColumnType.of("BIGINT");
    static final ColumnType MONEY = new ColumnType("NUMERIC(10, 2)", "NUMERIC", null, 10, 2, null);

    private Models() {
    }

    static DatabaseSchema mapSchema(DatabaseSchema db, String schema, UnaryOperator<Schema> change) {
        return new DatabaseSchema(db.defaultSchema(),
                db.schemas().stream().map(s -> s.name().equals(schema) ? change.apply(s) : s).toList(),
                db.unsupported());
    }

    static DatabaseSchema mapTable(DatabaseSchema db, QualifiedName table, UnaryOperator<Table> change) {
        return mapSchema(db, table.schema(), s -> s.withTables(
                s.tables().stream().map(t -> t.name().equals(table.name()) ? change.apply(t) : t).toList()));
    }

    static Table mapColumn(Table table, String column, UnaryOperator<Column> change) {
        return table.mapColumns(c -> c.name().equals(column) ? change.apply(c) : c);
    }

    static Table table(DatabaseSchema db, QualifiedName name) {
        return db.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    static Column column(DatabaseSchema db, QualifiedName table, String column) {
        return table(db, table).column(column).orElseThrow(() -> new AssertionError("no column " + column));
    }

    /** {@code items} plus {@code item}, sorted by name. */
    static <T> List<T> plus(List<T> items, T item, Function<T, String> name) {
        List<T> all = new ArrayList<>(items);
        all.add(item);
        all.sort(Comparator.comparing(name));
        return all;
    }

    static <T> List<T> minus(List<T> items, Predicate<T> gone) {
        return items.stream().filter(gone.negate()).toList();
    }

    /** A type whose only part is its text. */
    static ColumnType type(String sql) {
        return ColumnType.of(sql);
    }

    static ColumnType type(String sql, String base, Integer length, Integer precision, Integer scale) {
        return new ColumnType(sql, base, length, precision, scale, null);
    }
}
