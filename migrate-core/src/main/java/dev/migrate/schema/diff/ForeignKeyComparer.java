package dev.migrate.schema.diff;

import dev.migrate.schema.diff.DiffHooks.NamedKind;
import dev.migrate.schema.model.ForeignKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.ops.SchemaOp;

import java.util.List;

/**
 * A table's foreign keys: dropped before the keys and tables they lean on change, added after. Foreign keys of new
 * tables, and those into dropped tables, are {@link TableComparer}'s.
 */
final class ForeignKeyComparer implements Comparer {

    private static final NamedMatch<ForeignKey> FOREIGN_KEYS = new NamedMatch<>(NamedKind.FOREIGN_KEY,
            ForeignKey::name, fk -> List.of(fk.columns(), fk.target(), fk.targetColumns(), fk.onUpdate(),
            fk.onDelete(), fk.deferrability()));

    @Override
    public void compareTable(Comparison c, QualifiedName name, Table from, Table to) {
        FOREIGN_KEYS.match(c, name, from.foreignKeys(), to.foreignKeys(), fk -> c.dropForeignKey(name, fk),
                fk -> c.addForeignKey(name, fk));
    }
}
