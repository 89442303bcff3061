package dev.migrate.api;

import dev.migrate.report.FleetReport;
import dev.migrate.report.FleetStatusReport;
import dev.migrate.report.FleetTargetResult;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.RecordingListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fleet of tenant schemas on one PostgreSQL database. CI runs {@value #DEFAULT_TENANTS} tenants; the 200
 * (or more) with {@code -Dmigrate.fleetTenants=200}.
 */
@ExtendWith(PostgresExtension.class)
class PostgresFleetTest {

    static final int DEFAULT_TENANTS = 50;
    static final int TENANTS = Integer.getInteger("migrate.fleetTenants", DEFAULT_TENANTS);

    @TempDir
    Path directory;

    private PostgresDatabase database;
    private MigrationFiles files;
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void tenants(PostgresDatabase database) throws SQLException {
        this.database = database;
        database.reset();
        List<String> ddl = new ArrayList<>();
        for (int i = 1; i <= TENANTS; i++) {
            ddl.add("CREATE SCHEMA " + tenant(i));
        }
        ddl.add("CREATE SCHEMA other");
        database.execute(ddl.toArray(String[]::new));
        files = new MigrationFiles(directory.resolve("migrations"));
        files.add("a1", null, "Accounts", "CREATE TABLE account (id int PRIMARY KEY, name text);", "DROP TABLE account;");
        files.add("b2", "a1", "Invoices", "CREATE TABLE invoice (id int PRIMARY KEY, account int REFERENCES account);",
                "DROP TABLE invoice;");
        files.add("c3", "b2", "Ledger", "CREATE TABLE ledger (id int PRIMARY KEY);\nINSERT INTO ledger VALUES (1);",
                "DROP TABLE ledger;");
    }

    static String tenant(int i) {
        return String.format("tenant_%03d", i);
    }

    private Migrator migrator() {
        return Migrator.configure().url(database.url()).user(database.user()).password(database.password())
                .migrationsDirectory(files.directory()).listener(listener).build();
    }

    private FleetRequest tenants() {
        return FleetRequest.schemas("tenant_%").withParallelism(4);
    }

    @Test
    void upgradesEveryTenantSchemaOnceWithItsOwnVersionTables() throws SQLException {
        FleetReport report = migrator().fleetUpgrade(tenants(), "head");

        assertThat(report.passed()).isTrue();
        assertThat(report.results()).hasSize(TENANTS)
                .allSatisfy(r -> {
                    assertThat(r.outcome()).isEqualTo(FleetTargetResult.Outcome.MIGRATED);
                    assertThat(r.to()).containsExactly("c3");
                    assertThat(r.applied()).isEqualTo(3);
                });
        assertThat(database.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'ledger'"))
                .containsExactly(List.of((long) TENANTS));
        assertThat(database.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'other'"))
                .containsExactly(List.of(0L));
        assertThat(database.query("SELECT revision FROM tenant_001.migrate_version")).containsExactly(List.of("c3"));
        assertThat(report.toText().get(0)).startsWith("Fleet upgrade to head: " + TENANTS + " target(s)");
        assertThat(report.toJson()).startsWith("{\n  \"formatVersion\": 1,").contains("\"migrated\": " + TENANTS);
        assertThat(report.toJUnitXml()).contains("tests=\"" + TENANTS + "\"", "failures=\"0\"",
                "<testcase classname=\"migrate.fleet.upgrade\" name=\"tenant_001\"");

        FleetReport again = migrator().fleetUpgrade(tenants(), "head");
        assertThat(again.results()).allSatisfy(r -> assertThat(r.outcome())
                .isEqualTo(FleetTargetResult.Outcome.UP_TO_DATE));
    }

    @Test
    void statusShowsAHistogramOfTargetsPerRevision() throws SQLException {
        migrator().fleetUpgrade(FleetRequest.schemas("tenant_00%").withParallelism(2), "head");
        migrator().fleetUpgrade(FleetRequest.schemas("tenant_01%").withParallelism(2), "a1");

        FleetStatusReport status = migrator().fleetStatus(tenants());

        Map<String, Integer> histogram = status.histogram();
        assertThat(histogram).containsEntry("c3", 9).containsEntry("a1", 10).containsEntry("<base>", TENANTS - 19);
        assertThat(status.isUpToDate()).isFalse();
        assertThat(String.join("\n", status.toText())).contains("Fleet status: " + TENANTS + " target(s), 9 at the heads");
        assertThat(status.toJson()).contains("\"histogram\"");
    }

    @Test
    void failingTenantsStopTheRolloutPastMaxFailuresAndResumeDoesWhatIsLeft() throws SQLException {
        // Three tenants already have a ledger: c3 fails there.
        database.execute("CREATE TABLE tenant_005.ledger (x int)", "CREATE TABLE tenant_006.ledger (x int)",
                "CREATE TABLE tenant_040.ledger (x int)");

        FleetReport report = migrator().fleetUpgrade(tenants().withParallelism(1).withRollout(0, "1"), "head");

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).extracting(FleetTargetResult::target).containsExactly("tenant_005", "tenant_006");
        FleetTargetResult failed = report.failures().get(0);
        assertThat(failed.errorKind()).isEqualTo("MIGRATION_FAILED");
        assertThat(failed.where()).matches(".*_ledger\\.sql:\\d+");
        assertThat(failed.to()).containsExactly("b2");
        assertThat(report.stoppedBecause()).contains("migrate.maxFailures = 1");
        assertThat(report.counts().get(FleetTargetResult.Outcome.NOT_STARTED)).isEqualTo(TENANTS - 6);
        assertThat(String.join("\n", report.toText())).contains("FAILED tenant_005", "not started");
        assertThat(report.toJUnitXml()).contains("failures=\"2\"", "<skipped message=\"not started: more than 1");

        // Fix the tenants, run again: only what is left runs, nothing twice.
        database.execute("DROP TABLE tenant_005.ledger", "DROP TABLE tenant_006.ledger",
                "DROP TABLE tenant_040.ledger");
        FleetReport resumed = migrator().fleetUpgrade(tenants().withRollout(0, "0"), "head");
        assertThat(resumed.passed()).isTrue();
        Map<FleetTargetResult.Outcome, Integer> counts = resumed.counts();
        assertThat(counts.get(FleetTargetResult.Outcome.UP_TO_DATE)).isEqualTo(4);
        assertThat(counts.get(FleetTargetResult.Outcome.MIGRATED)).isEqualTo(TENANTS - 4);
        assertThat(resumed.results().stream().filter(r -> r.target().equals("tenant_005")).findFirst().orElseThrow()
                .applied()).isEqualTo(1);
        assertThat(database.query("SELECT count(*) FROM tenant_005.migrate_history WHERE revision = 'c3' "
                + "AND success")).containsExactly(List.of(1L));
        assertThat(database.query("SELECT count(*) FROM tenant_007.migrate_history WHERE success"))
                .containsExactly(List.of(3L));
    }

    @Test
    void aFailingCanaryStopsTheFleet() throws SQLException {
        database.execute("CREATE TABLE tenant_002.ledger (x int)");

        FleetReport report = migrator().fleetUpgrade(tenants().withRollout(3, "10%"), "head");

        assertThat(report.failures()).extracting(FleetTargetResult::target).containsExactly("tenant_002");
        assertThat(report.results().subList(0, 3)).extracting(FleetTargetResult::outcome).containsExactly(
                FleetTargetResult.Outcome.MIGRATED, FleetTargetResult.Outcome.FAILED,
                FleetTargetResult.Outcome.MIGRATED);
        assertThat(report.results().subList(3, TENANTS)).allSatisfy(r -> assertThat(r.outcome())
                .isEqualTo(FleetTargetResult.Outcome.NOT_STARTED));
        assertThat(report.stoppedBecause()).contains("canary");
        assertThat(database.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'account'"))
                .containsExactly(List.of(3L));
    }

    @Test
    void threeShardsCoverTheFleetExactlyOnce() {
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int i = 1; i <= 3; i++) {
            FleetReport shard = migrator().fleetUpgrade(tenants().withShard(i + "/3"), "head");
            assertThat(shard.passed()).isTrue();
            assertThat(shard.shard()).isEqualTo(i + "/3");
            total += shard.results().size();
            seen.addAll(shard.results().stream().map(FleetTargetResult::target).collect(Collectors.toSet()));
            assertThat(shard.results()).allSatisfy(r -> assertThat(r.outcome())
                    .isEqualTo(FleetTargetResult.Outcome.MIGRATED));
        }
        assertThat(total).isEqualTo(TENANTS);
        assertThat(seen).hasSize(TENANTS);
        // Re-running a shard is idempotent.
        assertThat(migrator().fleetUpgrade(tenants().withShard("2/3"), "head").results())
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(FleetTargetResult.Outcome.UP_TO_DATE));
    }

    @Test
    void twoFleetRunsAtOnceMigrateEachTargetOnce() throws Exception {
        List<FleetReport> reports = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread other = new Thread(() -> reports.add(migrator().fleetUpgrade(tenants(), "head")));
        other.start();
        reports.add(migrator().fleetUpgrade(tenants(), "head"));
        other.join();

        assertThat(reports).hasSize(2).allSatisfy(r -> assertThat(r.passed()).isTrue());
        int applied = reports.stream().flatMap(r -> r.results().stream()).mapToInt(FleetTargetResult::applied).sum();
        assertThat(applied).isEqualTo(3 * TENANTS);
        assertThat(database.query("SELECT count(*) FROM tenant_001.migrate_version")).containsExactly(List.of(1L));
    }
}
