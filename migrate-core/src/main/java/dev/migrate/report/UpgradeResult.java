package dev.migrate.report;

import java.util.List;

/** What an upgrade did. */
public record UpgradeResult(String target, List<String> headsBefore, List<String> headsAfter,
                            List<AppliedMigration> migrations, long durationMillis) implements MigrationResult {

    public UpgradeResult {
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
        migrations = List.copyOf(migrations);
    }
}
