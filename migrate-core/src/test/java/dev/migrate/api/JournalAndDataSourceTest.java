package dev.migrate.api;

import dev.migrate.report.JournalReport;
import dev.migrate.testing.H2Memory;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.RecordingListener;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What applications (the Spring Boot starter) read besides status: the journal, newest first; and an application's
 * DataSource that cannot be reached yet is waited for as {@code connectRetries} says, from the very first connection.
 */
class JournalAndDataSourceTest {

    @TempDir
    Path directory;

    private final H2Memory database = new H2Memory("journal");
    private final RecordingListener listener = new RecordingListener();
    private MigrationFiles files;

    @BeforeEach
    void twoRevisions() {
        files = new MigrationFiles(directory.resolve("migrations"));
        files.add("a1", "", "Create things", "CREATE TABLE things (id INTEGER);", "DROP TABLE things;");
        files.add("a2", "a1", "Add name", "ALTER TABLE things ADD COLUMN name VARCHAR(20);",
                "ALTER TABLE things DROP COLUMN name;");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    private Migrator migrator() {
        return Migrator.configure().url(database.url()).user(database.user()).password("")
                .migrationsDirectory(files.directory()).listener(listener).build();
    }

    @Test
    void theJournalListsTheLatestStepsNewestFirst() {
        Migrator migrator = migrator();
        assertThat(migrator.journal(10).entries()).as("no journal yet").isEmpty();

        migrator.upgrade();
        migrator.downgrade("-1");
        JournalReport journal = migrator.journal(10);

        assertThat(journal.entries()).extracting(JournalReport.Entry::revision, JournalReport.Entry::direction,
                        JournalReport.Entry::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a2", "downgrade", "completed"),
                        org.assertj.core.groups.Tuple.tuple("a2", "upgrade", "completed"),
                        org.assertj.core.groups.Tuple.tuple("a1", "upgrade", "completed"));
        JournalReport.Entry first = journal.entries().get(2);
        assertThat(first.message()).isEqualTo("Create things");
        assertThat(first.checksum()).hasSize(64);
        assertThat(first.statementsTotal()).isEqualTo(1);
        assertThat(first.statementsDone()).isEqualTo(1);
        assertThat(first.startedAt()).isNotNull();
        assertThat(first.durationMillis()).isNotNegative();
        assertThat(first.appliedBy()).isEqualTo(System.getProperty("user.name"));
        assertThat(first.errorLine()).isNull();
        assertThat(journal.database()).isEqualTo(database.url());

        assertThat(migrator.journal(2).entries()).extracting(JournalReport.Entry::id)
                .containsExactly(journal.entries().get(0).id(), journal.entries().get(1).id());
        assertThatThrownBy(() -> migrator.journal(0)).isInstanceOf(MigrateException.class)
                .hasMessageStartingWith("journal limit = 0;");
    }

    @Test
    void aFailedStepIsJournalledWithItsLine() {
        files.add("a3", "a2", "Broken", "INSERT INTO things (id) VALUES (1);\nINSERT INTO nowhere VALUES (1);", "");
        Migrator migrator = migrator();

        assertThatThrownBy(migrator::upgrade).isInstanceOf(MigrateException.class);

        JournalReport.Entry failed = migrator.journal(1).entries().get(0);
        assertThat(failed.revision()).isEqualTo("a3");
        assertThat(failed.state()).isIn("failed", "rolled_back");
        assertThat(failed.errorLine()).isNotNull();
        assertThat(failed.errorMessage()).contains("NOWHERE");
    }

    @Test
    void aDataSourceThatCannotBeReachedYetIsWaitedForFromTheFirstConnection() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(database.url());
        h2.setUser(database.user());
        AtomicInteger attempts = new AtomicInteger();
        // Refuses its first two connections, as a pool does while its database is still starting.
        javax.sql.DataSource startingUp = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[]{javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && attempts.incrementAndGet() <= 2) {
                        throw new SQLNonTransientConnectionException("Connection refused", "08001");
                    }
                    try {
                        return method.invoke(h2, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        Migrator migrator = Migrator.configure().dataSource(startingUp).migrationsDirectory(files.directory())
                .listener(listener).connectRetries(3, Duration.ofMillis(10)).build();

        assertThat(migrator.upgrade().headsAfter()).containsExactly("a2");
        assertThat(listener.warnings).hasSize(2).allSatisfy(warning -> assertThat(warning)
                .startsWith("Cannot connect yet (attempt ").contains("cannot connect to the DataSource"));
        try (Connection c = h2.getConnection()) {
            assertThat(c.isValid(1)).isTrue();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
