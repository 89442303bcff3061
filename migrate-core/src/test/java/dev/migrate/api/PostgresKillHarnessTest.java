package dev.migrate.api;

import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash harness on PostgreSQL: transactional revisions, {@code transaction:false} sections whose statements commit
 * one by one with their progress record (a {@code CREATE TABLE ... AS} the server finishes after the kill), and ones
 * that cannot ({@code CREATE INDEX CONCURRENTLY} over a slow expression, {@code VACUUM}), an enum value and an update
 * that must not happen twice.
 */
@ExtendWith(PostgresExtension.class)
class PostgresKillHarnessTest extends KillHarness {

    private PostgresDatabase database;

    @BeforeEach
    void setUp(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    String name() {
        return "PostgreSQL";
    }

    @Override
    int ciPoints() {
        return 16;
    }

    @Override
    List<Rev> revisions() {
        return List.of(
                new Rev("r1", false, List.of(
                        effect("CREATE TABLE effects (rev VARCHAR(10), n INTEGER)",
                                "SELECT count(*) FROM pg_class WHERE relname = 'effects'"),
                        plain("CREATE TABLE items (id INTEGER)"),
                        plain("INSERT INTO items SELECT g FROM generate_series(1, 40) g"),
                        plain("CREATE FUNCTION slow(i INTEGER) RETURNS INTEGER IMMUTABLE LANGUAGE plpgsql AS "
                                + "$$ BEGIN PERFORM pg_sleep(0.005); RETURN i; END $$"),
                        plain("CREATE TYPE mood AS ENUM ('calm')"),
                        plain("SELECT pg_sleep(0.1)"),
                        row("r1", 7)), "SELECT 1;"),
                new Rev("r2", true, List.of(
                        effect("CREATE TABLE z2 AS SELECT 1 AS x FROM pg_sleep(0.2)",
                                "SELECT count(*) FROM pg_class WHERE relname = 'z2'"),
                        row("r2", 2),
                        plain("SELECT pg_sleep(0.1)"),
                        row("r2", 4)), "SELECT 1;"),
                new Rev("r3", true, List.of(
                        effect("CREATE INDEX CONCURRENTLY items_slow ON items (slow(id))",
                                "SELECT count(*) FROM pg_index WHERE indexrelid = to_regclass('items_slow') "
                                        + "AND indisvalid"),
                        row("r3", 2),
                        plain("VACUUM items")), "SELECT 1;"),
                new Rev("r4", false, List.of(
                        row("r4", 1),
                        plain("SELECT pg_sleep(0.15)"),
                        effect("UPDATE z2 SET x = x + 10", "SELECT count(*) FROM z2 WHERE x = 11")), "SELECT 1;"),
                new Rev("r5", true, List.of(
                        effect("ALTER TYPE mood ADD VALUE 'lively'",
                                "SELECT count(*) FROM pg_enum WHERE enumlabel = 'lively'"),
                        plain("SELECT pg_sleep(0.1)"),
                        row("r5", 3)), "SELECT 1;"));
    }

    @Override
    void emptyDatabase() throws Exception {
        database.reset();
    }

    @Override
    void awaitChildGone() throws Exception {
        database.awaitLockReleased(new PostgresDialect(), "public");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!database.query("SELECT pid FROM pg_stat_activity WHERE application_name = 'migrate' AND datname = "
                + "current_database()").isEmpty()) {
            assertThat(System.nanoTime()).as("the killed child's sessions never ended").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Override
    boolean mayBeInDoubt(Statement statement) {
        return statement.sql().startsWith("CREATE INDEX CONCURRENTLY") || statement.sql().startsWith("VACUUM");
    }

    @Override
    void cleanUpAfter(Statement statement) throws Exception {
        if (statement.sql().startsWith("CREATE INDEX CONCURRENTLY")) {
            database.execute("DROP INDEX CONCURRENTLY IF EXISTS items_slow");
        }
    }

    @Override
    String expectedEvidence(Statement statement, long count) {
        if (!statement.sql().startsWith("CREATE INDEX CONCURRENTLY")) {
            return null;
        }
        if (count == 1) {
            return "The catalog shows index items_slow exists and is valid";
        }
        try {
            return database.query("SELECT 1 FROM pg_class WHERE relname = 'items_slow'").isEmpty()
                    ? "The catalog shows there is no index items_slow"
                    : "The catalog shows index items_slow exists but is INVALID";
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
