package dev.migrate.api;

import dev.migrate.report.MigrationEvent;
import dev.migrate.testing.H2Memory;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.RecordingListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Placeholders through the facade: replaced in what runs, never in checksums, masked where secret. */
class H2PlaceholderTest {

    private final H2Memory database = new H2Memory("placeholders");
    private final RecordingListener listener = new RecordingListener();

    @TempDir
    Path dir;

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    private Migrator.Builder migrator(String prefix) {
        return Migrator.configure().url(database.url()).user(database.user()).password(database.password())
                .migrationsDirectory(dir).listener(listener)
                .placeholder("table_prefix", prefix)
                .secretPlaceholder("api_key", "key-0123456789");
    }

    @Test
    void placeholdersAreReplacedInRevisionsAndCallbacksButNotInChecksums() throws Exception {
        MigrationFiles files = new MigrationFiles(dir);
        files.add("a1", "", "Create orders",
                "CREATE TABLE ${table_prefix}orders (id INT, created_by VARCHAR(40) DEFAULT '${migrate:user}', "
                        + "revision VARCHAR(20) DEFAULT '${migrate:revision}');",
                "DROP TABLE ${table_prefix}orders;");
        files.write("afterUpgrade.sql", "CREATE TABLE IF NOT EXISTS ${TABLE_PREFIX}audit (note VARCHAR(40));\n");

        migrator("shop_").build().upgrade();
        database.execute("INSERT INTO shop_orders (id) VALUES (1)");

        assertThat(database.query("SELECT created_by, revision FROM shop_orders"))
                .containsExactly(List.of(database.user(), "a1"));
        assertThat(database.tableExists("shop_audit")).isTrue();
        // Another value later is not an edit of an applied file.
        assertThat(migrator("other_").build().status().problems()).isEmpty();
        assertThat(migrator("other_").build().status().isUpToDate()).isTrue();
    }

    @Test
    void anUnknownPlaceholderStopsTheUpgradeBeforeItTouchesTheDatabase() throws Exception {
        MigrationFiles files = new MigrationFiles(dir);
        files.add("a1", "", "Create orders", "CREATE TABLE ${table_prefix}orders (id INT);", "");
        Path second = files.add("b2", "a1", "Grant", "CREATE TABLE t2 (id INT);\n\nGRANT SELECT ON t2\n  TO ${reader};",
                "");

        MigrateException e = catchThrowableOfType(MigrateException.class, () -> migrator("shop_").build().upgrade());

        int line = Files.readAllLines(second).indexOf("  TO ${reader};") + 1;
        assertThat(e.getMessage()).contains(second.getFileName() + ":" + line + ": unknown placeholder ${reader}");
        assertThat(database.tableExists("shop_orders")).isFalse();
        assertThat(database.tableExists("migrate_version")).isFalse();
    }

    @Test
    void replacementCanBeTurnedOffForARun() throws Exception {
        new MigrationFiles(dir).add("a1", "", "Literal", "CREATE TABLE lit (v VARCHAR(40) DEFAULT '${kept}');",
                "DROP TABLE lit;");

        Migrator.configure().url(database.url()).user(database.user()).password(database.password())
                .migrationsDirectory(dir).listener(listener).placeholderReplacement(false).build().upgrade();

        database.execute("INSERT INTO lit DEFAULT VALUES");
        assertThat(database.query("SELECT v FROM lit")).containsExactly(List.of("${kept}"));
    }

    @Test
    void replacementCanBeTurnedOffForASection() throws Exception {
        Path file = new MigrationFiles(dir).add("a1", "", "Literal",
                "CREATE TABLE lit (v VARCHAR(40) DEFAULT '${kept}');", "DROP TABLE ${table_prefix}lit;");
        Files.writeString(file, Files.readString(file)
                .replace("-- migrate:upgrade", "-- migrate:upgrade placeholders:false"));

        migrator("").build().upgrade();
        database.execute("INSERT INTO lit DEFAULT VALUES");
        assertThat(database.query("SELECT v FROM lit")).containsExactly(List.of("${kept}"));
        migrator("").build().downgrade("base");
        assertThat(database.tableExists("lit")).isFalse();
    }

    @Test
    void secretValuesNeverReachOutput() throws Exception {
        MigrationFiles files = new MigrationFiles(dir);
        files.add("a1", "", "Uses a key", "CREATE TABLE keys (k VARCHAR(40));\n"
                + "INSERT INTO keys VALUES ('${api_key}');\nINSERT INTO no_such_table VALUES ('${api_key}');", "");

        String offline = migrator("shop_").build().upgradeSql("head", "base").sql();
        assertThat(offline).contains("INSERT INTO keys VALUES ('****')", "secret placeholders are masked")
                .doesNotContain("key-0123456789");

        MigrateException e = catchThrowableOfType(MigrateException.class, () -> migrator("shop_").build().upgrade());
        assertThat(e.getMessage()).contains("no_such_table").doesNotContain("key-0123456789");
        assertThat(listener.events).filteredOn(MigrationEvent.Failed.class::isInstance)
                .allSatisfy(event -> assertThat(event.toString()).doesNotContain("key-0123456789"));
        assertThat(String.join("\n", listener.infos) + String.join("\n", listener.warnings))
                .doesNotContain("key-0123456789");
        // The database got the real value.
        assertThat(database.query("SELECT k FROM keys")).containsExactly(List.of("key-0123456789"));
    }
}
