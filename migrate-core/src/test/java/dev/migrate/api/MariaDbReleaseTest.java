package dev.migrate.api;

import dev.migrate.dialect.Dialect;
import dev.migrate.report.OfflineSql;
import dev.migrate.dialect.mariadb.MariaDbDialect;
import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
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

/** The release suite on MariaDB: offline scripts run by the {@code mariadb} command-line client. */
@ExtendWith(MariaDbExtension.class)
class MariaDbReleaseTest extends ReleaseContract {

    private MariaDbDatabase online;
    private MariaDbDatabase offline;

    @BeforeEach
    void databases(MariaDbDatabase database) throws SQLException {
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
        return new MariaDbDialect();
    }

    @Override
    void runScript(TestDatabase database, Path script) throws Exception {
        mariadbClient(database, script);
    }

    @Override
    String unreachableUrl() {
        return "jdbc:mariadb://127.0.0.1:1/nowhere";
    }

    /**
     * A schema is a database of the server here, so the online and the offline run cannot both use {@code shop}:
     * only the script goes there, and the tables must land in it.
     */
    @Override
    @Test
    void aScriptForAConfiguredSchemaRunsTheRevisionsThere() throws Exception {
        OfflineSql script = builder(offline()).schema("shop").build().upgradeSql("heads", null);

        assertThat(script.sql()).contains("USE `shop`;").contains("CREATE DATABASE IF NOT EXISTS `shop`");
        runScript(offline(), write(script));
        assertThat(offline().query("SELECT table_schema, table_name FROM information_schema.tables "
                + "WHERE table_name IN ('authors', 'books', 'migrate_version') ORDER BY 2"))
                .containsExactly(List.of("shop", "authors"), List.of("shop", "books"),
                        List.of("shop", "migrate_version"));
    }

    @Test
    void proceduresAndTriggersInDelimiterBlocksSurviveTheScript() throws Exception {
        files.add("p1", "d1", "Audit trigger", """
                CREATE TABLE audit (what VARCHAR(100));
                DELIMITER $$
                CREATE TRIGGER authors_ai AFTER INSERT ON authors FOR EACH ROW
                BEGIN
                    INSERT INTO audit VALUES (CONCAT('author; ', NEW.name));
                END$$
                CREATE PROCEDURE add_author(IN p_id INT, IN p_name VARCHAR(100))
                BEGIN
                    INSERT INTO authors (id, name) VALUES (p_id, p_name);
                END$$
                DELIMITER ;
                CALL add_author(3, 'It''s \\\\ me');""",
                "DROP PROCEDURE add_author;\nDROP TRIGGER authors_ai;\nDROP TABLE audit;\nDELETE FROM authors WHERE id = 3;");
        migrator(online).upgrade();

        OfflineSql script = migrator(offline).upgradeSql("head", null);

        runScript(offline, write(script));
        assertThat(offline.query("SELECT what FROM audit")).containsExactly(List.of("author; It's \\ me"));
        assertThat(offline.query("SELECT what FROM audit")).isEqualTo(online.query("SELECT what FROM audit"));
        assertThat(offline.versionRows()).isEqualTo(online.versionRows());
    }

    /** Runs the {@code mariadb} client on {@code script}; fails the test, with its output, unless it succeeds. */
    private static void mariadbClient(TestDatabase database, Path script) throws Exception {
        String client = clientBinary();
        String url = database.url();
        String location = url.substring(url.indexOf("//") + 2);
        int query = location.indexOf('?');
        location = query < 0 ? location : location.substring(0, query);
        String hostPort = location.substring(0, location.indexOf('/'));
        String name = location.substring(location.indexOf('/') + 1);
        int colon = hostPort.lastIndexOf(':');
        List<String> command = new ArrayList<>(List.of(client, "--batch", "-h",
                colon < 0 ? hostPort : hostPort.substring(0, colon), "-P", colon < 0 ? "3306" : hostPort.substring(colon + 1),
                "-u", database.user(), name));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(script.toFile());
        if (database.password() != null) {
            builder.environment().put("MYSQL_PWD", database.password());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("the mariadb client failed:%n%s%nscript:%n%s", output,
                Files.readString(script)).isZero();
    }

    private static String clientBinary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("mariadb", "mysql")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true and neither mariadb nor mysql is on the PATH: offline SQL must be tested "
                    + "with the database's own client");
        }
        Assumptions.abort("the mariadb client is not on the PATH");
        return null;
    }
}
