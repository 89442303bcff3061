package dev.migrate.apply;

import dev.migrate.report.AppliedMigration;

import java.util.List;

/**
 * A statement of a revision failed. The message names the file and line, the statement and the database's message,
 * and says what state the database was left in.
 */
public final class MigrationFailedException extends RuntimeException {

    private final String revision;
    private final String location;
    private final int line;
    private final String sqlState;
    private final boolean rolledBack;
    private final int statementsDone;
    private final List<AppliedMigration> completed;

    MigrationFailedException(String message, String revision, String location, int line, String sqlState,
                             boolean rolledBack, int statementsDone, List<AppliedMigration> completed,
                             Throwable cause) {
        super(message, cause);
        this.revision = revision;
        this.location = location;
        this.line = line;
        this.sqlState = sqlState;
        this.rolledBack = rolledBack;
        this.statementsDone = statementsDone;
        this.completed = List.copyOf(completed);
    }

    public String revision() {
        return revision;
    }

    public String location() {
        return location;
    }

    public int line() {
        return line;
    }

    public String sqlState() {
        return sqlState;
    }

    /** Whether nothing of the failed revision remains in the database. */
    public boolean rolledBack() {
        return rolledBack;
    }

    /** Statements of the failed revision that completed before the failure. */
    public int statementsDone() {
        return statementsDone;
    }

    /** The revisions that ran successfully before this one; they stay applied. */
    public List<AppliedMigration> completed() {
        return completed;
    }
}
