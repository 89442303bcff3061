package dev.migrate.autogenerate;

/**
 * The model cannot be used as configured: nothing configured, or a file that is not there. The message names the
 * setting and says what to do; the facade reports it as a configuration problem.
 */
public final class ModelException extends RuntimeException {

    public ModelException(String message) {
        super(message);
    }
}
