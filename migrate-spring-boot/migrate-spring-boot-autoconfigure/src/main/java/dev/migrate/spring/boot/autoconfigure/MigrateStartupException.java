package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.api.MigrateException;

/**
 * A runner could not do its work at start, so the application does not start. The cause is migrate's
 * {@link MigrateException}, whose message names the file and line (or the setting) and says what to do;
 * {@link MigrateFailureAnalyzer} puts it first in the start-up failure analysis.
 */
public class MigrateStartupException extends RuntimeException {

    private final String runner;
    private final String database;
    private final String what;

    /** @param what what the runner was doing, e.g. {@code upgrade DataSource 'dataSource' (jdbc:...) to head} */
    MigrateStartupException(String runner, String database, String what, MigrateException cause) {
        super("migrate could not " + what + ": " + cause.getMessage(), cause);
        this.runner = runner;
        this.database = database;
        this.what = what;
    }

    /** What the runner was doing: {@code upgrade DataSource 'dataSource' (jdbc:...) to head}. */
    public String what() {
        return what;
    }

    /** The runner's name. */
    public String runner() {
        return runner;
    }

    /** The database, password masked. */
    public String database() {
        return database;
    }

    @Override
    public synchronized MigrateException getCause() {
        return (MigrateException) super.getCause();
    }
}
