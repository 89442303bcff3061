package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.report.MigrationEvent;
import dev.migrate.report.MigrationListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * migrate's progress in the application's log, through Spring's logging (logger {@code dev.migrate}); with several
 * runners, each line names its DataSource.
 */
final class LoggingListener implements MigrationListener {

    private static final Log LOG = LogFactory.getLog("dev.migrate");

    private final String prefix;

    LoggingListener(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void event(MigrationEvent event) {
        if (event instanceof MigrationEvent.Started started) {
            LOG.info(prefix + capitalised(started.direction()) + " " + started.index() + "/" + started.total() + " "
                    + started.revision().label());
        } else if (event instanceof MigrationEvent.Finished finished) {
            LOG.info(prefix + capitalised(finished.direction()) + " " + finished.revision().revision() + " "
                    + finished.describe());
        } else if (event instanceof MigrationEvent.StillRunning still) {
            LOG.info(prefix + still.describe());
        } else if (event instanceof MigrationEvent.Failed failed) {
            LOG.error(prefix + capitalised(failed.direction()) + " " + failed.revision().revision() + " failed at line "
                    + failed.line() + ": " + failed.error());
        }
    }

    @Override
    public void info(String message) {
        LOG.info(prefix + message);
    }

    @Override
    public void warn(String message) {
        LOG.warn(prefix + message);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
