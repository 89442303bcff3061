package dev.migrate.schema.render;

import dev.migrate.schema.ops.SchemaOp;

import java.util.List;

/** Turns one operation into the statements of one dialect (without trailing semicolons), in order. */
public interface DdlRenderer {

    List<String> render(SchemaOp op);
}
