package dev.migrate.lint;

/**
 * One thing the lint found in a statement.
 *
 * @param code      a stable code, e.g. {@code MG101}, to silence it with {@code -- migrate:lint-ignore MG101}
 * @param category  what kind of risk it is
 * @param revision  the revision
 * @param location  the file
 * @param line      the statement's line in the file
 * @param statement the statement's first line, for the report
 * @param reason    one line: what can go wrong
 * @param fix       one line: what to do instead
 * @param table     the table whose rows or values it loses, as written in the statement (maybe qualified or
 *                  quoted), for a backup to copy first; null when the finding names no single table
 */
public record Finding(String code, Category category, String revision, String location, int line, String statement,
                      String reason, String fix, String table) {

    /** A finding about no single table. */
    public Finding(String code, Category category, String revision, String location, int line, String statement,
                   String reason, String fix) {
        this(code, category, revision, location, line, statement, reason, fix, null);
    }

    /** The kinds of risk, from worst to mildest. */
    public enum Category {
        /** Rows or values can be lost. */
        DATA_LOSS,
        /** The statement holds locks that block the application, or fails on a table with rows. */
        LOCKING,
        /** The revision cannot be undone. */
        IRREVERSIBLE,
        /**
         * The lint cannot see what the statement does (a {@code DO} block, {@code EXECUTE}, {@code CALL}, a Java
         * migration), so it may lose data.
         */
        OPAQUE
    }

    /** Data loss counts as an error; locking hazards, irreversibility and opaque statements as warnings. */
    public boolean isError() {
        return category == Category.DATA_LOSS;
    }

    /**
     * Whether the statement loses data, or may: what {@code migrate.allowDestructive=false} refuses. A statement the
     * lint cannot see into is not known to be safe.
     */
    public boolean mayLoseData() {
        return category == Category.DATA_LOSS || category == Category.OPAQUE;
    }

    /** {@code MG101 file:12 reason (fix: ...)}. */
    @Override
    public String toString() {
        return code + " " + location + ":" + line + " " + reason + " Fix: " + fix;
    }
}
