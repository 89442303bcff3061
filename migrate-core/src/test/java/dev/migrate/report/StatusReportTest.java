package dev.migrate.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusReportTest {

    private static RevisionSummary revision(String id) {
        return new RevisionSummary(id, "Message " + id, "db/migrations/" + id + ".sql");
    }

    private static StatusReport report(List<RevisionSummary> current, List<RevisionSummary> pending) {
        return new StatusReport("jdbc:h2:mem:x", "POM", "h2", "db/migrations", 4, current,
                List.of(revision("d4")), pending, List.of());
    }

    @Test
    void propertiesOfAFreshDatabase() {
        assertThat(report(List.of(), List.of(revision("a1"), revision("b2"))).properties()).containsExactly(
                Map.entry("migrate.current", "base"), Map.entry("migrate.pending", "2"),
                Map.entry("migrate.pendingRevisions", "a1,b2"), Map.entry("migrate.upToDate", "false"));
    }

    @Test
    void propertiesOfTwoBranchesUpToDate() {
        assertThat(report(List.of(revision("x1"), revision("y1")), List.of()).properties()).containsExactly(
                Map.entry("migrate.current", "x1,y1"), Map.entry("migrate.pending", "0"),
                Map.entry("migrate.pendingRevisions", ""), Map.entry("migrate.upToDate", "true"));
    }
}
