package dev.migrate.api;

import dev.migrate.report.MigrationEvent;
import dev.migrate.report.MigrationListener;

/**
 * The default listener of the Java API: everything goes to {@link System.Logger} {@code dev.migrate}, so
 * applications route it to their logging framework without migrate depending on one.
 */
final class SystemLoggerListener implements MigrationListener {

    private final System.Logger logger = System.getLogger("dev.migrate");

    @Override
    public void event(MigrationEvent event) {
        if (event instanceof MigrationEvent.Started started) {
            logger.log(System.Logger.Level.INFO, "{0} {1}/{2} {3}", capitalised(started.direction()), started.index(),
                    started.total(), started.revision().label());
        } else if (event instanceof MigrationEvent.Finished finished) {
            logger.log(System.Logger.Level.INFO, "{0} {1} {2}", capitalised(finished.direction()),
                    finished.revision().revision(), finished.describe());
        } else if (event instanceof MigrationEvent.StillRunning still) {
            logger.log(System.Logger.Level.INFO, still.describe());
        } else if (event instanceof MigrationEvent.Failed failed) {
            logger.log(System.Logger.Level.ERROR, "{0} {1} failed at line {2}: {3}", capitalised(failed.direction()),
                    failed.revision().revision(), failed.line(), failed.error());
        }
    }

    @Override
    public void info(String message) {
        logger.log(System.Logger.Level.INFO, message);
    }

    @Override
    public void warn(String message) {
        logger.log(System.Logger.Level.WARNING, message);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
