package dev.migrate.api;

import dev.migrate.dialect.h2.H2Dialect;
import dev.migrate.testing.H2File;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash harness on an H2 file database this test serves ({@code AUTO_SERVER=TRUE}): the children's statements
 * run in this JVM, so a statement keeps running after its child was killed, as on a server. On H2 every DDL statement
 * commits on its own: each can be in doubt after a kill; rows commit with their progress record.
 */
public class H2KillHarnessTest extends KillHarness {

    private H2File database;
    private long quietSessions;

    /**
     * Runs in this JVM when a child's statement calls {@code PAUSE(ms)}: a statement that takes a while (public, so
     * that H2 may call it).
     */
    public static int pause(int millis) throws InterruptedException {
        Thread.sleep(millis);
        return millis;
    }

    @BeforeEach
    void openDatabase() throws SQLException {
        database = new H2File(directory, "harness").host();
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        database.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    String name() {
        return "H2";
    }

    @Override
    int ciPoints() {
        return 12;
    }

    @Override
    List<Rev> revisions() {
        return List.of(
                new Rev("r1", false, List.of(
                        plain("CREATE ALIAS IF NOT EXISTS PAUSE FOR 'dev.migrate.api.H2KillHarnessTest.pause'"),
                        effect("CREATE TABLE effects (rev VARCHAR(10), n INTEGER)",
                                "SELECT count(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'EFFECTS'"),
                        plain("SELECT PAUSE(80)"),
                        row("r1", 7)), "SELECT 1;"),
                new Rev("r2", false, List.of(
                        row("r2", 1),
                        plain("SELECT PAUSE(100)"),
                        row("r2", 2)), "SELECT 1;"),
                new Rev("r3", false, List.of(
                        plain("SELECT PAUSE(60)"),
                        effect("CREATE TABLE z3 AS SELECT PAUSE(100) - 99 AS x",
                                "SELECT count(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'Z3'"),
                        row("r3", 2),
                        effect("CREATE INDEX z3_x ON z3 (x)",
                                "SELECT count(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = 'Z3_X'")),
                        "SELECT 1;"),
                new Rev("r4", true, List.of(
                        row("r4", 1),
                        plain("SELECT PAUSE(100)"),
                        effect("UPDATE z3 SET x = x + 10", "SELECT count(*) FROM z3 WHERE x = 11")), "SELECT 1;"));
    }

    @Override
    void emptyDatabase() throws Exception {
        database.execute("DROP ALL OBJECTS");
        quietSessions = sessions();
    }

    private long sessions() throws SQLException {
        return ((Number) database.query("SELECT count(*) FROM INFORMATION_SCHEMA.SESSIONS").get(0).get(0)).longValue();
    }

    @Override
    void awaitChildGone() throws Exception {
        database.awaitLockReleased(new H2Dialect(), "PUBLIC");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (sessions() > quietSessions) {
            assertThat(System.nanoTime()).as("the killed child's sessions never ended").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Override
    boolean mayBeInDoubt(Statement statement) {
        return statement.sql().startsWith("CREATE");
    }

    @Override
    void cleanUpAfter(Statement statement) {
        // Nothing: an H2 DDL statement takes effect whole or not at all.
    }

    @Override
    String expectedEvidence(Statement statement, long count) {
        if (statement.sql().startsWith("CREATE TABLE z3")) {
            return count == 1 ? "The catalog shows table Z3 exists" : "The catalog shows there is no table Z3";
        }
        if (statement.sql().startsWith("CREATE INDEX z3_x")) {
            return count == 1 ? "The catalog shows index Z3_X exists" : "The catalog shows there is no index Z3_X";
        }
        return null;
    }
}
