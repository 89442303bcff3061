package dev.migrate.api;

import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The apply suite on MariaDB: a fresh database for the class, emptied before each test. */
@ExtendWith(MariaDbExtension.class)
class MariaDbApplyTest extends ApplyContract {

    private MariaDbDatabase database;

    @BeforeEach
    void emptyDatabase(MariaDbDatabase database) throws SQLException {
        this.database = database;
        database.reset();
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    boolean transactionalDdl() {
        return false;
    }

    /** MariaDB folds no names: a schema (database) that differs by case is another one, and nobody is warned. */
    @Override
    @Test
    void aConfiguredSchemaThatDiffersOnlyByCaseFromAnExistingOneIsWarnedAbout() throws SQLException {
        database.execute("CREATE DATABASE `Shop`");

        Migrator.configure().url(url()).user(user()).password(password()).migrationsDirectory(files.directory())
                .listener(listener).schema("Shop").build().upgrade();

        assertThat(listener.warnings).isEmpty();
        assertThat(database.query("SELECT table_schema, table_name FROM information_schema.tables "
                + "WHERE table_name = 'migrate_version'")).containsExactly(List.of("Shop", "migrate_version"));
    }

    /** MariaDB Connector/J takes a jdbc:mysql: URL only with permitMysqlScheme, which migrate adds for it. */
    @Test
    void aMysqlUrlReachesTheServerThroughTheMariaDbDriver() throws SQLException {
        String mysqlUrl = url().replace("jdbc:mariadb:", "jdbc:mysql:");

        Migrator.configure().url(mysqlUrl).user(user()).password(password()).migrationsDirectory(files.directory())
                .listener(listener).build().upgrade();

        assertThat(database.versionRows()).containsExactly("c3");
    }

    @Test
    void aRejectedPasswordIsOneClearErrorWithoutThePassword() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Migrator.configure().url(url()).user("migrate_nobody")
                        .password("wrong-s3cret").migrationsDirectory(files.directory()).listener(listener).build()
                        .status())
                .isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.AUTHENTICATION))
                .hasMessageNotContaining("wrong-s3cret");
        assertThat(listener.infos).noneMatch(line -> line.contains("wrong-s3cret"));
    }
}
