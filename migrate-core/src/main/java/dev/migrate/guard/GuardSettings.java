package dev.migrate.guard;

import dev.migrate.apply.VersionTables;
import dev.migrate.placeholder.Placeholders;

import java.time.Duration;

/**
 * What the guards are told by the configuration.
 *
 * @param schema            the configured schema ({@code migrate.schema}, unfolded), or null for the connection's
 * @param tables            the names of the version table and the journal
 * @param placeholders      the values {@code ${name}} in revision SQL is replaced with (to read what a run ran)
 * @param builtIns          the built-in placeholders' values
 * @param lockTimeout       how long to wait for the migration lock, and for what other sessions still do
 * @param validateChecksums whether an applied revision whose file changed stops upgrade and downgrade
 * @param resume            what to do with a revision in a failed state
 * @param oneTransaction    whether the whole run is one transaction ({@code migrate.transactionMode = all})
 * @param allowDestructive  whether sections that lose data (or may) may run
 */
public record GuardSettings(String schema, VersionTables tables, Placeholders placeholders,
                            Placeholders.BuiltIns builtIns, Duration lockTimeout, boolean validateChecksums, Resume resume,
                            boolean oneTransaction, boolean allowDestructive) {
}
