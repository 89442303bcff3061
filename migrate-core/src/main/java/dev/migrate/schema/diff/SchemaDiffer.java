package dev.migrate.schema.diff;

import dev.migrate.schema.model.DatabaseSchema;

import java.util.List;

/**
 * Compares two schemas of one dialect and lists the operations that turn the current one into the desired one.
 * Generic: a dialect contributes only through {@link DiffHooks}.
 *
 * <p>Each kind of object has its comparer; they run in the order below, because later ones use what earlier ones
 * learnt (renames are applied before anything is compared by name, views need to know which tables change). The
 * operations come out in the {@link Phase phases} that make the list apply, and its exact reverse too.
 *
 * <p>Objects are matched by name; constraints and indexes whose names the database generated are also matched by
 * definition, so that a generated name never causes a change. Every list is walked in name order, so the same input
 * always gives the same operations.
 */
public final class SchemaDiffer {

    private static final List<Comparer> COMPARERS = List.of(
            new SchemaComparer(),
            new ExtensionComparer(),
            new RenameComparer(),
            new EnumTypeComparer(),
            new UserTypeComparer(),
            new RoutineComparer(),
            new SequenceComparer(),
            new TableComparer(List.of(new ColumnComparer(), new KeyComparer(), new IndexComparer(),
                    new ForeignKeyComparer())),
            new ViewComparer(),
            new TriggerComparer(),
            new PolicyComparer(),
            new UnsupportedObjects());

    private final Judgement judge;

    public SchemaDiffer(DiffHooks hooks) {
        this.judge = new Judgement(hooks);
    }

    /** The operations that turn {@code current} into {@code desired}, in an order that applies. */
    public DiffResult diff(DatabaseSchema current, DatabaseSchema desired, RenameHints hints) {
        Comparison comparison = new Comparison(current, desired, hints, judge);
        for (Comparer comparer : COMPARERS) {
            comparer.compare(comparison);
        }
        return comparison.result();
    }
}
