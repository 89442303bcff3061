package dev.migrate.dialect.h2;

import dev.migrate.schema.render.IdentifierStyle;

import java.util.Locale;
import java.util.Set;

/**
 * How H2 2.x writes identifiers: unquoted names fold to upper case, and its keywords must be quoted.
 *
 * <p>{@link #KEYWORDS} is every word H2 2.3 refuses as an unquoted table, column, constraint, index or schema name
 * (found by trying each word of SQL:2016 and of H2's grammar), plus the words H2's documentation lists as keywords
 * that are reserved only in some positions ({@code BOTH}, {@code GROUPS}, {@code ILIKE}, ...): quoting those costs
 * nothing and keeps a name safe wherever it appears.
 */
public final class H2Identifiers {

    /** Upper-case words that are quoted when used as names. */
    public static final Set<String> KEYWORDS = Set.of(
            "ALL", "AND", "ANY", "ARRAY", "AS", "ASYMMETRIC", "AUTHORIZATION", "BETWEEN", "BOTH", "CASE", "CAST",
            "CHECK", "CONSTRAINT", "CROSS", "CURRENT_CATALOG", "CURRENT_DATE", "CURRENT_PATH", "CURRENT_ROLE",
            "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DAY", "DEFAULT", "DISTINCT",
            "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR", "FOREIGN", "FROM", "FULL", "GROUP", "GROUPS",
            "HAVING", "HOUR", "IF", "ILIKE", "IN", "INNER", "INTERSECT", "INTERVAL", "IS", "JOIN", "KEY", "LEADING",
            "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP", "MINUS", "MINUTE", "MONTH", "NATURAL", "NOT",
            "NULL", "OFFSET", "ON", "OR", "ORDER", "OVER", "PARTITION", "PRIMARY", "QUALIFY", "RANGE", "REGEXP",
            "RIGHT", "ROW", "ROWNUM", "ROWS", "SECOND", "SELECT", "SESSION_USER", "SET", "SOME", "SYMMETRIC",
            "SYSTEM_USER", "TABLE", "TO", "TOP", "TRAILING", "TRUE", "UESCAPE", "UNION", "UNIQUE", "UNKNOWN", "USER",
            "USING", "VALUE", "VALUES", "WHEN", "WHERE", "WINDOW", "WITH", "YEAR", "_ROWID_");

    /** H2's identifier style: upper-case folding, {@link #KEYWORDS} quoted. */
    public static final IdentifierStyle STYLE = new IdentifierStyle(true, KEYWORDS);

    /** The style of a database opened with {@code DATABASE_TO_LOWER=TRUE}, which folds unquoted names to lower case. */
    public static final IdentifierStyle LOWER_CASE_STYLE = new IdentifierStyle(false, KEYWORDS);

    private H2Identifiers() {
    }

    /**
     * The style that matches a database whose current schema is {@code defaultSchema}. H2 does not say how a
     * database folds names, but its default schema shows it: {@code PUBLIC} normally, {@code public} with
     * {@code DATABASE_TO_LOWER=TRUE}. A schema name with lower-case letters only is taken for the latter.
     */
    public static IdentifierStyle forDefaultSchema(String defaultSchema) {
        boolean lowerCase = defaultSchema.equals(defaultSchema.toLowerCase(Locale.ROOT))
                && !defaultSchema.equals(defaultSchema.toUpperCase(Locale.ROOT));
        return lowerCase ? LOWER_CASE_STYLE : STYLE;
    }
}
