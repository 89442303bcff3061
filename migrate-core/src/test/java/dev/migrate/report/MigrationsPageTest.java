package dev.migrate.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Migrations" page's table: authors when known, failed and changed revisions marked, the last check. */
class MigrationsPageTest {

    private static HistoryEntry entry(String id, List<String> revises, boolean applied, boolean current, boolean head) {
        return new HistoryEntry(new RevisionSummary(id, "Revision " + id, "db/" + id + ".sql"), revises,
                "2026-11-21 10:00:00", applied, head, current, false, false, List.of(), List.of(), List.of());
    }

    private static final HistoryReport HISTORY = new HistoryReport("db", "jdbc:h2:mem:x", List.of(
            entry("c3", List.of("b2"), false, false, true),
            entry("b2", List.of("a1"), true, true, false),
            entry("a1", List.of(), true, false, false)));

    /** One row of the revisions table, from its id cell to the end of the row. */
    private static String row(String body, String id) {
        int start = body.indexOf("<tr><td class=\"id\">" + id + "</td>");
        return body.substring(start, body.indexOf("</tr>", start) + 5);
    }

    @Test
    void withoutExtrasThePageHasNoAuthorColumnsAndPlainStates() {
        String body = new MigrationsPage(HISTORY).body();

        assertThat(body).doesNotContain("<th>Author</th>", "Last check", "failed");
        assertThat(row(body, "b2")).isEqualTo("<tr><td class=\"id\">b2</td><td>Revision b2</td><td>2026-11-21 10:00:00"
                + "</td><td class=\"state\">applied, current</td><td class=\"id\">a1</td><td class=\"file\">db/b2.sql"
                + "</td></tr>");
    }

    @Test
    void authorsFailedAndChangedRevisionsAndTheLastCheck() {
        String body = new MigrationsPage(HISTORY)
                .withAuthors(Map.of("a1", new RevisionAuthor("Ada <Lovelace>", "2026-11-21T10:05:00+00:00")))
                .withProblems(List.of(
                        new IntegrityProblem(IntegrityProblem.Kind.CHECKSUM, "a1", "db/a1.sql", 3, "changed"),
                        new IntegrityProblem(IntegrityProblem.Kind.FAILED, "b2", "db/b2.sql", 7, "failed")))
                .withLastCheck(new CheckReport(null, List.of(CheckResult.passed("graph", "", List.of(), 1))),
                        "2026-12-03T17:00:00Z")
                .body();

        assertThat(body).contains("<th>Created</th><th>Author</th><th>Committed</th><th>State</th>");
        assertThat(row(body, "a1")).isEqualTo("<tr><td class=\"id\">a1</td><td>Revision a1</td><td>2026-11-21 10:00:00"
                + "</td><td class=\"author\">Ada &lt;Lovelace&gt;</td><td class=\"committed\">2026-11-21T10:05:00+00:00"
                + "</td><td class=\"state changed\" style=\"color:#e65100;font-weight:bold\">applied; file changed "
                + "since applied</td><td class=\"id\"></td><td class=\"file\">db/a1.sql</td></tr>");
        assertThat(row(body, "b2")).contains("<td class=\"author\"></td><td class=\"committed\"></td>",
                "<td class=\"state failed\" style=\"color:#b71c1c;font-weight:bold\">failed: partly applied or in "
                        + "doubt, see migrate:status</td>");
        assertThat(body).contains("<h3>Last check</h3>\n<p>Passed, written 2026-12-03T17:00:00Z.</p>\n",
                "<tr><td>graph</td><td class=\"passed\" style=\"color:#1b5e20\">passed</td><td></td></tr>");
    }
}
