package dev.migrate.apply;

/**
 * The database's version tables say something migrate cannot work with: a revision the files do not have, a table
 * of another format, rows changed by someone else while migrating.
 */
public final class DatabaseStateException extends RuntimeException {

    public DatabaseStateException(String message) {
        super(message);
    }

    public DatabaseStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
