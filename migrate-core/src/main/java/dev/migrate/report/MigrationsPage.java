package dev.migrate.report;

import java.util.List;

/**
 * The "Migrations" page of a project site: the revision graph as a picture ({@link HistoryPicture}), then a table of
 * every revision (id, message, date, state, file), then the pending revisions. {@link #body()} is the HTML fragment a
 * site renderer puts inside its own page; {@link #document()} is a page on its own.
 */
public final class MigrationsPage {

    private final HistoryReport history;

    public MigrationsPage(HistoryReport history) {
        this.history = history;
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
        html.append("<h3>Revisions</h3>\n<table class=\"revisions\">\n<tr><th>Revision</th><th>Message</th>"
                + "<th>Created</th><th>State</th><th>Revises</th><th>File</th></tr>\n");
        for (HistoryEntry entry : entries) {
            html.append("<tr><td class=\"id\">").append(escape(entry.revision().revision()))
                    .append(entry.branchLabels().isEmpty() ? "" : " (" + escape(String.join(", ", entry.branchLabels()))
                            + ")")
                    .append("</td><td>").append(escape(entry.revision().message()))
                    .append("</td><td>").append(escape(entry.createDate() == null ? "" : entry.createDate()))
                    .append("</td><td>").append(stateOf(entry))
                    .append("</td><td class=\"id\">").append(escape(String.join(", ", entry.revises())))
                    .append("</td><td class=\"file\">").append(escape(entry.revision().location()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
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

    private String stateOf(HistoryEntry entry) {
        String state = entry.applied() ? "applied" : history.database() == null ? "not checked" : "pending";
        return entry.current() ? state + ", current" : state;
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
