package dev.migrate.api;

import dev.migrate.dialect.mariadb.MariaDbDialect;
import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kill harness on MariaDB, whose DDL commits on its own: every revision with DDL runs statement by statement, a
 * DDL statement cut off by a kill is in doubt (the catalog says what it shows), and resume or repair finish the job.
 */
@ExtendWith(MariaDbExtension.class)
class MariaDbKillHarnessTest extends KillHarness {

    private MariaDbDatabase database;

    @BeforeEach
    void setUp(MariaDbDatabase database) {
        this.database = database;
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    String name() {
        return "MariaDB";
    }

    @Override
    int ciPoints() {
        return 12;
    }

    @Override
    List<Rev> revisions() {
        return List.of(
                new Rev("r1", false, List.of(
                        effect("CREATE TABLE effects (rev VARCHAR(10), n INTEGER)", tableCount("effects")),
                        effect("CREATE TABLE items (id INTEGER)", tableCount("items")),
                        plain("INSERT INTO items SELECT seq FROM seq_1_to_40"),
                        plain("SELECT SLEEP(0.1)"),
                        row("r1", 7)), "SELECT 1;"),
                new Rev("r2", true, List.of(
                        effect("CREATE TABLE z2 AS SELECT 1 AS x FROM (SELECT SLEEP(0.2)) AS pause",
                                tableCount("z2")),
                        row("r2", 2),
                        plain("SELECT SLEEP(0.1)"),
                        row("r2", 4)), "SELECT 1;"),
                new Rev("r3", false, List.of(
                        effect("CREATE INDEX items_id ON items (id)", "SELECT count(DISTINCT index_name) FROM "
                                + "information_schema.statistics WHERE table_schema = DATABASE() "
                                + "AND index_name = 'items_id'"),
                        row("r3", 2),
                        plain("SELECT SLEEP(0.05)")), "SELECT 1;"),
                new Rev("r4", false, List.of(
                        row("r4", 1),
                        plain("SELECT SLEEP(0.15)"),
                        effect("UPDATE z2 SET x = x + 10", "SELECT count(*) FROM z2 WHERE x = 11")), "SELECT 1;"),
                new Rev("r5", true, List.of(
                        effect("ALTER TABLE items ADD COLUMN note VARCHAR(10)", "SELECT count(*) FROM "
                                + "information_schema.columns WHERE table_schema = DATABASE() AND column_name = 'note'"),
                        plain("SELECT SLEEP(0.1)"),
                        row("r5", 3)), "SELECT 1;"));
    }

    private static String tableCount(String table) {
        return "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '"
                + table + "'";
    }

    @Override
    void emptyDatabase() throws Exception {
        database.reset();
    }

    @Override
    void awaitChildGone() throws Exception {
        database.awaitLockReleased(new MariaDbDialect(), database.name());
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!database.query("SELECT id FROM information_schema.processlist WHERE db = DATABASE() "
                + "AND id <> CONNECTION_ID()").isEmpty()) {
            assertThat(System.nanoTime()).as("the killed child's sessions never ended").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** DDL commits on its own, so it cannot commit together with its progress record. */
    @Override
    boolean mayBeInDoubt(Statement statement) {
        return statement.sql().startsWith("CREATE") || statement.sql().startsWith("ALTER");
    }

    @Override
    void cleanUpAfter(Statement statement) {
        // Nothing: a MariaDB DDL statement takes effect whole or not at all.
    }

    @Override
    String expectedEvidence(Statement statement, long count) {
        if (statement.sql().startsWith("CREATE TABLE z2")) {
            return count == 1 ? "The catalog shows table z2 exists" : "The catalog shows there is no table z2";
        }
        if (statement.sql().startsWith("CREATE INDEX items_id")) {
            return count == 1 ? "The catalog shows index items_id on items exists"
                    : "The catalog shows there is no index items_id on items";
        }
        return null;
    }
}
