package dev.migrate.schema.model;

/**
 * A check constraint.
 *
 * @param name       the constraint name
 * @param expression the condition as the database prints it, without the {@code CHECK} keyword
 */
public record CheckConstraint(String name, String expression) {
}
