package dev.migrate.schema.model;

/**
 * A check constraint.
 *
 * @param name       the constraint name
 * @param expression the condition as the database prints it, without the {@code CHECK} keyword
 * @param valid      false when it was added {@code NOT VALID} and not validated since: rows that were there
 *                   before it may break it (PostgreSQL)
 */
public record CheckConstraint(String name, String expression, boolean valid) {

    /** A validated check. */
    public CheckConstraint(String name, String expression) {
        this(name, expression, true);
    }

    public CheckConstraint withValid(boolean newValid) {
        return new CheckConstraint(name, expression, newValid);
    }
}
