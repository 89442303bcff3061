package dev.migrate.script;

/**
 * One SQL statement from a revision file, without its terminating semicolon.
 *
 * @param sql     the statement text; comments inside it are kept, leading comments and white space are not
 * @param line    the 1-based line of the file where the statement starts
 * @param endLine the line where it ends
 */
public record SqlStatement(String sql, int line, int endLine) implements SqlFragment {

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
