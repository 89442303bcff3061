package dev.migrate.maven;

import dev.migrate.report.MigrationEvent;
import dev.migrate.report.MigrationListener;
import org.apache.maven.plugin.logging.Log;

/** Prints migrate's progress to the build log: one line when a revision starts, one when it ends. */
final class MavenListener implements MigrationListener {

    private final Log log;

    MavenListener(Log log) {
        this.log = log;
    }

    @Override
    public void event(MigrationEvent event) {
        if (event instanceof MigrationEvent.Started started) {
            log.info(capitalised(started.direction()) + " " + started.index() + "/" + started.total() + ": "
                    + started.revision().label() + "  [" + started.revision().location() + "]");
        } else if (event instanceof MigrationEvent.Finished finished) {
            log.info("  " + finished.describe());
        } else if (event instanceof MigrationEvent.StillRunning still) {
            log.info("  " + still.describe());
        } else if (event instanceof MigrationEvent.Failed failed) {
            log.error("  failed at line " + failed.line() + ": " + failed.error().lines().findFirst().orElse("")
                    + (failed.rolledBack() ? " (rolled back)" : " (NOT rolled back)"));
        }
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    private static String capitalised(String word) {
        return word.equals("upgrade") ? "Upgrading" : word.equals("downgrade") ? "Downgrading"
                : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
