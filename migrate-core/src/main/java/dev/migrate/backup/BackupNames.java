package dev.migrate.backup;

/**
 * The names of table copies: {@code <table>__<revision>}, shortened to fit the 63 characters every supported
 * database allows, and {@code _2}, {@code _3}, ... when that name is taken (a revision applied again after a
 * downgrade keeps its earlier copy).
 */
final class BackupNames {

    /** The longest identifier PostgreSQL keeps; MariaDB allows 64, H2 more. */
    static final int MAX_LENGTH = 63;

    private BackupNames() {
    }

    /**
     * The {@code n}th name for the copy of {@code table} made before {@code revision}: {@code <table>__<revision>}
     * for 1, then with {@code _n} appended.
     */
    static String candidate(String table, String revision, int n) {
        return fit(table, "__" + revision + (n == 1 ? "" : "_" + n));
    }

    private static String fit(String table, String suffix) {
        String clean = (table + suffix).replaceAll("[^A-Za-z0-9_$]", "_");
        if (clean.length() <= MAX_LENGTH) {
            return clean;
        }
        String tail = suffix.replaceAll("[^A-Za-z0-9_$]", "_");
        if (tail.length() >= MAX_LENGTH) {
            return tail.substring(tail.length() - MAX_LENGTH);
        }
        return clean.substring(0, MAX_LENGTH - tail.length()) + tail;
    }
}
