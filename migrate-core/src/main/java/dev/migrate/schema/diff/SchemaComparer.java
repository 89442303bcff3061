package dev.migrate.schema.diff;

import dev.migrate.schema.ops.SchemaOp;

/** Schemas (namespaces): created first, dropped last. */
final class SchemaComparer implements Comparer {

    @Override
    public void compare(Comparison c) {
        for (String schema : c.desiredSchemas) {
            if (!c.currentSchemas.contains(schema)) {
                c.add(Phase.CREATE_SCHEMAS, new SchemaOp.CreateSchema(schema));
            }
        }
        for (String schema : c.currentSchemas) {
            if (!c.desiredSchemas.contains(schema)) {
                c.add(Phase.DROP_SCHEMAS, new SchemaOp.DropSchema(schema));
            }
        }
    }
}
