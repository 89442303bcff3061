package dev.migrate.schema.diff;

import dev.migrate.schema.diff.DiffHooks.NamedKind;
import dev.migrate.schema.model.ForeignKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.ops.SchemaOp;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's foreign keys: dropped before the keys and tables they lean on change, added after. Foreign keys of new
 * tables, and those into dropped tables, are {@link TableComparer}'s.
 */
final class ForeignKeyComparer implements Comparer {

    private static final NamedMatch<ForeignKey> FOREIGN_KEYS = new NamedMatch<>(NamedKind.FOREIGN_KEY,
            ForeignKey::name, fk -> List.of(fk.columns(), fk.target(), fk.targetColumns(), fk.onUpdate(),
            fk.onDelete(), fk.deferrability(), fk.valid()));

    @Override
    public void compareTable(Comparison c, QualifiedName name, Table from, Table to) {
        List<ForeignKey> current = new ArrayList<>();
        for (ForeignKey fk : from.foreignKeys()) {
            ForeignKey valid = fk.withValid(true);
            boolean validates = !fk.valid() && to.foreignKeys().contains(valid);
            if (validates) {
                // added NOT VALID and validated in the desired schema: VALIDATE CONSTRAINT, no drop
                c.add(Phase.ADD_FOREIGN_KEYS, new SchemaOp.ValidateConstraint(name, null, fk, true));
            }
            current.add(validates ? valid : fk);
        }
        FOREIGN_KEYS.match(c, name, current, to.foreignKeys(), fk -> c.dropForeignKey(name, fk),
                fk -> c.addForeignKey(name, fk));
    }
}
