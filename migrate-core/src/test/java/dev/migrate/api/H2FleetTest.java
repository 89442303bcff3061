package dev.migrate.api;

import dev.migrate.report.FleetReport;
import dev.migrate.report.FleetStatusReport;
import dev.migrate.report.FleetTargetResult;
import dev.migrate.testing.H2Memory;
import dev.migrate.testing.MigrationFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A fleet of H2 schemas: upper-case names found by a lower-case pattern, a half-applied revision (H2's DDL is not
 * transactional) reported with the single database's repair/resume guidance, and bad input refused before anything
 * runs.
 */
class H2FleetTest {

    @TempDir
    Path directory;

    private H2Memory database;
    private MigrationFiles files;

    @BeforeEach
    void tenants() throws Exception {
        database = new H2Memory("fleet");
        database.execute("CREATE SCHEMA tenant_a", "CREATE SCHEMA tenant_b", "CREATE SCHEMA tenant_c",
                "CREATE SCHEMA other");
        files = new MigrationFiles(directory.resolve("migrations"));
        files.add("h1", null, "Users", "CREATE TABLE users (id INT PRIMARY KEY);", "DROP TABLE users;");
        files.add("h2", "h1", "Roles", "CREATE TABLE roles (id INT PRIMARY KEY);\nCREATE TABLE grants (id INT);",
                "DROP TABLE grants;\nDROP TABLE roles;");
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private Migrator migrator(boolean resume) {
        return Migrator.configure().url(database.url()).user("sa").password("")
                .migrationsDirectory(files.directory()).resume(resume).build();
    }

    @Test
    void upgradesEverySchemaAndReportsAHalfAppliedTenantWithTheResumeGuidance() throws Exception {
        database.execute("CREATE TABLE tenant_b.grants (legacy INT)");

        FleetReport report = migrator(false).fleetUpgrade(FleetRequest.schemas("tenant_%").withRollout(0, "1"), "head");

        assertThat(report.results()).extracting(FleetTargetResult::target, FleetTargetResult::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TENANT_A", FleetTargetResult.Outcome.MIGRATED),
                org.assertj.core.groups.Tuple.tuple("TENANT_B", FleetTargetResult.Outcome.FAILED),
                org.assertj.core.groups.Tuple.tuple("TENANT_C", FleetTargetResult.Outcome.MIGRATED));
        FleetTargetResult b = report.failures().get(0);
        assertThat(b.where()).endsWith("_roles.sql:9");
        assertThat(database.query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'OTHER'"))
                .containsExactly(List.of(0L));

        // The next run meets the failed state, as a single database would, and says how to go on.
        database.execute("DROP TABLE tenant_b.grants");
        FleetReport blocked = migrator(false).fleetUpgrade(FleetRequest.schemas("tenant_%"), "head");
        assertThat(blocked.failures()).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("TENANT_B");
            assertThat(f.errorKind()).isEqualTo("FAILED_STATE");
            assertThat(f.failure()).contains("resume");
        });
        FleetReport resumed = migrator(true).fleetUpgrade(FleetRequest.schemas("tenant_%"), "head");
        assertThat(resumed.passed()).as(String.join("\n", resumed.toText())).isTrue();
        assertThat(resumed.results()).extracting(FleetTargetResult::outcome).containsExactly(
                FleetTargetResult.Outcome.UP_TO_DATE, FleetTargetResult.Outcome.MIGRATED,
                FleetTargetResult.Outcome.UP_TO_DATE);

        FleetStatusReport status = migrator(false).fleetStatus(FleetRequest.schemas("TENANT_%"));
        assertThat(status.histogram()).containsExactly(java.util.Map.entry("h2", 3));
        assertThat(status.isUpToDate()).isTrue();
    }

    @Test
    void badFleetInputChangesNothing() throws Exception {
        assertThatThrownBy(() -> migrator(false).fleetUpgrade(FleetRequest.schemas("nobody_%"), "head"))
                .isInstanceOf(MigrateException.class).hasMessageContaining("matches no schema")
                .hasMessageContaining("TENANT_A").satisfies(e -> assertThat(((MigrateException) e).kind())
                        .isEqualTo(ErrorKind.CONFIGURATION));
        Path file = Files.writeString(directory.resolve("targets.txt"), "tenant_a\ntenant_b # again below\n"
                + "TENANT_B\n");
        assertThatThrownBy(() -> migrator(false).fleetUpgrade(new FleetRequest(null, null, null, file, 0, 0, 0,
                null, null), "head")).hasMessageContaining("TENANT_B (" + file + ":2 and " + file + ":3)");
        assertThatThrownBy(() -> migrator(false).fleetUpgrade(new FleetRequest(null, null,
                "SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = 'NONE'", null, 0, 0, 0, null,
                null), "head")).hasMessageContaining("migrate.targetsQuery returned no rows");
        assertThatThrownBy(() -> migrator(false).fleetUpgrade(new FleetRequest(null, null, "SELECT nonsense FROM nowhere",
                null, 0, 0, 0, null, null), "head")).hasMessageContaining("migrate.targetsQuery failed on");
        assertThatThrownBy(() -> new FleetRequest("a", "b%", null, null, 0, 0, 0, null, null))
                .hasMessageContaining("set only one of migrate.targets, migrate.targetSchemas");
        assertThatThrownBy(() -> new FleetRequest("a", null, null, null, 30, 20, 0, null, null))
                .hasMessageContaining("migrate.parallelism = 30 needs 60 connections");
        assertThatThrownBy(() -> migrator(false).fleetUpgrade(FleetRequest.schemas("tenant_%").withShard("2/x"),
                "head")).hasMessageContaining("'2/x' is not a shard");
        assertThatThrownBy(() -> migrator(false).fleetUpgrade(FleetRequest.schemas("tenant_%"), "nowhere"))
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.TARGET));
        assertThat(database.query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'MIGRATE_VERSION'"))
                .containsExactly(List.of(0L));
    }

    @Test
    void aQueryCanListTheTargetsAndAnUnreachableUrlIsThatTargetsFailure() throws Exception {
        database.execute("CREATE TABLE other.tenants (name VARCHAR(30), active BOOLEAN)",
                "INSERT INTO other.tenants VALUES ('TENANT_A', TRUE), ('TENANT_C', TRUE), ('TENANT_B', FALSE)");
        FleetReport report = migrator(false).fleetUpgrade(new FleetRequest(null, null,
                "SELECT name FROM other.tenants WHERE active ORDER BY name", null, 2, 0, 0, null, null), "head");
        assertThat(report.results()).extracting(FleetTargetResult::target).containsExactly("TENANT_A", "TENANT_C");
        assertThat(report.passed()).isTrue();

        String gone = "jdbc:h2:tcp://127.0.0.1:1/nowhere";
        FleetReport urls = migrator(false).fleetUpgrade(new FleetRequest(database.url() + "," + gone, null, null,
                null, 2, 0, 0, "1", null), "head");
        assertThat(urls.results()).extracting(FleetTargetResult::outcome).containsExactly(
                FleetTargetResult.Outcome.MIGRATED, FleetTargetResult.Outcome.FAILED);
        assertThat(urls.failures().get(0).errorKind()).isEqualTo("CONNECTION");
    }
}
