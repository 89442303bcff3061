package dev.migrate.graph;

/** Which way a migration step moves the database. */
public enum Direction {
    UPGRADE,
    DOWNGRADE;

    /** The lower-case word used in logs, reports and the journal. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
