package dev.migrate.report;

import java.util.List;

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

    /**
     * Adds {@code revisions} to {@code lines} under a title: the first on the title's line, the others below it,
     * aligned; {@code none} when there are none.
     */
    static void addLabels(List<String> lines, String title, List<RevisionSummary> revisions, String none) {
        if (revisions.isEmpty()) {
            lines.add(title + none);
            return;
        }
        String pad = " ".repeat(title.length());
        for (int k = 0; k < revisions.size(); k++) {
            lines.add((k == 0 ? title : pad) + revisions.get(k).label());
        }
    }
}
