package dev.migrate.schema.model;

/**
 * An object migrate found but does not compare (a function, a trigger, ...): reported, never silently skipped.
 *
 * @param kind what it is, e.g. {@code function}
 * @param name its name
 */
public record UnsupportedObject(String kind, QualifiedName name) {

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
