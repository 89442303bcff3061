package dev.migrate.schema.diff;

import dev.migrate.schema.ops.SchemaOp;

import java.util.List;

/**
 * What a diff found.
 *
 * @param ops      the operations that turn the current schema into the desired one, in an order that applies
 * @param warnings things a reviewer should look at (possible renames, objects not compared)
 */
public record DiffResult(List<SchemaOp> ops, List<String> warnings) {

    public DiffResult {
        ops = List.copyOf(ops);
        warnings = List.copyOf(warnings);
    }

    public boolean isEmpty() {
        return ops.isEmpty();
    }
}
