package dev.migrate.backup;

/** A backup that could not be made: the run stops before any revision runs. */
public final class BackupException extends Exception {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
