package dev.migrate.examples.bookshop;

import dev.migrate.report.AppliedMigration;
import dev.migrate.report.UpgradeResult;

import java.util.ArrayList;
import java.util.List;

/** What a start-up upgrade did, as log lines made from the result's values. */
final class UpgradeSummary {

    private UpgradeSummary() {
    }

    static List<String> lines(UpgradeResult result) {
        List<String> lines = new ArrayList<>();
        if (result.migrations().isEmpty()) {
            lines.add("Database is up to date at " + revisions(result.headsAfter()) + "; nothing to apply");
            return lines;
        }
        int count = result.migrations().size();
        lines.add("Migrated the database from " + revisions(result.headsBefore()) + " to "
                + revisions(result.headsAfter()) + ": " + count + (count == 1 ? " revision" : " revisions") + " in "
                + result.durationMillis() + " ms");
        for (AppliedMigration migration : result.migrations()) {
            lines.add("  applied " + migration.revision().label() + " in " + migration.durationMillis() + " ms");
        }
        return lines;
    }

    /** Heads as the log shows them; none means an empty database. */
    private static String revisions(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
