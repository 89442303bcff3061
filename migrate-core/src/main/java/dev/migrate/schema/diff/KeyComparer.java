package dev.migrate.schema.diff;

import dev.migrate.schema.diff.DiffHooks.NamedKind;
import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.PrimaryKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.UniqueConstraint;
import dev.migrate.schema.ops.SchemaOp;

/**
 * A table's primary key, unique constraints and check constraints. A key that goes away takes the foreign keys that
 * reference it along ({@link Comparison#releaseKey}).
 */
final class KeyComparer implements Comparer {

    private static final NamedMatch<UniqueConstraint> UNIQUES = new NamedMatch<>(NamedKind.UNIQUE,
            UniqueConstraint::name, UniqueConstraint::columns);

    @Override
    public void compareTable(Comparison c, QualifiedName name, Table from, Table to) {
        primaryKey(c, name, from, to);
        UNIQUES.match(c, name, from.uniqueConstraints(), to.uniqueConstraints(), unique -> {
            c.add(Phase.DROP_CONSTRAINTS, new SchemaOp.DropUniqueConstraint(name, unique));
            c.releaseKey(name, unique.columns());
        }, unique -> c.add(Phase.ADD_CONSTRAINTS,
                new SchemaOp.AddUniqueConstraint(name, c.judge.created(name, unique))));
        checks(c).match(c, name, from.checks(), to.checks(),
                check -> c.add(Phase.DROP_CONSTRAINTS, new SchemaOp.DropCheck(name, check)),
                check -> c.add(Phase.ADD_CONSTRAINTS, new SchemaOp.AddCheck(name, c.judge.created(name, check))));
    }

    /** Checks are the same when their conditions are, once the dialect has normalised them. */
    private static NamedMatch<CheckConstraint> checks(Comparison c) {
        return new NamedMatch<>(NamedKind.CHECK, CheckConstraint::name, check -> c.judge.norm(check.expression()));
    }

    private static void primaryKey(Comparison c, QualifiedName name, Table from, Table to) {
        PrimaryKey before = from.primaryKey();
        PrimaryKey after = to.primaryKey();
        boolean same = before == null ? after == null : after != null && before.columns().equals(after.columns())
                && (before.name().equals(after.name())
                || c.judge.generated(NamedKind.PRIMARY_KEY, name, before.name())
                || c.judge.generated(NamedKind.PRIMARY_KEY, name, after.name()));
        if (same) {
            return;
        }
        if (before != null) {
            c.add(Phase.DROP_CONSTRAINTS, new SchemaOp.DropPrimaryKey(name, before));
            c.releaseKey(name, before.columns());
        }
        if (after != null) {
            c.add(Phase.ADD_CONSTRAINTS, new SchemaOp.AddPrimaryKey(name, c.judge.created(name, after)));
        }
    }
}
