package dev.migrate.schema.diff;

import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Sequence;
import dev.migrate.schema.ops.SchemaOp;

import java.util.Map;

/** Standalone sequences: created and altered before the tables, dropped after them. */
final class SequenceComparer implements Comparer {

    @Override
    public void compare(Comparison c) {
        Map<QualifiedName, Sequence> before = Comparison.byName(c.current, Schema::sequences, Sequence::name);
        Map<QualifiedName, Sequence> after = Comparison.byName(c.desired, Schema::sequences, Sequence::name);
        for (Map.Entry<QualifiedName, Sequence> entry : after.entrySet()) {
            Sequence old = before.get(entry.getKey());
            if (old == null) {
                c.add(Phase.SEQUENCES, new SchemaOp.CreateSequence(entry.getKey(), entry.getValue()));
            } else if (!old.equals(entry.getValue())) {
                c.add(Phase.SEQUENCES, new SchemaOp.AlterSequence(entry.getKey(), old, entry.getValue()));
            }
        }
        for (Map.Entry<QualifiedName, Sequence> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                c.add(Phase.DROP_SEQUENCES_AND_TYPES, new SchemaOp.DropSequence(entry.getKey(), entry.getValue()));
            }
        }
    }
}
