package dev.migrate.cli;

import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fleets through {@code bin/migrate} on PostgreSQL: a fleet of databases given by a targets file, and a fleet of
 * tenant schemas split into shards; each checks exit code, output, reports and databases.
 */
@ExtendWith(PostgresExtension.class)
class PostgresFleetCliIT {

    @TempDir
    Path project;

    private PostgresDatabase database;
    private final List<PostgresDatabase> tenants = new ArrayList<>();

    @BeforeEach
    void project(PostgresDatabase database) throws Exception {
        this.database = database;
        database.reset();
        MigrationFiles migrations = new MigrationFiles(Files.createDirectories(project.resolve("migrations")));
        migrations.add("a1", null, "Accounts", "CREATE TABLE account (id int PRIMARY KEY);", "DROP TABLE account;");
        migrations.add("b2", "a1", "Orders", "CREATE TABLE orders (id int PRIMARY KEY, account int REFERENCES account);",
                "DROP TABLE orders;");
        StringBuilder properties = new StringBuilder("migrate.migrations=migrations\n");
        if (database.user() != null) {
            properties.append("migrate.user=").append(database.user()).append('\n');
        }
        if (database.password() != null && !database.password().isEmpty()) {
            properties.append("migrate.password=").append(database.password()).append('\n');
        }
        Files.writeString(project.resolve("migrate.properties"), properties.toString());
    }

    @AfterEach
    void dropTenants() throws Exception {
        for (PostgresDatabase tenant : tenants) {
            database.server().drop(tenant.name());
        }
    }

    @Test
    void upgradesAFleetOfDatabasesFromATargetsFileAndShowsItsStatus() throws Exception {
        StringBuilder file = new StringBuilder("# one database per tenant\n");
        for (int i = 0; i < 3; i++) {
            PostgresDatabase tenant = database.server().newDatabase("fleet_cli_" + i);
            tenants.add(tenant);
            file.append(tenant.url()).append("   # tenant ").append(i).append('\n');
        }
        Files.writeString(project.resolve("targets.txt"), file.toString());

        CliProcess.Result upgrade = CliProcess.run(project, "upgrade", "--targets-file", "targets.txt",
                "--parallelism", "2", "--fleet-report", "reports");

        assertThat(upgrade.exitCode()).as(upgrade.all()).isZero();
        assertThat(upgrade.out()).contains("Fleet upgrade to head: 3 target(s), parallelism 2",
                "migrated            3", "6 revision(s) applied in all");
        assertThat(upgrade.err()).contains("Fleet upgrade to head: 3 target(s), parallelism 2, maxFailures 0.")
                .containsPattern("\\[3/3\\] jdbc:postgresql://.*: migrated, <base> -> b2 \\(2 revision\\(s\\)\\)");
        for (PostgresDatabase tenant : tenants) {
            assertThat(tenant.versionRows()).containsExactly("b2");
        }
        String json = Files.readString(project.resolve("reports/fleet.json"));
        assertThat(json).startsWith("{\n  \"formatVersion\": 1,").contains("\"migrated\": 3", "\"passed\": true");
        assertThat(Files.readString(project.resolve("reports/TEST-migrate-fleet.xml")))
                .contains("tests=\"3\" failures=\"0\"");

        CliProcess.Result status = CliProcess.run(project, "status", "--targets-file", "targets.txt",
                "--fail-on-pending");
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out()).contains("Fleet status: 3 target(s), 3 at the heads (b2)",
                "b2                                    3  0");
    }

    @Test
    void shardsOfATenantSchemaFleetCoverItOnceAndBadInputIsAUsageError() throws Exception {
        for (int i = 1; i <= 6; i++) {
            database.execute("CREATE SCHEMA tenant_" + i);
        }
        Files.writeString(project.resolve("migrate.properties"), Files.readString(project.resolve(
                "migrate.properties")) + "migrate.url=" + database.url() + "\n");

        int total = 0;
        for (String shard : List.of("1/2", "2/2")) {
            CliProcess.Result run = CliProcess.run(project, "upgrade", "--target-schemas", "tenant_%", "--shard",
                    shard);
            assertThat(run.exitCode()).as(run.all()).isZero();
            assertThat(run.out()).contains("(shard " + shard + ")");
            total += Integer.parseInt(run.out().replaceAll("(?s).*migrated +(\\d+).*", "$1"));
        }
        assertThat(total).isEqualTo(6);
        assertThat(database.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'orders'"))
                .containsExactly(List.of(6L));

        CliProcess.Result nothing = CliProcess.run(project, "upgrade", "--target-schemas", "nobody_%");
        assertThat(nothing.exitCode()).as(nothing.all()).isEqualTo(ExitCode.USAGE);
        assertThat(nothing.err()).contains("migrate.targetSchemas = 'nobody_%' matches no schema", "tenant_1");

        CliProcess.Result twice = CliProcess.run(project, "upgrade", "--targets", "tenant_1, tenant_2,TENANT_1");
        assertThat(twice.exitCode()).as(twice.all()).isEqualTo(ExitCode.USAGE);
        assertThat(twice.err()).contains("lists a target twice: TENANT_1 (migrate.targets entry 1 and "
                + "migrate.targets entry 3)");

        CliProcess.Result badShard = CliProcess.run(project, "status", "--target-schemas", "tenant_%", "--shard", "3/2");
        assertThat(badShard.exitCode()).as(badShard.all()).isEqualTo(ExitCode.USAGE);
        assertThat(badShard.err()).contains("migrate.shard = 3/2 is not a shard");
    }
}
