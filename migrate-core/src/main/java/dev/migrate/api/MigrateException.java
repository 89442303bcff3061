package dev.migrate.api;

/**
 * Everything the facade throws on purpose. The message is meant for users: it names the file and line or the
 * setting, and says what to do. It never contains a password.
 */
public class MigrateException extends RuntimeException {

    private final ErrorKind kind;

    public MigrateException(ErrorKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public MigrateException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
