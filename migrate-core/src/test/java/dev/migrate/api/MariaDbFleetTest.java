package dev.migrate.api;

import dev.migrate.report.FleetReport;
import dev.migrate.report.FleetStatusReport;
import dev.migrate.report.FleetTargetResult;
import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
import dev.migrate.testing.MigrationFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A fleet on MariaDB, where a schema is a database: one database per tenant, found by a LIKE pattern. */
@ExtendWith(MariaDbExtension.class)
class MariaDbFleetTest {

    private static final List<String> TENANTS = List.of("fleet_t1", "fleet_t2", "fleet_t3", "fleet_t4", "fleet_t5");

    @TempDir
    Path directory;

    private MariaDbDatabase database;
    private MigrationFiles files;

    @BeforeEach
    void tenants(MariaDbDatabase database) throws SQLException {
        this.database = database;
        dropTenants();
        for (String tenant : TENANTS) {
            database.execute("CREATE DATABASE " + tenant);
        }
        files = new MigrationFiles(directory.resolve("migrations"));
        files.add("m1", null, "Items", "CREATE TABLE items (id INT PRIMARY KEY);", "DROP TABLE items;");
        files.add("m2", "m1", "Tags", "CREATE TABLE tags (id INT PRIMARY KEY);", "DROP TABLE tags;");
    }

    @AfterEach
    void dropTenants() throws SQLException {
        for (String tenant : TENANTS) {
            database.execute("DROP DATABASE IF EXISTS " + tenant);
        }
    }

    @Test
    void upgradesEveryTenantDatabaseWithItsOwnVersionTablesAndLock() throws SQLException {
        Migrator migrator = Migrator.configure().url(database.url()).user(database.user())
                .password(database.password()).migrationsDirectory(files.directory()).build();

        FleetReport first = migrator.fleetUpgrade(FleetRequest.schemas("fleet\\_t%").withParallelism(2)
                .withShard("1/2"), "m1");
        FleetReport second = migrator.fleetUpgrade(FleetRequest.schemas("fleet\\_t%").withParallelism(2)
                .withShard("2/2"), "head");

        assertThat(first.results().size() + second.results().size()).isEqualTo(TENANTS.size());
        assertThat(first.passed()).isTrue();
        assertThat(second.passed()).isTrue();
        for (FleetTargetResult r : first.results()) {
            assertThat(database.query("SELECT revision FROM " + r.target() + ".migrate_version"))
                    .containsExactly(List.of("m1"));
        }
        FleetStatusReport status = migrator.fleetStatus(FleetRequest.schemas("fleet\\_t%"));
        Map<String, Integer> expected = new java.util.HashMap<>();
        if (!first.results().isEmpty()) {
            expected.put("m1", first.results().size());
        }
        if (!second.results().isEmpty()) {
            expected.put("m2", second.results().size());
        }
        assertThat(status.histogram()).isEqualTo(expected);

        FleetReport rest = migrator.fleetUpgrade(FleetRequest.schemas("fleet\\_t%"), "head");
        assertThat(rest.results()).extracting(FleetTargetResult::target).containsExactlyElementsOf(TENANTS);
        assertThat(rest.counts().get(FleetTargetResult.Outcome.MIGRATED)).isEqualTo(first.results().size());
        assertThat(database.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'tags' "
                + "AND table_schema LIKE 'fleet\\_t%'")).containsExactly(List.of((long) TENANTS.size()));
        assertThat(database.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'tags' "
                + "AND table_schema = DATABASE()")).containsExactly(List.of(0L));
    }
}
