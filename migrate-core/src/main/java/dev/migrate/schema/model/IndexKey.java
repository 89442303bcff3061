package dev.migrate.schema.model;

/**
 * One key of an index: a column or an expression, with its sort order.
 *
 * @param column     the column, or null for an expression
 * @param expression the expression as the database prints it, or null for a column
 * @param descending whether the key sorts descending
 * @param nulls      where NULLs sort, or {@link NullsOrder#DEFAULT}
 */
public record IndexKey(String column, String expression, boolean descending, NullsOrder nulls) {

    /** Where NULLs sort in an index key. */
    public enum NullsOrder {
        DEFAULT, FIRST, LAST
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
        return new IndexKey(column, newExpression, descending, nulls);
    }

    public IndexKey withColumn(String newColumn) {
        return new IndexKey(newColumn, expression, descending, nulls);
    }
}
