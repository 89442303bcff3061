package dev.migrate.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed target expression, as given to upgrade, downgrade and later stamp and history:
 * {@code head}, {@code heads}, {@code base}, {@code current}, a revision id, unique prefix or branch label,
 * {@code +N}, {@code -N}, {@code <rev>+N}, {@code <rev>-N}, {@code <label>@head}, {@code <label>@base},
 * {@code <label>@+N}, {@code <label>@-N}.
 *
 * @param text     the expression as the user wrote it, for messages
 * @param label    the branch label before {@code @}, or null
 * @param anchor   what the expression starts from: a {@link Anchor} keyword or a reference; null for {@code +N}/{@code -N}
 * @param relative the signed step count, 0 when absent
 */
public record Target(String text, String label, String anchor, int relative) {

    private static final Pattern SYNTAX =
            Pattern.compile("(?:(?<label>[A-Za-z0-9_]+)@)?(?<anchor>[A-Za-z0-9_]+)?(?<relative>[+-]\\d{1,6})?");

    /** Keywords an anchor may be. */
    public static final class Anchor {
        public static final String HEAD = "head";
        public static final String HEADS = "heads";
        public static final String BASE = "base";
        public static final String CURRENT = "current";

        private Anchor() {
        }
    }

    /** Parses {@code text}; throws {@link GraphException.InvalidTarget} naming the accepted forms. */
    public static Target parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Matcher m = SYNTAX.matcher(trimmed);
        if (trimmed.isEmpty() || !m.matches() || (m.group("anchor") == null && m.group("relative") == null)) {
            throw new GraphException.InvalidTarget(trimmed,
                    "not a target; use head, heads, base, a revision id or prefix, +N, -N, <rev>+N, <rev>-N, "
                            + "<label>@head, <label>@base or <label>@+N");
        }
        String label = m.group("label");
        String anchor = m.group("anchor");
        String relativeText = m.group("relative");
        int relative = relativeText == null ? 0 : Integer.parseInt(relativeText);
        if (relativeText != null && relative == 0) {
            throw new GraphException.InvalidTarget(trimmed, "a relative step must not be zero");
        }
        if (label != null && anchor != null && relative != 0) {
            throw new GraphException.InvalidTarget(trimmed, "use either <label>@<revision> or <label>@+N, not both");
        }
        return new Target(trimmed, label, anchor, relative);
    }

    public boolean isKeyword(String keyword) {
        return keyword.equals(anchor) && relative == 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
