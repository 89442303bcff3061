package dev.migrate.cli;

import dev.migrate.api.Migrator;
import dev.migrate.report.MigrationResult;
import dev.migrate.report.OfflineSql;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Run downgrade sections down to a target. Refuses before touching the database when a "
                + "revision on the way has no downgrade section."})
final class DowngradeCommand extends ApplyCommand {

    @Parameters(index = "0", arity = "0..1", defaultValue = "-1", paramLabel = "<target>",
            description = "-1 (default), -N, <rev>-N, a revision id or unique prefix (it stays applied), "
                    + "<label>@-N, <label>@base, or base (undo everything).")
    String target;

    @Override
    String name() {
        return "downgrade";
    }

    @Override
    MigrationResult apply(Migrator migrator) {
        return migrator.downgrade(target);
    }

    @Override
    OfflineSql script(Migrator migrator, String from) {
        return migrator.downgradeSql(target, from);
    }

    @Override
    String done() {
        return "Downgraded";
    }
}
