package dev.migrate.schema.render;

import dev.migrate.schema.ops.SchemaOp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the operations of a diff into the text of an upgrade section and a downgrade section. The downgrade is the
 * reversed list of reversed operations. Every statement that can destroy data gets a comment above it that says
 * what it destroys.
 */
public final class MigrationScriptRenderer {

    private final DdlRenderer renderer;

    public MigrationScriptRenderer(DdlRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The two sections' SQL.
     *
     * @param upgrade   statements under {@code -- migrate:upgrade}
     * @param downgrade statements under {@code -- migrate:downgrade}
     */
    public record Sections(String upgrade, String downgrade) {
    }

    public Sections render(List<SchemaOp> ops) {
        return new Sections(section(ops), section(reverse(ops)));
    }

    /** The operations that undo {@code ops}: each reversed, in reverse order. */
    public static List<SchemaOp> reverse(List<SchemaOp> ops) {
        List<SchemaOp> reversed = new ArrayList<>(ops.size());
        for (int k = ops.size() - 1; k >= 0; k--) {
            reversed.add(ops.get(k).reverse());
        }
        return reversed;
    }

    /** The statements of {@code ops} as SQL text, one blank line between operations. */
    public String section(List<SchemaOp> ops) {
        StringBuilder out = new StringBuilder();
        for (SchemaOp op : ops) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            Optional<String> loss = op.dataLoss();
            loss.ifPresent(why -> out.append("-- DATA LOSS: ").append(why).append('\n'));
            for (String statement : renderer.render(op)) {
                out.append(renderer.scriptStatement(statement)).append('\n');
            }
        }
        return out.toString();
    }
}
