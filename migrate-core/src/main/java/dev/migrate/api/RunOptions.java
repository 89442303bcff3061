package dev.migrate.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How the writing goals guard the database: the migration lock, checksums, transactions, resuming a failed run, and
 * waiting for a database that is not up yet. Each setting is checked here, once, and named in the error.
 *
 * @param lockTimeout          how long to wait for the migration lock ({@code migrate.lockTimeout}); zero tries once
 * @param validateChecksums    whether an applied revision whose file changed stops upgrade and downgrade
 *                             ({@code migrate.validateChecksums})
 * @param transactionMode      one transaction per revision, or one for the whole run ({@code migrate.transactionMode})
 * @param resume               continue a failed revision after its completed statements ({@code migrate.resume})
 * @param connectRetries       how many times to try again when the database cannot be reached
 *                             ({@code migrate.connectRetries})
 * @param connectRetryInterval the pause before the first retry, doubling after each one up to
 *                             {@link #MAX_RETRY_PAUSE} ({@code migrate.connectRetryInterval})
 * @param allowDestructive     whether upgrade and downgrade may run sections whose lint finds data loss, or
 *                             cannot see what they do ({@code migrate.allowDestructive}); false refuses them before
 *                             anything is changed
 */
public record RunOptions(Duration lockTimeout, boolean validateChecksums, TransactionMode transactionMode,
                         boolean resume, int connectRetries, Duration connectRetryInterval, boolean allowDestructive) {

    /** The default wait for the lock. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);
    /** The longest pause between connection attempts, however many retries. */
    public static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(30);
    /**
     * 60 s lock timeout, checksums validated, a transaction per revision, no resume, no connection retries,
     * destructive revisions allowed.
     */
    public static final RunOptions DEFAULTS = new RunOptions(DEFAULT_LOCK_TIMEOUT, true,
            TransactionMode.PER_MIGRATION, false, 0, Duration.ofSeconds(1), true);

    public RunOptions {
        Objects.requireNonNull(transactionMode, "transactionMode");
        if (lockTimeout == null || lockTimeout.isNegative()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.lockTimeout = " + seconds(lockTimeout)
                    + " is negative; give the seconds to wait for the migration lock (0 tries once, default 60)");
        }
        if (connectRetries < 0) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.connectRetries = " + connectRetries
                    + " is negative; give how many times to retry a failed connection (0, the default, tries once)");
        }
        if (connectRetryInterval == null || connectRetryInterval.isNegative()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.connectRetryInterval = "
                    + seconds(connectRetryInterval) + " is negative; give the seconds to wait before the first retry "
                    + "(default 1; each later wait doubles, up to " + MAX_RETRY_PAUSE.toSeconds() + ")");
        }
    }

    private static String seconds(Duration duration) {
        if (duration == null) {
            return "(none)";
        }
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
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
