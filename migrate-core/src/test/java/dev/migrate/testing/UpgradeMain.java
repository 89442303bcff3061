package dev.migrate.testing;

import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.report.MigrationEvent;
import dev.migrate.report.MigrationListener;
import dev.migrate.report.UpgradeResult;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs one {@code upgrade} in a process of its own, for the concurrency and kill tests: prints what the listener
 * hears, then {@code RESULT ok <revisions applied>} or {@code RESULT <error kind> <first line>}, and exits with 0
 * (success), 2 (a {@link MigrateException}) or 1.
 *
 * <p>Arguments: url, user, password ({@code -} for none), migrations directory, lock timeout in milliseconds.
 */
public final class UpgradeMain {

    private UpgradeMain() {
    }

    public static void main(String[] args) {
        Migrator migrator = Migrator.configure()
                .url(args[0]).user(args[1]).password("-".equals(args[2]) ? null : args[2])
                .migrationsDirectory(Path.of(args[3]))
                .lockTimeout(Duration.ofMillis(Long.parseLong(args[4])))
                .listener(new PrintingListener())
                .build();
        try {
            UpgradeResult result = migrator.upgrade();
            System.out.println("RESULT ok " + result.migrations().size());
            System.out.flush();
            System.exit(0);
        } catch (MigrateException e) {
            System.out.println("RESULT " + e.kind() + " " + e.getMessage().lines().findFirst().orElse(""));
            System.out.flush();
            System.exit(2);
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
            System.out.println("RESULT crash " + e);
            System.out.flush();
            System.exit(1);
        }
    }

    private static final class PrintingListener implements MigrationListener {
        @Override
        public void event(MigrationEvent event) {
            if (event instanceof MigrationEvent.Started started) {
                System.out.println("STARTED " + started.revision().revision());
            } else if (event instanceof MigrationEvent.Finished finished) {
                System.out.println("FINISHED " + finished.revision().revision());
            }
            System.out.flush();
        }

        @Override
        public void info(String message) {
            System.out.println("INFO " + message);
            System.out.flush();
        }

        @Override
        public void warn(String message) {
            System.out.println("WARN " + message);
            System.out.flush();
        }
    }
}
