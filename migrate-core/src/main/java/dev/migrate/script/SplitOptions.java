package dev.migrate.script;

/**
 * What the statement splitter recognises, per dialect: a dialect is a set of flags, not a subclass. Each dialect
 * declares its own ({@code Dialect.splitOptions()}).
 *
 * @param dollarQuotes        {@code $$...$$} bodies (PostgreSQL, H2)
 * @param dollarQuoteTags     {@code $tag$...$tag$} bodies (PostgreSQL)
 * @param backslashStrings    {@code E'...'} strings with backslash escapes (PostgreSQL)
 * @param nestedBlockComments {@code /* /* *}{@code /  *}{@code /} nest (PostgreSQL, H2)
 * @param slashSlashComments  {@code //} starts a line comment (H2)
 * @param backtickIdentifiers {@code `name`} quotes an identifier (H2 in MySQL mode, MariaDB)
 * @param beginAtomic         SQL-standard {@code BEGIN ATOMIC ... END} bodies contain semicolons (PostgreSQL 14+)
 * @param clientScriptSyntax         the MySQL client's syntax (MariaDB, MySQL): {@code #} line comments, {@code --} a
 *                            comment only when a space follows, backslash escapes in every quoted string and
 *                            double-quoted strings, executable comments {@code /*! ... *}{@code /} kept as statement
 *                            text, and {@code DELIMITER xx} lines that change the statement terminator (for
 *                            procedure and trigger bodies)
 */
public record SplitOptions(boolean dollarQuotes, boolean dollarQuoteTags, boolean backslashStrings,
                           boolean nestedBlockComments, boolean slashSlashComments, boolean backtickIdentifiers,
                           boolean beginAtomic, boolean clientScriptSyntax) {

    /** Plain SQL: quotes, double-quoted identifiers and comments only. */
    public static final SplitOptions STANDARD = new SplitOptions(false, false, false, false, false, false, false,
            false);
}
