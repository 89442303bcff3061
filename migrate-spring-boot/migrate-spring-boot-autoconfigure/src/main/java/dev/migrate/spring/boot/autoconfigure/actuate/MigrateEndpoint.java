package dev.migrate.spring.boot.autoconfigure.actuate;

import dev.migrate.api.MigrateException;
import dev.migrate.report.JournalReport;
import dev.migrate.report.StatusReport;
import dev.migrate.spring.boot.autoconfigure.MigrateRunner;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /actuator/migrate}, read-only, like Flyway's {@code /actuator/flyway}: for each runner, the database, its
 * current revisions, the heads, what is pending, the problems, and the latest journal rows. Changes nothing.
 */
@Endpoint(id = "migrate")
public class MigrateEndpoint {

    private final List<MigrateRunner> runners;

    public MigrateEndpoint(List<MigrateRunner> runners) {
        this.runners = List.copyOf(runners);
    }

    @ReadOperation
    public MigrateDescriptor migrations() {
        Map<String, DataSourceDescriptor> dataSources = new LinkedHashMap<>();
        for (MigrateRunner runner : runners) {
            dataSources.put(runner.name(), describe(runner));
        }
        return new MigrateDescriptor(dataSources);
    }

    private static DataSourceDescriptor describe(MigrateRunner runner) {
        try {
            StatusReport status = runner.migrator().status();
            List<JournalRow> journal = runner.migrator().journal(runner.journalLimit()).entries().stream()
                    .map(JournalRow::of).toList();
            return new DataSourceDescriptor(runner.database(), runner.target(), runner.locations(),
                    status.isUpToDate() && status.isHealthy(), MigrateHealth.ids(status.current()),
                    MigrateHealth.ids(status.heads()), MigrateHealth.revisions(status.pending()),
                    MigrateHealth.problems(status, null), status.warnings(), journal, null);
        } catch (MigrateException e) {
            return new DataSourceDescriptor(runner.database(), runner.target(), runner.locations(), false, List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), e.kind() + ": " + e.getMessage());
        }
    }

    /** The endpoint's answer: one entry per runner, by name. */
    public record MigrateDescriptor(Map<String, DataSourceDescriptor> dataSources) {
    }

    /**
     * One runner's database.
     *
     * @param upToDate whether every revision is applied and none failed or changed (what health reports as UP)
     * @param error    why the database could not be asked, or null
     */
    public record DataSourceDescriptor(String database, String target, List<String> locations, boolean upToDate,
                                       List<String> current, List<String> heads, List<Map<String, Object>> pending,
                                       List<Map<String, Object>> problems, List<String> warnings,
                                       List<JournalRow> journal, String error) {
    }

    /** A journal row, newest first; {@code startedAt} in ISO-8601 (UTC). */
    public record JournalRow(long id, String revision, String direction, String message, String state,
                             String checksum, String appliedBy, String dbUser, String startedAt, Long durationMillis,
                             int statementsTotal, int statementsDone, Integer errorLine, String errorMessage,
                             String toolVersion) {

        static JournalRow of(JournalReport.Entry entry) {
            return new JournalRow(entry.id(), entry.revision(), entry.direction(), entry.message(), entry.state(),
                    entry.checksum(), entry.appliedBy(), entry.dbUser(),
                    entry.startedAt() == null ? null : entry.startedAt().toString(), entry.durationMillis(),
                    entry.statementsTotal(), entry.statementsDone(), entry.errorLine(), entry.errorMessage(),
                    entry.toolVersion());
        }
    }
}
