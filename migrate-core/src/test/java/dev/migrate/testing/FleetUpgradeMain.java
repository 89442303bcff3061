package dev.migrate.testing;

import dev.migrate.api.FleetRequest;
import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.report.FleetReport;
import dev.migrate.report.MigrationListener;

import java.nio.file.Path;

/**
 * Runs one fleet upgrade in a process of its own, for the kill test: prints the fleet's progress lines, then
 * {@code RESULT ok <migrated> <failed>} or {@code RESULT <error kind> <first line>}.
 *
 * <p>Arguments: url, user, password ({@code -} for none), migrations directory, schema pattern, parallelism.
 */
public final class FleetUpgradeMain {

    private FleetUpgradeMain() {
    }

    public static void main(String[] args) {
        Migrator migrator = Migrator.configure()
                .url(args[0]).user(args[1]).password("-".equals(args[2]) ? null : args[2])
                .migrationsDirectory(Path.of(args[3]))
                .listener(new MigrationListener() {
                    @Override
                    public void info(String message) {
                        System.out.println(message);
                        System.out.flush();
                    }

                    @Override
                    public void warn(String message) {
                        info(message);
                    }
                })
                .build();
        try {
            FleetReport report = migrator.fleetUpgrade(FleetRequest.schemas(args[4])
                    .withParallelism(Integer.parseInt(args[5])), "head");
            System.out.println("RESULT ok " + report.counts());
            System.out.flush();
            System.exit(0);
        } catch (MigrateException e) {
            System.out.println("RESULT " + e.kind() + " " + e.getMessage().lines().findFirst().orElse(""));
            System.out.flush();
            System.exit(2);
        }
    }
}
