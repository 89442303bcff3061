package dev.migrate.api;

/** What kind of problem a {@link MigrateException} reports; tests and callers branch on it, users read the message. */
public enum ErrorKind {
    /** A setting is missing, malformed or conflicts with another. */
    CONFIGURATION,
    /** A revision file cannot be used: header, sections, quotes, encoding. */
    SCRIPT,
    /** The revision graph is broken: missing parent, duplicate id, cycle. */
    GRAPH,
    /** A target cannot be resolved: unknown, ambiguous, several heads, wrong direction. */
    TARGET,
    /** No dialect or driver for the URL. */
    UNSUPPORTED_DATABASE,
    /** The server cannot be reached or the database does not exist. */
    CONNECTION,
    /** The server refused the credentials. */
    AUTHENTICATION,
    /** The version tables say something migrate cannot work with. */
    DATABASE_STATE,
    /** A statement of a revision failed. */
    MIGRATION_FAILED,
    /** Another migrate held the migration lock for longer than {@code migrate.lockTimeout}. */
    LOCK_TIMEOUT,
    /** The file of an applied revision changed after it ran. */
    CHECKSUM_MISMATCH,
    /** A revision failed part-way (or its run was killed) earlier: repair it or resume it before anything else runs. */
    FAILED_STATE,
    /** migrate refused to start because the operation cannot complete (e.g. an irreversible revision in a downgrade). */
    REFUSED,
    /** Reading or writing files failed. */
    IO
}
