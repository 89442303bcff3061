package dev.migrate.schema.render;

import dev.migrate.schema.ops.SchemaOp;

import java.util.List;

/** Turns one operation into the statements of one dialect (without trailing semicolons), in order. */
public interface DdlRenderer {

    List<String> render(SchemaOp op);

    /**
     * One rendered statement as a migration script holds it, terminator included: by default followed by a
     * semicolon; a dialect whose client splits at every semicolon wraps a statement that holds some (a trigger or
     * routine body) in what keeps it whole, e.g. a {@code DELIMITER} block.
     */
    default String scriptStatement(String sql) {
        return sql + ";";
    }
}
