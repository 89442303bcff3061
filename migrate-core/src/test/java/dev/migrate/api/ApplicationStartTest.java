package dev.migrate.api;

import dev.migrate.report.UpgradeResult;
import dev.migrate.testing.H2Memory;
import dev.migrate.testing.RecordingListener;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An application that migrates itself at start, as the README shows: its own DataSource, migrations on its class
 * path, a health check; and the configuration mistakes {@code build()} names before anything connects.
 */
class ApplicationStartTest {

    private final H2Memory database = new H2Memory("start");
    private final RecordingListener listener = new RecordingListener();

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(database.url());
        dataSource.setUser(database.user());
        return dataSource;
    }

    @Test
    void anApplicationMigratesAtStartThenReportsItselfHealthy() {
        Migrator migrator = Migrator.configure().dataSource(dataSource()).locations("classpath:javamigrations/mixed")
                .connectRetries(30).listener(listener).build();

        assertThat(migrator.status().isUpToDate()).isFalse();
        UpgradeResult result = migrator.upgrade();

        assertThat(result.headsAfter()).containsExactly("j3");
        assertThat(result.migrations()).allSatisfy(m -> assertThat(m.durationMillis()).isNotNegative());
        assertThat(migrator.status().isUpToDate()).isTrue();
        assertThat(migrator.config().options().connectRetries()).isEqualTo(30);
        assertThat(migrator.config().options().connectRetryInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aFailingMigrationStopsTheStartWithOneClearError() {
        Migrator migrator = Migrator.configure().dataSource(dataSource()).locations("classpath:javamigrations/failing")
                .listener(listener).build();

        assertThatThrownBy(migrator::upgrade)
                .isInstanceOf(MigrateException.class)
                .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.MIGRATION_FAILED))
                .hasMessageStartingWith("upgrade of f2 (Broken backfill) failed at javamigrations.failing.BrokenBackfill");
        assertThat(migrator.status().isUpToDate()).isFalse();
        assertThat(migrator.status().isHealthy()).isFalse();
    }

    @Test
    void locationsNeedTheirPrefix() {
        assertThatThrownBy(() -> Migrator.configure().url(database.url()).locations("db/migrations"))
                .isInstanceOf(MigrateException.class)
                .hasMessageStartingWith("migrate.locations: 'db/migrations' is not a location; write classpath:<path>");
    }

    @Test
    void badCombinationsAreNamedAtBuild() {
        assertThatThrownBy(() -> Migrator.configure().url(database.url()).dataSource(dataSource()).build())
                .hasMessage("both a URL and a DataSource are configured; set one of them");
        assertThatThrownBy(() -> Migrator.configure().dataSource(dataSource()).locations("classpath:x")
                .migrationsShownAs("x").build())
                .hasMessageStartingWith("both locations and migrationsShownAs are set");
        assertThatThrownBy(() -> Migrator.configure().dataSource(dataSource()).locations(List.of()).build())
                .hasMessageStartingWith("no migrations location");
        assertThatThrownBy(() -> Migrator.configure().dataSource(dataSource()).connectRetries(-1).build())
                .hasMessageStartingWith("migrate.connectRetries = -1 is negative");
    }

    @Test
    void generateNeedsADirectoryToWriteTo() {
        Migrator migrator = Migrator.configure().dataSource(dataSource()).locations("classpath:javamigrations/mixed")
                .listener(listener).build();

        assertThatThrownBy(() -> migrator.generate(GenerateRequest.of("More")))
                .isInstanceOf(MigrateException.class)
                .hasMessageStartingWith("generate writes revision files into a directory, and every location is on the "
                        + "class path (classpath:javamigrations/mixed)");
    }
}
