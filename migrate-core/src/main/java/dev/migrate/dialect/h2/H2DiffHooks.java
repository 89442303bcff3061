package dev.migrate.dialect.h2;

import dev.migrate.schema.diff.DiffHooks;
import dev.migrate.schema.model.QualifiedName;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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
    private static final Pattern WHERE = Pattern.compile("(\\s*)WHERE (.*)");
    private static final Pattern INDEX = Pattern.compile("(?:PRIMARY_KEY|CONSTRAINT_INDEX|INDEX|.+_INDEX)" + NUMBER);

    @Override
    public boolean isGeneratedName(NamedKind kind, QualifiedName table, String name) {
        if (name == null) {
            return true;
        }
        return (kind == NamedKind.INDEX ? INDEX : CONSTRAINT).matcher(name).matches();
    }

    /**
     * H2 numbers the names it generates from a counter, so they differ between databases: what migrate creates gets
     * PostgreSQL-style names instead ({@code ORDERS_PKEY}, {@code ORDERS_CUSTOMER_ID_FKEY}, {@code ORDERS_SKU_KEY},
     * {@code ORDERS_CHECK_1A2B3C4D} with a hash of the condition), so that a downgrade can drop them by name.
     */
    @Override
    public String createdName(NamedKind kind, QualifiedName table, List<String> columns, String definition,
                              String name) {
        String base = table.name() + (columns.isEmpty() ? "" : "_" + String.join("_", columns));
        String named = switch (kind) {
            case PRIMARY_KEY -> table.name() + "_PKEY";
            case UNIQUE -> base + "_KEY";
            case FOREIGN_KEY -> base + "_FKEY";
            case INDEX -> base + "_IDX";
            case CHECK -> table.name() + "_CHECK_" + String.format("%08X", definition.hashCode());
        };
        return named.toUpperCase(Locale.ROOT);
    }

    /**
     * H2 prints a view's query with its {@code WHERE} conditions one per line ({@code WHERE (a)} then
     * {@code AND (b)}), and flips the order of join conditions each time the view is created again from its own
     * text. For comparison, each block of such conditions is sorted.
     */
    @Override
    public String normalizeExpression(String expression) {
        if (expression.indexOf('\n') < 0) {
            return expression;
        }
        List<String> lines = new ArrayList<>(List.of(expression.split("\n", -1)));
        for (int k = 0; k < lines.size(); k++) {
            Matcher where = WHERE.matcher(lines.get(k));
            if (!where.matches()) {
                continue;
            }
            String indent = where.group(1);
            List<String> conditions = new ArrayList<>();
            conditions.add(where.group(2));
            int end = k + 1;
            while (end < lines.size() && lines.get(end).startsWith(indent + "    AND ")) {
                conditions.add(lines.get(end).substring((indent + "    AND ").length()));
                end++;
            }
            Collections.sort(conditions);
            lines.set(k, indent + "WHERE " + conditions.get(0));
            for (int c = 1; c < conditions.size(); c++) {
                lines.set(k + c, indent + "    AND " + conditions.get(c));
            }
            k = end - 1;
        }
        return String.join("\n", lines);
    }
}
