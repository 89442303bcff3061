package dev.migrate.spring.boot.autoconfigure.actuate;

import dev.migrate.api.MigrateException;
import dev.migrate.report.IntegrityProblem;
import dev.migrate.report.RevisionSummary;
import dev.migrate.report.StatusReport;
import dev.migrate.spring.boot.autoconfigure.MigrateRunner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The health of one runner's database, the same for Spring Boot 3.5's and 4.0's health API (the version-specific
 * indicators only translate it): UP when every revision is applied and none failed or changed; DOWN with the pending
 * revisions, the failed ones and the checksum mismatches, or with the error when the database cannot be asked.
 * Details never carry a password: the database is shown masked, and migrate's messages are scrubbed.
 *
 * @param up      whether the database is at its heads with no problem
 * @param details what the health endpoint shows
 */
public record MigrateHealth(boolean up, Map<String, Object> details) {

    /** Asks the database now ({@code Migrator.status()}: the revision headers and the version tables). */
    public static MigrateHealth of(MigrateRunner runner) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("database", runner.database());
        StatusReport status;
        try {
            status = runner.migrator().status();
        } catch (MigrateException e) {
            details.put("error", e.kind() + ": " + e.getMessage());
            return new MigrateHealth(false, details);
        }
        details.put("current", ids(status.current()));
        details.put("heads", ids(status.heads()));
        if (!status.pending().isEmpty()) {
            details.put("pending", revisions(status.pending()));
        }
        List<Map<String, Object>> failed = problems(status, IntegrityProblem.Kind.FAILED);
        if (!failed.isEmpty()) {
            details.put("failed", failed);
        }
        List<Map<String, Object>> changed = problems(status, IntegrityProblem.Kind.CHECKSUM);
        if (!changed.isEmpty()) {
            details.put("checksumMismatches", changed);
        }
        return new MigrateHealth(status.isUpToDate() && status.isHealthy(), details);
    }

    static List<String> ids(List<RevisionSummary> revisions) {
        return revisions.stream().map(RevisionSummary::revision).toList();
    }

    static List<Map<String, Object>> revisions(List<RevisionSummary> revisions) {
        return revisions.stream().map(revision -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("revision", revision.revision());
            entry.put("message", revision.message());
            entry.put("file", revision.location());
            return entry;
        }).toList();
    }

    /** The problems of {@code kind}, or all of them for null. */
    static List<Map<String, Object>> problems(StatusReport status, IntegrityProblem.Kind kind) {
        return status.problems().stream().filter(problem -> kind == null || problem.kind() == kind)
                .map(MigrateHealth::problem).toList();
    }

    private static Map<String, Object> problem(IntegrityProblem problem) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kind", problem.kind().word());
        entry.put("revision", problem.revision());
        entry.put("file", problem.location());
        entry.put("line", problem.line());
        entry.put("message", problem.message());
        return entry;
    }
}
