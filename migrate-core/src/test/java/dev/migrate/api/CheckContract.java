package dev.migrate.api;

import dev.migrate.connect.ConnectionSettings;
import dev.migrate.report.CheckReport;
import dev.migrate.report.CheckResult;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.RecordingListener;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code migrate:check} through the {@link Migrator}, the same suite for every dialect. */
abstract class CheckContract {

    @TempDir
    Path project;

    MigrationFiles files;
    Path schemaFile;
    RecordingListener listener;

    abstract TestDatabase database();

    @BeforeEach
    void healthyProject() throws Exception {
        files = new MigrationFiles(project.resolve("migrations"));
        schemaFile = project.resolve("schema.sql");
        listener = new RecordingListener();
        files.add("c1", "", "Customers", "CREATE TABLE customers (id BIGINT PRIMARY KEY, email VARCHAR(200) NOT NULL);",
                "DROP TABLE customers;");
        files.add("c2", "c1", "Orders", "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL "
                + "REFERENCES customers (id));\nCREATE INDEX orders_customer_idx ON orders (customer_id);",
                "DROP TABLE orders;");
        Files.writeString(schemaFile, """
                CREATE TABLE customers (id BIGINT PRIMARY KEY, email VARCHAR(200) NOT NULL);
                CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customers (id));
                CREATE INDEX orders_customer_idx ON orders (customer_id);
                """);
    }

    Migrator migrator() {
        return Migrator.configure().url(database().url()).user(database().user()).password(database().password())
                .migrationsDirectory(files.directory()).schemaFiles(List.of(schemaFile)).listener(listener).build();
    }

    CheckReport check(String checks) {
        return check(new CheckRequest(Set.of(checks.split(",")), false, false, null, CheckRequest.LintLevel.NONE));
    }

    CheckReport check(CheckRequest request) {
        return migrator().check(request);
    }

