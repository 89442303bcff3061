package dev.migrate.report;

import java.util.List;

/** What an upgrade or a downgrade did: values, not log lines. */
public sealed interface MigrationResult permits UpgradeResult, DowngradeResult {

    /** The target as given. */
    String target();

    /** The version rows before. */
    List<String> headsBefore();

    /** The version rows after. */
    List<String> headsAfter();

    /** The revisions that ran, in order. */
    List<AppliedMigration> migrations();

    /** Wall time of the whole operation. */
    long durationMillis();

    default boolean nothingToDo() {
        return migrations().isEmpty();
    }
}
