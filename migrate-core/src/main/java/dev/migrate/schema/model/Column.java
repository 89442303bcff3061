package dev.migrate.schema.model;

import java.util.Objects;

/**
 * A table column.
 *
 * @param name                the name
 * @param type                the type
 * @param nullable            whether NULL is allowed
 * @param defaultExpression   the default as the database prints it, or null
 * @param identity            identity or serial numbering, or null
 * @param generatedExpression the expression of a stored generated column, or null
 * @param comment             the comment, or null
 */
public record Column(String name, ColumnType type, boolean nullable, String defaultExpression, Identity identity,
                     String generatedExpression, String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A plain column: nullable, no default, no identity. */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type, true, null, null, null, null);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generatedExpression, comment);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generatedExpression, comment);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, generatedExpression, comment);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, generatedExpression, comment);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, generatedExpression, comment);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, newComment);
    }

    public boolean isGenerated() {
        return generatedExpression != null;
    }
}
