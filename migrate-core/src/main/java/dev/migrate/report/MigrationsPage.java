package dev.migrate.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The "Migrations" page of a project site: the revision graph as a picture ({@link HistoryPicture}), then a table of
 * every revision (id, message, date, author and commit date when known, state, file), the results of the last
 * {@code check} when there are any, and the pending revisions. Revisions in a failed state or whose applied file
 * changed are marked and coloured. {@link #body()} is the HTML fragment a site renderer puts inside its own page;
 * {@link #document()} is a page on its own. Colours are inline styles, so that they survive a site skin.
 */
public final class MigrationsPage {

    private static final String RED = "color:#b71c1c;font-weight:bold";
    private static final String AMBER = "color:#e65100;font-weight:bold";
    private static final String GREEN = "color:#1b5e20";
    private static final String GREY = "color:#616161";

    private final HistoryReport history;
    private final Map<String, RevisionAuthor> authors;
    private final List<IntegrityProblem> problems;
    private final CheckReport lastCheck;
    private final String lastCheckWhen;

    public MigrationsPage(HistoryReport history) {
        this(history, Map.of(), List.of(), null, null);
    }

    private MigrationsPage(HistoryReport history, Map<String, RevisionAuthor> authors, List<IntegrityProblem> problems,
                           CheckReport lastCheck, String lastCheckWhen) {
        this.history = Objects.requireNonNull(history, "history");
        this.authors = Map.copyOf(authors);
        this.problems = List.copyOf(problems);
        this.lastCheck = lastCheck;
        this.lastCheckWhen = lastCheckWhen;
    }

    /** The page with each revision's author and commit date (keyed by revision id); none known: no such columns. */
    public MigrationsPage withAuthors(Map<String, RevisionAuthor> byRevision) {
        return new MigrationsPage(history, byRevision, problems, lastCheck, lastCheckWhen);
    }

    /** The page with the database's problems: failed (partly applied) revisions and changed files are marked. */
    public MigrationsPage withProblems(List<IntegrityProblem> integrityProblems) {
        return new MigrationsPage(history, authors, integrityProblems, lastCheck, lastCheckWhen);
    }

    /** The page with the last {@code check}'s results, and when they were written (shown as given). */
    public MigrationsPage withLastCheck(CheckReport report, String when) {
        return new MigrationsPage(history, authors, problems, report, when);
    }

    /** The page's title. */
    public static String title() {
        return "Migrations";
    }

    /** The page as a standalone HTML document. */
    public String document() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>" + title()
                + "</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #cfd8dc;padding:2px 8px;text-align:left}"
                + "td.id,td.file{font-family:monospace}</style>\n</head>\n<body>\n<h1>" + title() + "</h1>\n" + body()
                + "</body>\n</html>\n";
    }

    /** The page's content, without {@code html}, {@code head} and {@code body}. */
    public String body() {
        List<HistoryEntry> entries = history.entries();
        List<HistoryEntry> pending = entries.stream().filter(e -> !e.applied()).toList();
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(escape(entries.size() + (entries.size() == 1 ? " revision" : " revisions")
                + " in " + history.migrations())).append(history.database() == null
                ? "; no database was asked.</p>\n"
                : escape("; database " + history.database() + ": " + state(entries, pending)) + ".</p>\n");
        html.append("<h3>Revision graph</h3>\n<div class=\"revision-graph\">\n")
                .append(HistoryPicture.svg(history)).append("</div>\n");
        boolean withAuthors = !authors.isEmpty();
        html.append("<h3>Revisions</h3>\n<table class=\"revisions\">\n<tr><th>Revision</th><th>Message</th>"
                + "<th>Created</th>" + (withAuthors ? "<th>Author</th><th>Committed</th>" : "")
                + "<th>State</th><th>Revises</th><th>File</th></tr>\n");
        for (HistoryEntry entry : entries) {
            html.append("<tr><td class=\"id\">").append(escape(entry.revision().revision()))
                    .append(entry.branchLabels().isEmpty() ? "" : " (" + escape(String.join(", ", entry.branchLabels()))
                            + ")")
                    .append("</td><td>").append(escape(entry.revision().message()))
                    .append("</td><td>").append(escape(entry.createDate() == null ? "" : entry.createDate()));
            if (withAuthors) {
                RevisionAuthor author = authors.get(entry.revision().revision());
                html.append("</td><td class=\"author\">").append(author == null ? "" : escape(author.author()))
                        .append("</td><td class=\"committed\">").append(author == null ? "" : escape(author.date()));
            }
            html.append("</td>").append(stateCell(entry)).append("<td class=\"id\">")
                    .append(escape(String.join(", ", entry.revises())))
                    .append("</td><td class=\"file\">").append(escape(entry.revision().location()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (lastCheck != null) {
            lastCheck(html);
        }
        if (history.database() != null) {
            html.append("<h3>Pending</h3>\n");
            if (pending.isEmpty()) {
                html.append("<p>None: the database is up to date.</p>\n");
            } else {
                html.append("<ol class=\"pending\">\n");
                // Newest first in the history; an upgrade applies the oldest first.
                for (int k = pending.size() - 1; k >= 0; k--) {
                    html.append("<li>").append(escape(pending.get(k).revision().label())).append("</li>\n");
                }
                html.append("</ol>\n");
            }
        }
        return html.toString();
    }

    private static String state(List<HistoryEntry> entries, List<HistoryEntry> pending) {
        List<String> current = entries.stream().filter(HistoryEntry::current).map(e -> e.revision().revision()).toList();
        return "at " + (current.isEmpty() ? "base" : String.join(", ", current)) + ", "
                + (pending.isEmpty() ? "up to date" : pending.size() + " pending");
    }

    /** The state column: failed and changed revisions marked and coloured. */
    private String stateCell(HistoryEntry entry) {
        String state = entry.applied() ? "applied" : history.database() == null ? "not checked" : "pending";
        state = entry.current() ? state + ", current" : state;
        String revision = entry.revision().revision();
        boolean failed = problems.stream().anyMatch(p -> p.kind() == IntegrityProblem.Kind.FAILED
                && revision.equals(p.revision()));
        boolean changed = problems.stream().anyMatch(p -> p.kind() == IntegrityProblem.Kind.CHECKSUM
                && revision.equals(p.revision()));
        if (failed) {
            return "<td class=\"state failed\" style=\"" + RED + "\">failed: partly applied or in doubt, see "
                    + "migrate:status</td>";
        }
        if (changed) {
            return "<td class=\"state changed\" style=\"" + AMBER + "\">" + escape(state)
                    + "; file changed since applied</td>";
        }
        return "<td class=\"state\">" + escape(state) + "</td>";
    }

    /** The last check's results: one row per check, coloured by outcome. */
    private void lastCheck(StringBuilder html) {
        html.append("<h3>Last check</h3>\n<p>").append(escape((lastCheck.passed() ? "Passed" : "Failed")
                + (lastCheckWhen == null ? "" : ", written " + lastCheckWhen) + ".")).append("</p>\n");
        html.append("<table class=\"checks\">\n<tr><th>Check</th><th>Outcome</th><th>Summary</th></tr>\n");
        for (CheckResult result : lastCheck.results()) {
            String outcome = result.outcome().name().toLowerCase(java.util.Locale.ROOT);
            String style = switch (result.outcome()) {
                case PASSED -> GREEN;
                case FAILED -> RED;
                case SKIPPED -> GREY;
            };
            html.append("<tr><td>").append(escape(result.name())).append("</td><td class=\"").append(outcome)
                    .append("\" style=\"").append(style).append("\">").append(outcome).append("</td><td>")
                    .append(escape(result.summary() == null ? "" : result.summary())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** Text for HTML content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
