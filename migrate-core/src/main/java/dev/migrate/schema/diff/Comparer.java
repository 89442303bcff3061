package dev.migrate.schema.diff;

import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Table;

/**
 * Compares one kind of object between the current and the desired schema, and files the operations that turn one
 * into the other in the {@link Comparison}. A kind that stands on its own (schemas, types, sequences, tables, views)
 * is compared across the schemas; a kind that lives in a table (columns, keys, indexes, foreign keys) is compared
 * table by table, for each table both sides have, in the order {@link TableComparer} lists them.
 */
interface Comparer {

    /** Compares this kind across the two schemas. */
    default void compare(Comparison comparison) {
    }

    /** Compares this kind within one table that both schemas have. */
    default void compareTable(Comparison comparison, QualifiedName table, Table current, Table desired) {
    }
}
