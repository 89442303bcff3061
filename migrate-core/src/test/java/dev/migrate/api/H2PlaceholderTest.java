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

    @Test
    void theConnectionsSchemaAndUserAreAskedOncePerRunHoweverManyFilesUseThem() throws Exception {
        Path plain = Files.createDirectory(dir.resolve("plain"));
        MigrationFiles plainFiles = new MigrationFiles(plain);
        plainFiles.add("a1", "", "Plain", "CREATE TABLE plain_one (id INT, who VARCHAR(40) DEFAULT 'me');\n"
                + "COMMENT ON TABLE plain_one IS 'by me';", "DROP TABLE plain_one;");
        plainFiles.write("afterUpgrade.sql", "CREATE TABLE IF NOT EXISTS plain_audit (note VARCHAR(40));\n");
        Path builtIns = Files.createDirectory(dir.resolve("built-ins"));
        MigrationFiles files = new MigrationFiles(builtIns);
        files.add("b1", "", "Uses built-ins",
                "CREATE TABLE used_one (id INT, who VARCHAR(40) DEFAULT '${migrate:user}');\n"
                        + "COMMENT ON TABLE ${migrate:schema}.used_one IS 'by ${migrate:user}';",
                "DROP TABLE used_one;");
        files.write("afterUpgrade.sql", "CREATE TABLE IF NOT EXISTS ${migrate:schema}.audit (note VARCHAR(40));\n");

        int withoutBuiltIns = connectionsOpenedByAnUpgrade(plain, "plain_version");
        int withBuiltIns = connectionsOpenedByAnUpgrade(builtIns, "used_version");

        // Dialect detection, the session and the lock; the DataSource's URL is read once, not per question.
        assertThat(withoutBuiltIns).isEqualTo(3);
        assertThat(withBuiltIns).isEqualTo(withoutBuiltIns + 1);
        assertThat(database.tableExists("used_one")).isTrue();
        assertThat(database.tableExists("audit")).isTrue();
    }

    /** Upgrades through a data source (so no user is configured) and counts the connections it handed out. */
    private int connectionsOpenedByAnUpgrade(Path migrations, String versionTable) throws SQLException {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL(database.url());
        h2.setUser(database.user());
        h2.setPassword(database.password());
        java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
        javax.sql.DataSource counting = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        opened.incrementAndGet();
                    }
                    try {
                        return method.invoke(h2, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Migrator.configure().dataSource(counting).migrationsDirectory(migrations).listener(listener)
                .versionTable(versionTable).historyTable(versionTable + "_history").build().upgrade();
        return opened.get();
    }
}
