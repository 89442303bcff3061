package dev.migrate.script;

/**
 * One SQL statement from a revision file, without its terminating semicolon.
 *
 * @param sql     the statement text; comments inside it are kept, leading comments and white space are not
 * @param line    the 1-based line of the file where the statement starts
 * @param endLine the line where it ends
 */
public record SqlStatement(String sql, int line, int endLine) implements SqlFragment {

    private static final java.util.Set<String> DATA_KEYWORDS = java.util.Set.of("INSERT", "UPDATE", "DELETE", "MERGE",
            "SELECT", "VALUES", "WITH");

    /**
     * Whether the statement only reads or changes rows (INSERT, UPDATE, DELETE, MERGE, SELECT, WITH): what a
     * rollback undoes on every database, unlike DDL on H2.
     */
    public boolean changesDataOnly() {
        String text = sql.stripLeading();
        while (true) {
            if (text.startsWith("--")) {
                int end = text.indexOf('\n');
                text = end < 0 ? "" : text.substring(end + 1).stripLeading();
            } else if (text.startsWith("/*")) {
                int end = text.indexOf("*/");
                text = end < 0 ? "" : text.substring(end + 2).stripLeading();
            } else if (text.startsWith("(")) {
                text = text.substring(1).stripLeading();
            } else {
                break;
            }
        }
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return DATA_KEYWORDS.contains(text.substring(0, end).toUpperCase(java.util.Locale.ROOT));
    }

    /** The first line of the statement, shortened for messages. */
    public String summary() {
        String first = sql.strip();
        int newline = first.indexOf('\n');
        if (newline >= 0) {
            first = first.substring(0, newline).strip() + " ...";
        }
        return first.length() > 120 ? first.substring(0, 117) + "..." : first;
    }
}
