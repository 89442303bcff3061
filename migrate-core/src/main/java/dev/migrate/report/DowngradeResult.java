package dev.migrate.report;

import java.util.List;

/** What a downgrade did. */
public record DowngradeResult(String target, List<String> headsBefore, List<String> headsAfter,
                              List<AppliedMigration> migrations, long durationMillis) implements MigrationResult {

    public DowngradeResult {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
        migrations = List.copyOf(migrations);
    }
}
