package dev.migrate.schema.diff;

import dev.migrate.schema.diff.DiffHooks.NamedKind;
import dev.migrate.schema.model.Index;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.ops.SchemaOp;

import java.util.List;

/**
 * A table's indexes (those that back no constraint), compared by uniqueness, keys (expressions normalised), method,
 * condition, included columns and storage parameters.
 */
final class IndexComparer implements Comparer {

    @Override
    public void compareTable(Comparison c, QualifiedName name, Table from, Table to) {
        new NamedMatch<Index>(NamedKind.INDEX, Index::name, index -> definition(c, index))
                .match(c, name, from.indexes(), to.indexes(),
                        index -> c.add(Phase.DROP_CONSTRAINTS, new SchemaOp.DropIndex(name, index)),
                        index -> c.add(Phase.ADD_CONSTRAINTS, new SchemaOp.CreateIndex(name, c.judge.created(name,
                                index))));
    }

    private static Object definition(Comparison c, Index index) {
        return List.of(index.unique(), index.keys().stream()
                        .map(k -> k.isExpression() ? k.withExpression(c.judge.norm(k.expression())) : k).toList(),
                String.valueOf(index.method()), String.valueOf(c.judge.norm(index.predicate())), index.include(),
                index.storage());
    }
}
