package dev.migrate.api;

import dev.migrate.report.HistoryReport;
import dev.migrate.report.StatusReport;
import dev.migrate.report.UpgradeResult;
import dev.migrate.testing.RecordingListener;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Java migrations mixed with SQL files in one class path location ({@code classpath:javamigrations/mixed}: two SQL
 * files and {@code javamigrations.mixed.BackfillSlugs} between them), the same suite for every dialect.
 */
abstract class JavaMigrationContract {

    RecordingListener listener;

    abstract TestDatabase database();

    /** Whether a failed Java migration rolls back completely on this database. */
    abstract boolean transactionalDdl();

    @BeforeEach
    void listen() {
        listener = new RecordingListener();
    }

    Migrator migrator(String location) {
        return Migrator.configure().url(database().url()).user(database().user()).password(database().password())
                .locations(location).listener(listener).build();
    }

    @Test
    void aJavaMigrationRunsBetweenSqlRevisionsAndIsUndoneByItsDowngrade() throws Exception {
        Migrator migrator = migrator("classpath:javamigrations/mixed");

        UpgradeResult up = migrator.upgrade();

        assertThat(up.migrations()).extracting(m -> m.revision().revision()).containsExactly("j1", "j2", "j3");
        assertThat(up.migrations().get(1).revision().location()).isEqualTo("javamigrations.mixed.BackfillSlugs");
        assertThat(database().query("SELECT slug FROM books ORDER BY id")).containsExactly(
                List.of("the-left-hand-of-darkness"), List.of("small-gods"), List.of("dune"));
        assertThat(database().query("SELECT revision, direction, state, statements_total FROM migrate_history "
                + "WHERE revision = 'j2'")).containsExactly(List.of("j2", "upgrade", "completed", 1));

        migrator.downgrade("j1");
        assertThat(database().query("SELECT count(*) FROM books WHERE slug IS NOT NULL")).containsExactly(List.of(0L));
        migrator.downgrade("base");
        assertThat(database().tableExists("books")).isFalse();
        assertThat(migrator.upgrade().migrations()).hasSize(3);
    }

    @Test
    void statusAndHistoryShowTheJavaMigrationLikeAFile() {
        Migrator migrator = migrator("classpath:javamigrations/mixed");
        migrator.upgrade("j2");

        StatusReport status = migrator.status();
        HistoryReport history = migrator.history();

        assertThat(status.current()).singleElement().satisfies(r -> {
            assertThat(r.revision()).isEqualTo("j2");
            assertThat(r.message()).isEqualTo("Backfill slugs");
        });
        assertThat(status.pending()).extracting(r -> r.revision()).containsExactly("j3");
        assertThat(history.entries()).extracting(e -> e.revision().revision()).containsExactly("j3", "j2", "j1");
    }

    @Test
    void theJournalKeepsTheClassChecksumSoARebuiltClassIsNoticed() throws Exception {
        migrator("classpath:javamigrations/mixed").upgrade();

        String text = (String) database().query("SELECT script FROM migrate_history WHERE revision = 'j2'").get(0).get(0);

        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/javamigrations/mixed/BackfillSlugs.class")) {
            bytes = in.readAllBytes();
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(text).contains("-- Revision ID: j2\n").contains("-- Revises: j1\n")
                .contains("-- Java migration: javamigrations.mixed.BackfillSlugs\n")
                .contains("-- Checksum: " + sha + " (SHA-256 of BackfillSlugs.class)\n");
    }

    @Test
    void aFailingJavaMigrationStopsTheRunAndNamesItsSourceLine() throws Exception {
        Migrator migrator = migrator("classpath:javamigrations/failing");

        assertThatThrownBy(migrator::upgrade)
                .isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.MIGRATION_FAILED))
                .hasMessageContaining("upgrade of f2 (Broken backfill) failed at javamigrations.failing.BrokenBackfill")
                .hasMessageContaining("statement: -- Java: javamigrations.failing.BrokenBackfill.upgrade(Connection)")
                .hasMessageContaining("IllegalStateException: no slug for 'Small Gods' (at BrokenBackfill.java:");

        assertThat(database().versionRows()).containsExactly("j1");
        assertThat(database().query("SELECT count(*) FROM books WHERE slug = 'changed'"))
                .as("its UPDATE ran in the revision's transaction and was rolled back").containsExactly(List.of(0L));
        String state = transactionalDdl() ? "rolled_back" : "failed";
        assertThat(database().query("SELECT state FROM migrate_history WHERE revision = 'f2'"))
                .containsExactly(List.of(state));
    }

    @Test
    void aClassWithAHeaderThatIsNotAMigrationIsRefusedByName() throws Exception {
        assertThatThrownBy(() -> migrator("classpath:javamigrations/broken").status())
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("javamigrations.broken.AnnotatedButNotAMigration")
                .hasMessageContaining("is annotated @Revision but does not implement dev.migrate.JavaMigration");
        assertThat(database().tableExists("migrate_version")).isFalse();
    }

    @Test
    void offlineSqlRefusesJavaMigrations() {
        Migrator migrator = migrator("classpath:javamigrations/mixed");

        assertThatThrownBy(() -> migrator.upgradeSql("head", "base"))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("offline SQL cannot hold Java migrations, and j2 (javamigrations.mixed.BackfillSlugs)"
                        + " is one");
        assertThat(migrator.upgradeSql("j1", "base").sql()).contains("CREATE TABLE books");
    }

    @Test
    void aMissingClassPathLocationSaysWhereItLooked() {
        assertThatThrownBy(() -> migrator("classpath:no/such/place").status())
                .isInstanceOf(MigrateException.class)
                .hasMessageStartingWith("classpath:no/such/place is not on the class path");
    }
}
