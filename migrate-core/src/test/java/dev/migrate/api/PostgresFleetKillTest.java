package dev.migrate.api;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.DialectRegistry;
import dev.migrate.report.FleetReport;
import dev.migrate.report.FleetTargetResult;
import dev.migrate.testing.ChildJvm;
import dev.migrate.testing.FleetUpgradeMain;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fleet upgrade in a child JVM is killed (SIGKILL) while targets are running; a second run converges: every
 * tenant ends at the head, and every revision's effect exists exactly once in every tenant.
 */
@ExtendWith(PostgresExtension.class)
class PostgresFleetKillTest {

    private static final int TENANTS = 24;

    @TempDir
    Path directory;

    @Test
    void aKilledFleetRunConvergesOnTheNextRunAndNothingIsAppliedTwice(PostgresDatabase database) throws Exception {
        database.reset();
        List<String> ddl = new ArrayList<>();
        for (int i = 1; i <= TENANTS; i++) {
            ddl.add(String.format("CREATE SCHEMA kill_%02d", i));
        }
        database.execute(ddl.toArray(String[]::new));
        MigrationFiles files = new MigrationFiles(directory.resolve("migrations"));
        files.add("k1", null, "Events", "CREATE TABLE events (id int);\nINSERT INTO events VALUES (1);",
                "DROP TABLE events;");
        files.add("k2", "k1", "Slow", "SELECT pg_sleep(0.15);\nINSERT INTO events VALUES (2);",
                "DELETE FROM events WHERE id = 2;");
        files.add("k3", "k2", "More", "INSERT INTO events VALUES (3);\nSELECT pg_sleep(0.05);",
                "DELETE FROM events WHERE id = 3;");

        try (ChildJvm child = ChildJvm.start(FleetUpgradeMain.class, List.of(database.url(), database.user(),
                database.password() == null ? "-" : database.password(), files.directory().toString(), "kill\\_%",
                "4"))) {
            assertThat(child.awaitLine("[6/" + TENANTS + "]", 120)).as(child.output()).isTrue();
            child.kill();
            assertThat(child.output()).doesNotContain("RESULT");
        }
        Dialect postgres = DialectRegistry.load(getClass().getClassLoader()).byName("postgresql").orElseThrow();
        for (int i = 1; i <= TENANTS; i++) {
            database.awaitLockReleased(postgres, String.format("kill_%02d", i));
        }

        Migrator migrator = Migrator.configure().url(database.url()).user(database.user())
                .password(database.password()).migrationsDirectory(files.directory()).build();
        FleetReport again = migrator.fleetUpgrade(FleetRequest.schemas("kill\\_%").withParallelism(4)
                .withRollout(0, "100%"), "head");
        if (!again.passed()) {
            // A revision the kill cut off may need the resume a single database needs; the report says so.
            assertThat(again.failures()).allSatisfy(f -> assertThat(f.failure()).contains("resume"));
            again = Migrator.configure().url(database.url()).user(database.user()).password(database.password())
                    .migrationsDirectory(files.directory()).resume(true).build()
                    .fleetUpgrade(FleetRequest.schemas("kill\\_%").withParallelism(4), "head");
        }
        assertThat(again.passed()).as(String.join("\n", again.toText())).isTrue();
        assertThat(again.results()).extracting(FleetTargetResult::outcome)
                .contains(FleetTargetResult.Outcome.UP_TO_DATE, FleetTargetResult.Outcome.MIGRATED);
        for (int i = 1; i <= TENANTS; i++) {
            String schema = String.format("kill_%02d", i);
            assertThat(database.query("SELECT revision FROM " + schema + ".migrate_version"))
                    .containsExactly(List.of("k3"));
            assertThat(database.query("SELECT id, count(*) FROM " + schema + ".events GROUP BY id ORDER BY id"))
                    .as(schema).containsExactly(List.of(1, 1L), List.of(2, 1L), List.of(3, 1L));
        }
    }
}
