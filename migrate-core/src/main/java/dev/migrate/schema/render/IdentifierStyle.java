package dev.migrate.schema.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a dialect writes identifiers: unquoted and lower case when the database would fold them back to the stored
 * name, quoted otherwise (mixed case, special characters, reserved words).
 *
 * @param foldsToUpper  whether unquoted identifiers fold to upper case (H2) rather than lower case (PostgreSQL)
 * @param reservedWords upper-case words that must be quoted
 */
public record IdentifierStyle(boolean foldsToUpper, Set<String> reservedWords) {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public IdentifierStyle {
        reservedWords = Set.copyOf(reservedWords);
    }

    /** The identifier as it must appear in SQL to mean exactly {@code stored}. */
    public String quote(String stored) {
        String lower = stored.toLowerCase(Locale.ROOT);
        String folded = foldsToUpper ? stored.toUpperCase(Locale.ROOT) : lower;
        boolean plain = PLAIN.matcher(stored).matches() && stored.equals(folded)
                && !reservedWords.contains(stored.toUpperCase(Locale.ROOT));
        return plain ? lower : '"' + stored.replace("\"", "\"\"") + '"';
    }

    /** What the database stores for an identifier written as {@code written} (quoted or not). */
    public String fold(String written) {
        if (written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")) {
            return written.substring(1, written.length() - 1).replace("\"\"", "\"");
        }
        return foldsToUpper ? written.toUpperCase(Locale.ROOT) : written.toLowerCase(Locale.ROOT);
    }
}
