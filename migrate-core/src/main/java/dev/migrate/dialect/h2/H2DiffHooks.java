package dev.migrate.dialect.h2;

import dev.migrate.schema.diff.DiffHooks;
import dev.migrate.schema.model.QualifiedName;

import java.util.regex.Pattern;

/**
 * H2's answers to the differ. The names H2 2.3 gives what a user did not name (seen on H2 2.3.232, in every
 * compatibility mode) are an upper-case hexadecimal number after a fixed prefix, with {@code _n} appended when that
 * name is taken:
 *
 * <ul>
 *   <li>constraints of every kind: {@code CONSTRAINT_8C}, {@code CONSTRAINT_42_0};</li>
 *   <li>indexes: {@code INDEX_4} (a {@code CREATE INDEX} without a name), and for the indexes that back
 *       constraints {@code PRIMARY_KEY_4}, {@code CONSTRAINT_INDEX_41} and {@code <CONSTRAINT>_INDEX_4} when the
 *       constraint has a name ({@code B_UQ_INDEX_4}).</li>
 * </ul>
 *
 * The last pattern also matches a user's index named like {@code ORDERS_INDEX_1}; the cost is only that such an
 * index is never renamed, it is still matched by definition.
 */
public final class H2DiffHooks implements DiffHooks {

    private static final String NUMBER = "_[0-9A-F]+(?:_[0-9]+)?";
    private static final Pattern CONSTRAINT = Pattern.compile("CONSTRAINT" + NUMBER);
    private static final Pattern INDEX = Pattern.compile("(?:PRIMARY_KEY|CONSTRAINT_INDEX|INDEX|.+_INDEX)" + NUMBER);

    @Override
    public boolean isGeneratedName(NamedKind kind, QualifiedName table, String name) {
        if (name == null) {
            return true;
        }
        return (kind == NamedKind.INDEX ? INDEX : CONSTRAINT).matcher(name).matches();
    }

    @Override
    public boolean supportsEnumTypes() {
        return false;
    }
}
