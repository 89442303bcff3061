package dev.migrate.connect;

/**
 * A database could not be reached, or its connection settings are wrong. The message is meant for users as it
 * stands (one line, passwords masked); the facade reports it with the {@link Problem} as its error kind.
 */
public final class ConnectionException extends RuntimeException {

    /** What kind of problem it is, so that callers can tell a retry from a fix. */
    public enum Problem {
        /** A setting is wrong (a URL no dialect reads, an unknown dialect name, a statement timeout unsupported). */
        CONFIGURATION,
        /** The database did not answer or refused the connection; trying again later may do. */
        UNREACHABLE,
        /** The server rejected the credentials. */
        AUTHENTICATION,
        /** No dialect or no JDBC driver handles the URL. */
        UNSUPPORTED_DATABASE
    }

    private final Problem problem;

    public ConnectionException(Problem problem, String message) {
        this(problem, message, null);
    }

    public ConnectionException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
