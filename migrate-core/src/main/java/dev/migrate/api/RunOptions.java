package dev.migrate.api;

import dev.migrate.backup.BackupSettings;
import dev.migrate.connect.ConnectPolicy;
import dev.migrate.connect.Connector;

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
 * @param resume               whether to continue a failed or interrupted revision, and what was decided about the
 *                             statement where its run stopped ({@code migrate.resume})
 * @param connectRetries       how many times to try again when the database cannot be reached
 *                             ({@code migrate.connectRetries})
 * @param connectRetryInterval the pause before the first retry, doubling after each one up to
 *                             {@link #MAX_RETRY_PAUSE} ({@code migrate.connectRetryInterval})
 * @param allowDestructive     whether upgrade and downgrade may run sections whose lint finds data loss, or
 *                             cannot see what they do ({@code migrate.allowDestructive}); false refuses them before
 *                             anything is changed
 * @param connectTimeout       how long one attempt to connect and log in may take before it counts as failed, so
 *                             that a server which accepts the connection and never answers cannot hang a goal
 *                             ({@code migrate.connectTimeout}); zero waits without limit
 * @param statementTimeout     how long one statement may run before the database cancels it
 *                             ({@code migrate.statementTimeout}); zero, the default, never cuts a statement off
 * @param backup               what to back up before sections that can lose data run ({@code migrate.backup},
 *                             {@code migrate.backupDirectory}); none by default
 * @param waitForDatabase      how long to keep trying while the database cannot be reached, however many attempts
 *                             that takes ({@code migrate.waitForDatabase}); zero, the default, leaves it to
 *                             {@code connectRetries}
 */
public record RunOptions(Duration lockTimeout, boolean validateChecksums, TransactionMode transactionMode,
                         ResumeMode resume, int connectRetries, Duration connectRetryInterval, boolean allowDestructive,
                         Duration connectTimeout, Duration statementTimeout, BackupSettings backup,
                         Duration waitForDatabase) {

    /** The default wait for the lock. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);
    /** The longest pause between connection attempts, however many retries. */
    public static final Duration MAX_RETRY_PAUSE = ConnectPolicy.MAX_RETRY_PAUSE;
    /** The default bound on one attempt to connect and log in. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Connector.DEFAULT_CONNECT_TIMEOUT;
    /**
     * 60 s lock timeout, checksums validated, a transaction per revision, no resume, no connection retries,
     * destructive revisions allowed, 10 s to connect, statements never cut off.
     */
    public static final RunOptions DEFAULTS = new RunOptions(DEFAULT_LOCK_TIMEOUT, true,
            TransactionMode.PER_MIGRATION, ResumeMode.OFF, 0, Duration.ofSeconds(1), true, DEFAULT_CONNECT_TIMEOUT,
            Duration.ZERO, BackupSettings.NONE, Duration.ZERO);

    /** Without backups. */
    public RunOptions(Duration lockTimeout, boolean validateChecksums, TransactionMode transactionMode,
                      ResumeMode resume, int connectRetries, Duration connectRetryInterval, boolean allowDestructive,
                      Duration connectTimeout, Duration statementTimeout) {
        this(lockTimeout, validateChecksums, transactionMode, resume, connectRetries, connectRetryInterval,
                allowDestructive, connectTimeout, statementTimeout, BackupSettings.NONE, Duration.ZERO);
    }

    public RunOptions {
        backup = backup == null ? BackupSettings.NONE : backup;
        waitForDatabase = waitForDatabase == null ? Duration.ZERO : waitForDatabase;
        if (waitForDatabase.isNegative()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.waitForDatabase = "
                    + seconds(waitForDatabase) + " is negative; give how long to wait for the database to accept "
                    + "connections (e.g. 60 s), or leave it unset");
        }
        Objects.requireNonNull(transactionMode, "transactionMode");
        resume = resume == null ? ResumeMode.OFF : resume;
        if (connectTimeout == null || connectTimeout.isNegative()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.connectTimeout = " + seconds(connectTimeout)
                    + " is negative; give the seconds one attempt to connect may take (default "
                    + DEFAULT_CONNECT_TIMEOUT.toSeconds() + "; 0 waits without limit)");
        }
        statementTimeout = statementTimeout == null ? Duration.ZERO : statementTimeout;
        if (statementTimeout.isNegative()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.statementTimeout = "
                    + seconds(statementTimeout) + " is negative; give the seconds a statement may run before the "
                    + "database cancels it, or leave it unset (statements are then never cut off)");
        }
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

    /**
     * The longest the connection attempts can take together: each attempt at most {@link #connectTimeout()} (and
     * the moment the bound is enforced), and the pauses between them; null when an attempt may wait without limit.
     */
    public Duration connectBudget() {
        return connectPolicy().budget();
    }

    /** The pause before retry number {@code retry} (1-based). */
    public Duration retryPause(int retry) {
        return connectPolicy().retryPause(retry);
    }

    /**
     * How connections are opened: each attempt bounded, retried while unreachable, and tried again while the
     * database is busy for up to the longer of the lock and connect timeouts.
     */
    public ConnectPolicy connectPolicy() {
        Duration busy = lockTimeout.compareTo(connectTimeout) > 0 ? lockTimeout : connectTimeout;
        return new ConnectPolicy(connectTimeout, busy, connectRetries, connectRetryInterval, statementTimeout,
                waitForDatabase);
    }
}
