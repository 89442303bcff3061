package dev.migrate.guard;

import java.time.Duration;

/**
 * What the guards are told by the configuration.
 *
 * @param schema            the configured schema ({@code migrate.schema}, unfolded), or null for the connection's
 * @param lockTimeout       how long to wait for the migration lock, and for what other sessions still do
 * @param validateChecksums whether an applied revision whose file changed stops upgrade and downgrade
 * @param resume            what to do with a revision in a failed state
 * @param oneTransaction    whether the whole run is one transaction ({@code migrate.transactionMode = all})
 * @param allowDestructive  whether sections that lose data (or may) may run
 */
public record GuardSettings(String schema, Duration lockTimeout, boolean validateChecksums, Resume resume,
                            boolean oneTransaction, boolean allowDestructive) {
}
