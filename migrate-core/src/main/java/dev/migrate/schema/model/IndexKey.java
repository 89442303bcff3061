package dev.migrate.schema.model;

/**
 * One key of an index: a column or an expression, with its operator class and sort order.
 *
 * @param column     the column, or null for an expression
 * @param expression the expression as the database prints it, or null for a column
 * @param descending whether the key sorts descending
 * @param nulls      where NULLs sort, or {@link NullsOrder#DEFAULT}
 * @param opclass    the operator class when not the default one for the key's type and index method, as valid DDL
 *                   (e.g. {@code text_pattern_ops}, {@code public.gin_trgm_ops}); null for the default
 */
public record IndexKey(String column, String expression, boolean descending, NullsOrder nulls, String opclass) {

    /** Where NULLs sort in an index key. */
    public enum NullsOrder {
        DEFAULT, FIRST, LAST
    }

    /** A key with the default operator class. */
    public IndexKey(String column, String expression, boolean descending, NullsOrder nulls) {
        this(column, expression, descending, nulls, null);
    }

    public static IndexKey column(String column) {
        return new IndexKey(column, null, false, NullsOrder.DEFAULT);
    }

    public static IndexKey expression(String expression) {
        return new IndexKey(null, expression, false, NullsOrder.DEFAULT);
    }

    public boolean isExpression() {
        return expression != null;
    }

    public IndexKey withExpression(String newExpression) {
        return new IndexKey(column, newExpression, descending, nulls, opclass);
    }

    public IndexKey withColumn(String newColumn) {
        return new IndexKey(newColumn, expression, descending, nulls, opclass);
    }
}
