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
        checks(c).match(c, name, validated(c, name, from.checks(), to.checks()), to.checks(),
                check -> c.add(Phase.DROP_CONSTRAINTS, new SchemaOp.DropCheck(name, check)),
                check -> c.add(Phase.ADD_CONSTRAINTS, new SchemaOp.AddCheck(name, c.judge.created(name, check))));
    }

    /**
     * Checks are the same when their conditions are, once the dialect has normalised them, and both are validated
     * or neither (a check that stops being validated is dropped and added again NOT VALID).
     */
    private static NamedMatch<CheckConstraint> checks(Comparison c) {
        return new NamedMatch<>(NamedKind.CHECK, CheckConstraint::name,
                check -> java.util.List.of(c.judge.norm(check.expression()), check.valid()));
    }

    /**
     * The current checks, with those added NOT VALID that the desired schema has validated (same name and condition)
     * validated in place ({@code VALIDATE CONSTRAINT}), so that they do not count as changed.
     */
    private static java.util.List<CheckConstraint> validated(Comparison c, QualifiedName name,
                                                             java.util.List<CheckConstraint> from,
                                                             java.util.List<CheckConstraint> to) {
        java.util.List<CheckConstraint> result = new java.util.ArrayList<>();
        for (CheckConstraint check : from) {
            boolean validates = !check.valid() && to.stream().anyMatch(wanted -> wanted.valid()
                    && wanted.name().equals(check.name())
                    && c.judge.norm(wanted.expression()).equals(c.judge.norm(check.expression())));
            if (validates) {
                c.add(Phase.ADD_FOREIGN_KEYS, new SchemaOp.ValidateConstraint(name, check, null, true));
            }
            result.add(validates ? check.withValid(true) : check);
        }
        return result;
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
