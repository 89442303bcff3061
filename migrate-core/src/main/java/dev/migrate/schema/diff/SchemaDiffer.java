package dev.migrate.schema.diff;

import dev.migrate.schema.model.DatabaseSchema;

/**
 * Compares two schemas of one dialect and lists the operations that turn the current one into the desired one.
 * Generic: a dialect contributes only through {@link DiffHooks}.
 */
public final class SchemaDiffer {

    private final DiffHooks hooks;

    public SchemaDiffer(DiffHooks hooks) {
        this.hooks = hooks;
    }

    /** The operations that turn {@code current} into {@code desired}, in an order that applies. */
    public DiffResult diff(DatabaseSchema current, DatabaseSchema desired, RenameHints hints) {
        throw new UnsupportedOperationException("being written");
    }
}
