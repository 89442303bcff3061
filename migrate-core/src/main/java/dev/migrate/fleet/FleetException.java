package dev.migrate.fleet;

/** Bad fleet input: the message names the setting (and line), and says what to do. */
public final class FleetException extends RuntimeException {

    public FleetException(String message) {
        super(message);
    }
}
