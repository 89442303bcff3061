package dev.migrate.api;

import dev.migrate.report.HistoryReport;
import dev.migrate.report.ShowReport;
import dev.migrate.report.StampResult;
import dev.migrate.report.UpgradeResult;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.RecordingListener;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Branches, merges, labels, dependencies and stamps on a real database, the same suite for every dialect.
 *
 * <pre>
 *            +-- ac1 (accounts) -- ac2
 *   t1 ------+
 *            +-- bi1 (billing) --- bi2
 * </pre>
 */
abstract class BranchApplyContract {

    @TempDir
    Path directory;

    MigrationFiles files;
    RecordingListener listener;

    abstract TestDatabase database();

    @BeforeEach
    void writeTwoBranches() {
        files = new MigrationFiles(directory.resolve("migrations"));
        listener = new RecordingListener();
        files.add("t1", "", "Create customers",
                "CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);\n"
                        + "INSERT INTO customers (id, name) VALUES (1, 'Ada');",
                "DROP TABLE customers;");
        files.add("ac1", "t1", "accounts", "", "Create accounts",
                "CREATE TABLE accounts (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id));",
                "DROP TABLE accounts;");
        files.add("ac2", "ac1", "Add balance", "ALTER TABLE accounts ADD COLUMN balance INTEGER;",
                "ALTER TABLE accounts DROP COLUMN balance;");
        files.add("bi1", "t1", "billing", "", "Create invoices",
                "CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer_id INTEGER);", "DROP TABLE invoices;");
        files.add("bi2", "bi1", "Add total", "ALTER TABLE invoices ADD COLUMN total INTEGER;",
                "ALTER TABLE invoices DROP COLUMN total;");
    }

    Migrator migrator() {
        return Migrator.configure().url(database().url()).user(database().user()).password(database().password())
                .migrationsDirectory(files.directory()).listener(listener)
                .clock(Clock.fixed(Instant.parse("2026-11-22T08:30:00Z"), ZoneOffset.UTC)).build();
    }

    // ------------------------------------------------------------------------------------- branches and merges

