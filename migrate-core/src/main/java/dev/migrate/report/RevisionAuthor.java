package dev.migrate.report;

/**
 * Who added a revision's file to version control, and when, for the "Migrations" page.
 *
 * @param author the commit's author name
 * @param date   the commit's author date, ISO-8601 as version control gives it
 */
public record RevisionAuthor(String author, String date) {
}
