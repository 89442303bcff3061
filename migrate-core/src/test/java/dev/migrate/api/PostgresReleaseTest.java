package dev.migrate.api;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.report.OfflineSql;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release suite on PostgreSQL; scripts run through {@code psql -v ON_ERROR_STOP=1 -1 -f}, as the script's header
 * advises, or without {@code -1} when a section must run outside a transaction.
 */
@ExtendWith(PostgresExtension.class)
class PostgresReleaseTest extends ReleaseContract {

    private PostgresDatabase online;
    private PostgresDatabase offline;

    @BeforeEach
    void databases(PostgresDatabase database) throws SQLException {
        online = database;
        online.reset();
        offline = database.server().newDatabase("release_offline");
    }

    @AfterEach
    void dropOffline() throws SQLException {
        offline.server().drop(offline.name());
    }

    @Override
    TestDatabase online() {
        return online;
    }

    @Override
    TestDatabase offline() {
        return offline;
    }

    @Override
    Dialect dialect() {
        return new PostgresDialect();
    }

    @Override
    void runScript(TestDatabase database, Path script) throws Exception {
        psql(database, script, true);
    }

    @Override
    String unreachableUrl() {
        return "jdbc:postgresql://127.0.0.1:1/nowhere";
    }

    @Test
    void oneTransactionForTheWholeScriptWithTransactionModeAll() throws Exception {
        migrator(online).upgrade("heads");

        OfflineSql script = builder(offline).transactionMode(TransactionMode.ALL).build().upgradeSql("heads", null);

        assertThat(script.sql().lines().filter(line -> line.equals("BEGIN;"))).hasSize(1);
        assertThat(script.sql().lines().filter(line -> line.equals("COMMIT;"))).hasSize(1);
        psql(offline, write(script), true);
        assertSameState();
    }

    @Test
    void functionBodiesAndSectionsOutsideATransactionSurviveTheScript() throws Exception {
        files.add("f1", "d1", "Slug function", """
                CREATE FUNCTION slug(text) RETURNS text LANGUAGE plpgsql AS $$
                BEGIN
                    RETURN lower(replace($1, ' ', '-')); -- one statement; not the end of the body
                END;
                $$;""", "DROP FUNCTION slug(text);");
        files.write("20270101_0000-f2_concurrent_index.sql", """
                -- Concurrent index
                --
                -- Revision ID: f2
                -- Revises: f1

                -- migrate:upgrade transaction:false
                CREATE INDEX CONCURRENTLY authors_name_idx ON authors (name);

                -- migrate:downgrade transaction:false
                DROP INDEX CONCURRENTLY authors_name_idx;
                """);
        migrator(online).upgrade();

        OfflineSql script = migrator(offline).upgradeSql("head", null);

        assertThat(script.sql()).contains("-- transaction:false: these statements run outside a transaction block");
        psql(offline, write(script), false);
        assertSameState();
        assertThat(offline.query("SELECT slug('Ann Smith')")).containsExactly(List.of("ann-smith"));
    }

    /** Runs psql on {@code script}; fails the test, with psql's output, unless it succeeds. */
    private static void psql(TestDatabase database, Path script, boolean singleTransaction) throws Exception {
        String psql = psqlBinary();
        List<String> command = new ArrayList<>(List.of(psql, "-X", "-q", "-v", "ON_ERROR_STOP=1"));
        if (singleTransaction) {
            command.add("-1");
        }
        command.addAll(List.of("-f", script.toString(), "-d", conninfo(database.url()), "-U", database.user()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (database.password() != null) {
            builder.environment().put("PGPASSWORD", database.password());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("psql failed:%n%s%nscript:%n%s", output, Files.readString(script))
                .isZero();
    }

    /** {@code jdbc:postgresql://host:port/db?...} as psql's {@code postgresql://host:port/db}. */
    private static String conninfo(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:".length());
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    private static String psqlBinary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "psql"))) {
                return Path.of(dir, "psql").toString();
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true and psql is not on the PATH: offline SQL must be tested with psql");
        }
        Assumptions.abort("psql is not on the PATH");
        return null;
    }

    @Test
    void allowDestructiveFalseRefusesAStatementTheLintCannotSeeInto() throws SQLException {
        migrator(online()).upgrade("heads");
        files.add("e1", "d1", "Clean up", "DO $$ BEGIN DELETE FROM authors WHERE id > 0; END $$;", "SELECT 1;");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder(online()).allowDestructive(false).build()
                        .upgrade())
                .hasMessageStartingWith("migrate.allowDestructive = false, and pending revision e1 loses data, or "
                        + "may; nothing was changed:")
                .hasMessageContaining("MG106 ").hasMessageContaining(" runs code the lint cannot see into (DO), so it "
                        + "may lose data.");
        assertThat(online().query("SELECT count(*) FROM authors")).containsExactly(List.of(2L));
    }
}
