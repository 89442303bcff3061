package dev.migrate.connect;

import java.time.Duration;

/**
 * How patiently connections are opened: each attempt bounded, and tried again while the database cannot be reached.
 *
 * @param connectTimeout       how long one attempt to connect and log in may take ({@code migrate.connectTimeout});
 *                             zero waits without limit
 * @param busyPatience         how long to keep trying while the dialect says the database is busy for a moment
 *                             (another process opening a file it shares)
 * @param connectRetries       how many times to try again when the database cannot be reached
 *                             ({@code migrate.connectRetries})
 * @param connectRetryInterval the pause before the first retry, doubling after each one up to
 *                             {@link #MAX_RETRY_PAUSE} ({@code migrate.connectRetryInterval})
 * @param statementTimeout     how long one statement may run before the database cancels it; zero: never
 * @param waitForDatabase      how long to keep trying, however many attempts that takes, while the database cannot
 *                             be reached ({@code migrate.waitForDatabase}, a container starting before its database);
 *                             zero: as {@code connectRetries} says
 */
public record ConnectPolicy(Duration connectTimeout, Duration busyPatience, int connectRetries,
                            Duration connectRetryInterval, Duration statementTimeout, Duration waitForDatabase) {

    /** The longest pause between attempts while waiting for the database: it is noticed soon after it is up. */
    public static final Duration MAX_WAIT_PAUSE = Duration.ofSeconds(2);

    public ConnectPolicy {
        waitForDatabase = waitForDatabase == null ? Duration.ZERO : waitForDatabase;
    }

    /** Whether attempts go on until {@link #waitForDatabase} has passed rather than for a number of retries. */
    public boolean waits() {
        return !waitForDatabase.isZero();
    }

    /** The longest pause between connection attempts, however many retries. */
    public static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(30);

    /**
     * The longest the connection attempts can take together: each attempt at most {@link #connectTimeout()} (and
     * the moment the bound is enforced), and the pauses between them; null when an attempt may wait without limit.
     */
    public Duration budget() {
        if (connectTimeout.isZero()) {
            return null;
        }
        Duration total = connectTimeout.plus(Connector.TIMEOUT_GRACE).multipliedBy(connectRetries + 1L);
        for (int retry = 1; retry <= connectRetries; retry++) {
            total = total.plus(retryPause(retry));
        }
        return total;
    }

    /** The pause before retry number {@code retry} (1-based). */
    public Duration retryPause(int retry) {
        Duration pause = connectRetryInterval;
        for (int k = 1; k < retry && pause.compareTo(MAX_RETRY_PAUSE) < 0; k++) {
            pause = pause.multipliedBy(2);
        }
        Duration cap = connectRetryInterval.compareTo(MAX_RETRY_PAUSE) > 0 ? connectRetryInterval : MAX_RETRY_PAUSE;
        return pause.compareTo(cap) > 0 ? cap : pause;
    }
}
