package dev.migrate.schema.model;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name          the constraint name
 * @param columns       the referencing columns, in order
 * @param target        the referenced table
 * @param targetColumns the referenced columns, in order
 * @param onUpdate      the action on update of the referenced key
 * @param onDelete      the action on delete of the referenced row
 * @param deferrability whether the check may be deferred
 * @param valid         false when it was added {@code NOT VALID} and not validated since (PostgreSQL)
 */
public record ForeignKey(String name, List<String> columns, QualifiedName target, List<String> targetColumns,
                         ReferentialAction onUpdate, ReferentialAction onDelete, Deferrability deferrability,
                         boolean valid) {

    public ForeignKey {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }

    /** A validated foreign key. */
    public ForeignKey(String name, List<String> columns, QualifiedName target, List<String> targetColumns,
                      ReferentialAction onUpdate, ReferentialAction onDelete, Deferrability deferrability) {
        this(name, columns, target, targetColumns, onUpdate, onDelete, deferrability, true);
    }

    public ForeignKey withValid(boolean newValid) {
        return new ForeignKey(name, columns, target, targetColumns, onUpdate, onDelete, deferrability, newValid);
    }

    public ForeignKey withTarget(QualifiedName newTarget) {
        return new ForeignKey(name, columns, newTarget, targetColumns, onUpdate, onDelete, deferrability, valid);
    }

    public ForeignKey withColumns(List<String> newColumns) {
        return new ForeignKey(name, newColumns, target, targetColumns, onUpdate, onDelete, deferrability, valid);
    }

    public ForeignKey withTargetColumns(List<String> newColumns) {
        return new ForeignKey(name, columns, target, newColumns, onUpdate, onDelete, deferrability, valid);
    }
}