    static CheckResult result(CheckReport report, String name) {
        return report.results().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aHealthyProjectPassesEveryCheck() {
        migrator().upgrade();

        CheckReport report = check(CheckRequest.all());

        assertThat(report.passed()).as(String.join("\n", report.toText())).isTrue();
        assertThat(report.results()).extracting(CheckResult::name).containsExactlyElementsOf(CheckRequest.ALL);
        assertThat(result(report, "checksums").summary()).isEqualTo("2 applied revision(s) match their files");
        assertThat(result(report, "model").summary()).isEqualTo("the migrations produce exactly the schema files");
        assertThat(result(report, "roundtrip").summary()).isEqualTo("2 revision(s) upgrade, downgrade and upgrade again cleanly");
        assertThat(result(report, "drift").summary()).isEqualTo("the database matches its revisions (at c2)");
        assertThat(result(report, "pending").summary()).isEqualTo("the database is up to date");
    }

    @Test
    void severalHeadsFailTheGraphCheckUnlessAllowed() {
        files.add("b1", "c1", "Branch", "CREATE TABLE b (id INTEGER);", "DROP TABLE b;");

        CheckResult graph = result(check("graph"), "graph");
        assertThat(graph.outcome()).isEqualTo(CheckResult.Outcome.FAILED);
        assertThat(graph.summary()).startsWith("2 heads; merge them");
        assertThat(graph.details()).anyMatch(d -> d.startsWith("b1 (") && d.endsWith("_branch.sql)"));

        CheckReport allowed = check(new CheckRequest(Set.of("graph"), true, false, null, CheckRequest.LintLevel.NONE));
        assertThat(allowed.passed()).isTrue();
    }

    @Test
    void anAppliedFileThatChangedFailsTheChecksumsCheckWithTheLine() throws Exception {
        migrator().upgrade();
        Path first;
        try (var found = Files.list(files.directory())) {
            first = found.filter(f -> f.getFileName().toString().contains("-c1_")).findFirst().orElseThrow();
        }
        Files.writeString(first, Files.readString(first).replace("VARCHAR(200)", "VARCHAR(250)"));

        CheckResult checksums = result(check("checksums"), "checksums");

        assertThat(checksums.outcome()).isEqualTo(CheckResult.Outcome.FAILED);
        assertThat(checksums.summary()).isEqualTo("1 applied revision(s) changed since they were applied (of 2 applied)");
        assertThat(checksums.details().get(0)).startsWith("c1 (Customers) changed after it was applied: ")
                .contains("_customers.sql differs from the text applied (upgrade) on ").endsWith(", first at line 8:");
        assertThat(checksums.details()).contains("      was: CREATE TABLE customers (id BIGINT PRIMARY KEY, email "
                + "VARCHAR(200) NOT NULL);");
        assertThat(checksums.details()).anyMatch(d -> d.contains("run migrate:repair to accept it"));
    }

    @Test
    void theChecksumsCheckPassesWhenNothingIsAppliedYet() {
        CheckResult checksums = result(check("checksums"), "checksums");

        assertThat(checksums.outcome()).isEqualTo(CheckResult.Outcome.PASSED);
        assertThat(checksums.summary()).isEqualTo("no revision is applied to the database yet");
    }

    @Test
    void aSchemaFileTheMigrationsDoNotProduceFailsTheModelCheckWithTheDdl() throws Exception {
        Files.writeString(schemaFile, Files.readString(schemaFile)
                + "CREATE TABLE invoices (id BIGINT PRIMARY KEY);\n");

        CheckResult model = result(check("model"), "model");

        assertThat(model.outcome()).isEqualTo(CheckResult.Outcome.FAILED);
        assertThat(model.summary()).isEqualTo("the migrations do not produce the schema files: 1 difference(s)");
        assertThat(String.join("\n", model.details())).containsIgnoringCase("CREATE TABLE invoices");
    }

    @Test
    void aDowngradeThatForgetsSomethingFailsTheRoundtripCheck() {
        files.add("c3", "c2", "Add note", "ALTER TABLE orders ADD COLUMN note VARCHAR(100);", "SELECT 1;");

        CheckResult roundtrip = result(check("roundtrip"), "roundtrip");

        assertThat(roundtrip.outcome()).isEqualTo(CheckResult.Outcome.FAILED);
        assertThat(roundtrip.summary()).startsWith("the downgrade of c3 (").endsWith("_add_note.sql) does not restore the schema before it");
        assertThat(String.join("\n", roundtrip.details())).containsIgnoringCase("DROP COLUMN note");
    }

    @Test
    void aChangeMadeByHandFailsTheDriftCheck() throws Exception {
        migrator().upgrade();
        try (Connection c = database().connect(); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE customers ADD COLUMN phone VARCHAR(30)");
        }

        CheckResult drift = result(check("drift"), "drift");

        assertThat(drift.outcome()).isEqualTo(CheckResult.Outcome.FAILED);
        assertThat(drift.summary()).startsWith("1 difference(s) between the database and its revisions");
        assertThat(String.join("\n", drift.details())).containsIgnoringCase("DROP COLUMN phone");
    }

    @Test
    void pendingRevisionsFailOnlyWhenAskedTo() {
        migrator().upgrade("c1");

        assertThat(result(check("pending"), "pending").summary())
                .isEqualTo("1 revision(s) pending (not failing: migrate.failOnPending=false)");
        CheckResult failing = result(check(new CheckRequest(Set.of("pending"), false, true, null,
                CheckRequest.LintLevel.NONE)), "pending");
        assertThat(failing.outcome()).isEqualTo(CheckResult.Outcome.FAILED);
        assertThat(failing.details()).singleElement().asString().startsWith("c2 (");
    }

    @Test
    void lintReportsPendingRevisionsAndFailsAtTheChosenLevel() {
        migrator().upgrade();
        files.add("c3", "c2", "Drop orders", "DROP TABLE orders;", "CREATE TABLE orders (id BIGINT PRIMARY KEY);");
        files.add("c4", "c3", "Keep customers", "ALTER TABLE customers DROP COLUMN email; -- migrate:lint-ignore MG102",
                "ALTER TABLE customers ADD COLUMN email VARCHAR(200);");

        CheckResult warn = result(check("lint"), "lint");
        assertThat(warn.outcome()).isEqualTo(CheckResult.Outcome.PASSED);
        assertThat(warn.summary()).isEqualTo("2 pending revision(s): 1 data-loss finding(s), 0 other(s)");
        assertThat(warn.details()).singleElement().asString().startsWith("MG101 ").contains("_drop_orders.sql:8 ");

        CheckResult failing = result(check(new CheckRequest(Set.of("lint"), false, false, null,
                CheckRequest.LintLevel.ERROR)), "lint");
        assertThat(failing.outcome()).isEqualTo(CheckResult.Outcome.FAILED);

        CheckResult since = result(check(new CheckRequest(Set.of("lint"), false, false, "c3",
                CheckRequest.LintLevel.ERROR)), "lint");
        assertThat(since.summary()).isEqualTo("1 after c3 revision(s): 0 data-loss finding(s), 0 other(s)");
    }

    @Test
    void anUnknownCheckIsAConfigurationError() {
        assertThatThrownBy(() -> check("graph,speed"))
                .isInstanceOf(MigrateException.class)
                .hasMessage("migrate.checks names 'speed', which is not a check; known: graph, checksums, model, "
                        + "roundtrip, drift, pending, lint");
    }

    @Test
    void theEmbeddedDefaultSkipsTheChecksThatNeedARealDatabase() {
        ConnectionSettings embedded = new ConnectionSettings(database().url(), database().user(), database().password(),
                "embedded default", null, null, true);
        Migrator migrator = Migrator.configure().connection(embedded).migrationsDirectory(files.directory())
                .schemaFiles(List.of(schemaFile)).listener(listener).build();

        CheckReport report = migrator.check(CheckRequest.all());

        assertThat(result(report, "drift").outcome()).isEqualTo(CheckResult.Outcome.SKIPPED);
        assertThat(result(report, "drift").summary()).isEqualTo("no database is configured beyond the embedded default");
        assertThat(result(report, "checksums").outcome()).isEqualTo(CheckResult.Outcome.SKIPPED);
        assertThat(report.passed()).isTrue();
    }
}