    @Test
    void twoBranchesUpgradedSeparatelyThenMerged() throws SQLException {
        assertThatThrownBy(() -> migrator().upgrade())
                .isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.TARGET))
                .hasMessageContaining("'head' is ambiguous: the heads are ac2 (")
                .hasMessageContaining("_add_balance.sql) and bi2 (")
                .hasMessageContaining("_add_total.sql); run migrate:merge");
        assertThat(tableExists("migrate_version")).as("the refusal comes before the database is opened").isFalse();

        UpgradeResult accounts = migrator().upgrade("accounts@head");
        assertThat(accounts.migrations()).extracting(m -> m.revision().revision()).containsExactly("t1", "ac1", "ac2");
        assertThat(versionRows()).containsExactly("ac2");
        assertThat(tableExists("invoices")).isFalse();

        UpgradeResult billing = migrator().upgrade("billing@head");
        assertThat(billing.migrations()).extracting(m -> m.revision().revision()).containsExactly("bi1", "bi2");
        assertThat(versionRows()).as("upgrading one branch leaves the other's row alone").containsExactly("ac2", "bi2");

        GeneratedRevision merge = migrator().merge(new MergeRequest("Merge accounts and billing", List.of(), "m1",
                List.of()));
        assertThat(merge.revises()).containsExactly("ac2", "bi2");
        UpgradeResult merged = migrator().upgrade();
        assertThat(merged.migrations()).extracting(m -> m.revision().revision()).containsExactly("m1");
        assertThat(versionRows()).containsExactly("m1");
        assertThat(migrator().status().isUpToDate()).isTrue();
        assertThat(query("SELECT revision, direction FROM migrate_history ORDER BY id")).containsExactly(
                List.of("t1", "upgrade"), List.of("ac1", "upgrade"), List.of("ac2", "upgrade"),
                List.of("bi1", "upgrade"), List.of("bi2", "upgrade"), List.of("m1", "upgrade"));
    }

    @Test
    void downgradeAcrossAMergePointRestoresBothBranchHeads() throws SQLException {
        migrator().upgrade("heads");
        migrator().merge(new MergeRequest("Merge", List.of("accounts@head", "bi2"), "m1", List.of()));
        migrator().upgrade();

        migrator().downgrade("-1");
        assertThat(versionRows()).containsExactly("ac2", "bi2");

        migrator().downgrade("accounts@-1");
        assertThat(versionRows()).containsExactly("ac1", "bi2");
        assertThat(columnExists("accounts", "balance")).isFalse();
        assertThat(columnExists("invoices", "total")).isTrue();

        migrator().downgrade("billing@base");
        assertThat(versionRows()).containsExactly("ac1");
        assertThat(tableExists("invoices")).isFalse();
        assertThat(tableExists("accounts")).isTrue();
    }

    @Test
    void labelTargetsMoveOneBranch() throws SQLException {
        // label@+N counts up the label's line, the trunk revision below the branch included (as Alembic does)
        migrator().upgrade("billing@+1");
        assertThat(versionRows()).containsExactly("t1");
        migrator().upgrade("billing@+1");
        assertThat(versionRows()).containsExactly("bi1");

        migrator().upgrade("accounts@+2");
        assertThat(versionRows()).containsExactly("ac2", "bi1");

        migrator().upgrade("billing@head");
        assertThat(versionRows()).containsExactly("ac2", "bi2");

        migrator().downgrade("accounts@base");
        assertThat(versionRows()).containsExactly("bi2");
        assertThat(tableExists("accounts")).isFalse();

        migrator().downgrade("billing@bi1");
        assertThat(versionRows()).containsExactly("bi1");
        assertThat(columnExists("invoices", "total")).isFalse();
    }

    @Test
    void aDependencyIsAppliedFirstAndRemovedLast() throws SQLException {
        files.add("bi3", "bi2", "", "accounts@head", "Invoice accounts",
                "ALTER TABLE invoices ADD COLUMN account_id INTEGER;\nALTER TABLE invoices ADD CONSTRAINT "
                        + "invoices_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id);",
                "ALTER TABLE invoices DROP CONSTRAINT invoices_account_fk;\nALTER TABLE invoices DROP COLUMN account_id;");

        UpgradeResult up = migrator().upgrade("billing@head");
        assertThat(up.migrations()).extracting(m -> m.revision().revision())
                .containsExactly("t1", "bi1", "bi2", "ac1", "ac2", "bi3");
        assertThat(versionRows()).containsExactly("ac2", "bi3");

        migrator().downgrade("accounts@base");
        assertThat(query("SELECT revision FROM migrate_history WHERE direction = 'downgrade' ORDER BY id"))
                .containsExactly(List.of("bi3"), List.of("ac2"), List.of("ac1"));
        assertThat(versionRows()).containsExactly("bi2");
    }

    @Test
    void countingFromTheDatabaseNeedsOneCurrentRevision() throws SQLException {
        migrator().upgrade("heads");

        assertThatThrownBy(() -> migrator().downgrade("-1"))
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.TARGET))
                .hasMessageContaining("'-1' is ambiguous: the database is at ac2 (")
                .hasMessageContaining("_add_total.sql); name a revision, or count on one branch with '<label>@+N' or "
                        + "'<label>@-N'");
        assertThatThrownBy(() -> migrator().show("current")).hasMessageContaining("the database is at ac2 (");

        migrator().downgrade("billing@-1");
        assertThat(versionRows()).containsExactly("ac2", "bi1");
    }

    // ------------------------------------------------------------------------------------------------ stamp

    @Test
    void stampAdoptsAnExistingSchemaThenUpgradeRunsOnlyWhatIsMissing() throws SQLException {
        execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL)",
                "INSERT INTO customers (id, name) VALUES (1, 'Ada')",
                "CREATE TABLE accounts (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id))");

        StampResult stamp = migrator().stamp("ac1", false);

        assertThat(stamp.headsBefore()).isEmpty();
        assertThat(stamp.headsAfter()).containsExactly("ac1");
        assertThat(versionRows()).containsExactly("ac1");
        assertThat(query("SELECT revision, direction, message, success, statements_total FROM migrate_history"))
                .containsExactly(List.of("ac1", "stamp", "Create accounts", true, 0));
        assertThat(query("SELECT count(*) FROM customers")).as("no SQL of t1 ran").containsExactly(List.of(1L));

        UpgradeResult up = migrator().upgrade("accounts@head");
        assertThat(up.migrations()).extracting(m -> m.revision().revision()).containsExactly("ac2");
        assertThat(columnExists("accounts", "balance")).isTrue();
    }

    @Test
    void stampMovesRowsDownAndUpWithoutRunningSql() throws SQLException {
        migrator().upgrade("accounts@head");

        migrator().stamp("-1", false);
        assertThat(versionRows()).containsExactly("ac1");
        assertThat(columnExists("accounts", "balance")).as("no downgrade ran").isTrue();

        migrator().stamp("heads", false);
        assertThat(versionRows()).containsExactly("ac2", "bi2");
        assertThat(tableExists("invoices")).as("no upgrade ran").isFalse();

        StampResult again = migrator().stamp("heads", false);
        assertThat(again.nothingToDo()).isTrue();
        assertThat(query("SELECT revision, direction FROM migrate_history WHERE direction <> 'upgrade' ORDER BY id"))
                .containsExactly(List.of("ac2", "unstamp"), List.of("ac1", "stamp"), List.of("ac1", "unstamp"),
                        List.of("ac2", "stamp"), List.of("bi2", "stamp"));
    }

    @Test
    void purgeReplacesRowsTheFilesDoNotKnow() throws SQLException {
        migrator().upgrade("accounts@head");
        execute("UPDATE migrate_version SET revision = 'feature_x'");

        assertThatThrownBy(() -> migrator().stamp("ac2", false))
                .isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.DATABASE_STATE))
                .hasMessageContaining("migrate_version lists feature_x, which is not in ")
                .hasMessageContaining("nothing was changed. Stamp with -Dmigrate.purge=true");
        assertThat(versionRows()).containsExactly("feature_x");

        StampResult purged = migrator().stamp("ac2", true);

        assertThat(purged.purged()).containsExactly("feature_x");
        assertThat(versionRows()).containsExactly("ac2");
        assertThat(query("SELECT revision, direction, message FROM migrate_history WHERE direction <> 'upgrade' "
                + "ORDER BY id")).containsExactly(Arrays.asList("feature_x", "purge", null),
                List.of("ac2", "stamp", "Add balance"));
    }

    @Test
    void stampRefusesBadInputBeforeTouchingTheDatabase() throws SQLException {
        assertThatThrownBy(() -> migrator().stamp("nope", false))
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.TARGET))
                .hasMessageContaining("no revision matches 'nope'");
        assertThatThrownBy(() -> migrator().stamp("head", false))
                .hasMessageContaining("'head' is ambiguous: the heads are ac2 (");
        assertThatThrownBy(() -> migrator().stamp("a+b", false))
                .hasMessageContaining("target 'a+b': not a target");
        assertThatThrownBy(() -> migrator().stamp(" ", false))
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.CONFIGURATION))
                .hasMessageContaining("migrate.target is required for stamp");
        assertThatThrownBy(() -> migrator().stamp("-1", false))
                .hasMessageContaining("the database has no current revision");

        assertThat(tableExists("migrate_version")).isFalse();
        assertThat(tableExists("migrate_history")).isFalse();
    }

    // ----------------------------------------------------------------------------------------- show, history

    @Test
    void showTellsEverythingAboutOneRevision() {
        migrator().upgrade("accounts@head");

        ShowReport ac1 = migrator().show("ac1");
        assertThat(ac1.applied()).isTrue();
        assertThat(ac1.current()).isFalse();
        assertThat(String.join("\n", ac1.toText())).startsWith("""
                Revision:     ac1 (accounts)
                Message:      Create accounts
                File:         %s
                Create Date:  2026-11-21 09:02:00
                Revises:      t1 (Create customers)
                Revised by:   ac2 (Add balance)
                Applied:      yes
                Checksum:     %s

                -- migrate:upgrade    (line 8, 1 statement)
                CREATE TABLE accounts (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id));

                -- migrate:downgrade    (line 11, 1 statement)
                DROP TABLE accounts;""".formatted(ac1.revision().revision().location(), ac1.checksum()));

        ShowReport current = migrator().show("current");
        assertThat(current.revision().id()).isEqualTo("ac2");
        assertThat(current.toText()).contains("Revision:     ac2 (head) (current)", "Applied:      yes (current)");
        assertThat(migrator().show("billing@head").toText()).contains("Applied:      no (pending)");
        assertThat(migrator().show("t1").toText()).contains("Revision:     t1 (branchpoint)",
                "Revises:      <base>", "Revised by:   ac1 (Create accounts)", "              bi1 (Create invoices)");

        assertThatThrownBy(() -> migrator().show("bi"))
                .hasMessageStartingWith("migrate.revision = 'bi': 'bi' matches several revisions: bi1 (")
                .hasMessageContaining("_create_invoices.sql) and bi2 (");
    }

    @Test
    void historyDrawsTheBranchesAndARange() {
        migrator().upgrade("accounts@head");
        migrator().merge(new MergeRequest("Merge", List.of(), "m1", List.of()));

        HistoryReport all = migrator().history();
        assertThat(String.join("\n", all.toText(false))).isEqualTo("""
                * ac2, bi2 -> m1 (head) (mergepoint), Merge
                |     pending, created 2026-11-22 08:30:00
                |\\
                * | ac1 -> ac2 (current), Add balance
                | |     applied, created 2026-11-21 09:03:00
                * | t1 -> ac1 (accounts), Create accounts
                | |     applied, created 2026-11-21 09:02:00
                | * bi1 -> bi2, Add total
                | |     pending, created 2026-11-21 09:05:00
                | * t1 -> bi1 (billing), Create invoices
                | |     pending, created 2026-11-21 09:04:00
                |/
                * <base> -> t1 (branchpoint), Create customers
                      applied, created 2026-11-21 09:01:00""");

        HistoryReport range = migrator().history("-1:current");
        assertThat(range.toText(false)).containsExactly("Range -1:current: 2 revisions.",
                "* ac1 -> ac2 (current), Add balance", "|     applied, created 2026-11-21 09:03:00",
                "* t1 -> ac1 (accounts), Create accounts", "      applied, created 2026-11-21 09:02:00");
        assertThat(range.toJson()).contains("\"range\": \"-1:current\"", "\"lane\": 0", "\"children\": [\"ac2\"]");

        // after the merge, the billing branch goes on through m1: that is its head now
        assertThat(migrator().history("billing:billing@head").entries()).extracting(e -> e.revision().revision())
                .containsExactly("m1", "bi2", "bi1");
        assertThatThrownBy(() -> migrator().history("bi2:ac1"))
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.TARGET))
                .hasMessageContaining("bi2 (bi2) does not lie at or below ac1 (ac1)");
        assertThatThrownBy(() -> migrator().history("head"))
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.CONFIGURATION))
                .hasMessageContaining("migrate.range = 'head': a range is <lower>:<upper>");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    List<String> versionRows() throws SQLException {
        return database().versionRows();
    }

    boolean tableExists(String name) throws SQLException {
        return database().tableExists(name);
    }

    boolean columnExists(String table, String column) throws SQLException {
        return database().columnExists(table, column);
    }

    void execute(String... statements) throws SQLException {
        database().execute(statements);
    }

    List<List<Object>> query(String sql) throws SQLException {
        return database().query(sql);
    }
}
