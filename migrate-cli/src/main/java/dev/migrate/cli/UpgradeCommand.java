package dev.migrate.cli;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.FleetRequest;
import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.report.MigrationResult;
import dev.migrate.report.OfflineSql;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.Map;
import java.util.Optional;

@Command(name = "upgrade", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Apply pending revisions up to a target, each in its own transaction, under the migration "
                + "lock. Refuses to start while a revision is in a failed state or an applied file changed."})
final class UpgradeCommand extends ApplyCommand {

    @Parameters(index = "0", arity = "0..1", defaultValue = "head", paramLabel = "<target>",
            description = "head (default), heads (every branch), a revision id or unique prefix, a branch label, "
                    + "<label>@head, +N or <rev>+N.")
    String target;

    @Mixin
    FleetOptions fleetOptions;

    @Override
    String name() {
        return "upgrade";
    }

    @Override
    Integer fleet(Map<Setting, String> own) {
        Optional<FleetRequest> request = fleetOptions.request(this);
        if (request.isEmpty()) {
            return null;
        }
        if (sql) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "--sql writes the script of one database, and a "
                    + "fleet is given; write it for one target (--schema or --url) without the fleet options");
        }
        return fleetOptions.report(this, fleetOptions.migrator(this, own).fleetUpgrade(request.get(), target));
    }

    @Override
    MigrationResult apply(Migrator migrator) {
        return migrator.upgrade(target);
    }

    @Override
    OfflineSql script(Migrator migrator, String from) {
        return migrator.upgradeSql(target, from);
    }

    @Override
    String done() {
        return "Upgraded";
    }
}
