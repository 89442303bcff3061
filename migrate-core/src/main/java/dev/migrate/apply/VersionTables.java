package dev.migrate.apply;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names of migrate's two tables (Flyway's {@code table}, Liquibase's {@code databaseChangeLogTableName}): the
 * version table, one row per applied head, and the journal. Plain identifiers, folded as the database folds unquoted
 * names, so that users can query them without quotes.
 *
 * @param version the version table ({@code migrate.versionTable}), default {@value #DEFAULT_VERSION}
 * @param history the journal ({@code migrate.historyTable}), default {@value #DEFAULT_HISTORY}
 */
public record VersionTables(String version, String history) {

    /** Letters, digits and {@code _}, not starting with a digit, at most 63 (PostgreSQL's limit). */
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    public static final String DEFAULT_VERSION = "migrate_version";
    public static final String DEFAULT_HISTORY = "migrate_history";
    public static final VersionTables DEFAULTS = new VersionTables(DEFAULT_VERSION, DEFAULT_HISTORY);

    /**
     * @throws IllegalArgumentException naming the parameter, when a name is not a plain identifier or both are the
     *                                  same
     */
    public VersionTables {
        version = check(version, DEFAULT_VERSION, "migrate.versionTable");
        history = check(history, DEFAULT_HISTORY, "migrate.historyTable");
        if (version.equalsIgnoreCase(history)) {
            throw new IllegalArgumentException("migrate.versionTable and migrate.historyTable are both '" + version
                    + "'; the version table and the journal need different names");
        }
    }

    private static String check(String name, String fallback, String parameter) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        String stripped = name.strip();
        if (!PLAIN_IDENTIFIER.matcher(stripped).matches()) {
            throw new IllegalArgumentException(parameter + " = '" + name + "' is not a plain identifier; use letters, "
                    + "digits and '_' (at most 63, not starting with a digit), and migrate.schema for the schema");
        }
        return stripped;
    }

    /** Whether these are the names migrate uses unless told otherwise. */
    public boolean areDefaults() {
        return version.toLowerCase(Locale.ROOT).equals(DEFAULT_VERSION)
                && history.toLowerCase(Locale.ROOT).equals(DEFAULT_HISTORY);
    }
}
