package dev.migrate.report;

/**
 * A revision as reports show it.
 *
 * @param revision the id
 * @param message  the first header line
 * @param location the file
 */
public record RevisionSummary(String revision, String message, String location) {

    /** {@code 3f2a9c1d7b4e (Add users table)}. */
    public String label() {
        return message == null || message.isEmpty() ? revision : revision + " (" + message + ")";
    }
}
