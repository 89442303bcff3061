package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.api.MigrateException;
import dev.migrate.spring.boot.autoconfigure.MigrateProperties.DataSourceMigration;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which runners the properties ask for, without a context: the cases the start-up tests do not reach. */
class RunnerPlanTest {

    private static DataSourceMigration entry(String... locations) {
        DataSourceMigration entry = new DataSourceMigration();
        entry.setLocations(locations.length == 0 ? null : List.of(locations));
        return entry;
    }

    @Test
    void aFurtherDataSourceInheritsEverySettingButItsLocations() {
        MigrateProperties properties = new MigrateProperties();
        properties.setLockTimeout(Duration.ofSeconds(5));
        properties.setFailOnPending(true);
        DataSourceMigration orders = entry("classpath:db/orders");
        orders.setTarget("heads");
        properties.getDatasources().put("orders", orders);

        List<RunnerSettings> runners = RunnerPlan.plan(properties, List.of("dataSource", "orders"), "dataSource");

        assertThat(runners).extracting(RunnerSettings::name).containsExactly("dataSource", "orders");
        RunnerSettings further = runners.get(1);
        assertThat(further.beanName()).isEqualTo("ordersMigrateRunner");
        assertThat(further.locations()).containsExactly("classpath:db/orders");
        assertThat(further.target()).isEqualTo("heads");
        assertThat(further.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(further.failOnPending()).isTrue();
        assertThat(runners.get(0).target()).isEqualTo("head");
    }

    @Test
    void placeholdersAndTableNamesAreInheritedAndOverriddenNameByName() {
        MigrateProperties properties = new MigrateProperties();
        properties.getPlaceholders().putAll(Map.of("tenant", "acme", "region", "eu"));
        properties.setSecretPlaceholders(List.of("vendor_key"));
        properties.setVersionTable("acme_version");
        DataSourceMigration orders = entry("classpath:db/orders");
        orders.getPlaceholders().put("region", "us");
        orders.setSecretPlaceholders(List.of("orders_key"));
        orders.setHistoryTable("orders_history");
        orders.setPlaceholderReplacement(false);
        properties.getDatasources().put("orders", orders);

        List<RunnerSettings> runners = RunnerPlan.plan(properties, List.of("dataSource", "orders"), "dataSource");

        RunnerSettings top = runners.get(0);
        RunnerSettings further = runners.get(1);
        assertThat(top.placeholders()).isEqualTo(Map.of("tenant", "acme", "region", "eu"));
        assertThat(top.placeholderReplacement()).isTrue();
        assertThat(top.versionTable()).isEqualTo("acme_version");
        assertThat(top.historyTable()).isNull();
        assertThat(further.placeholders()).isEqualTo(Map.of("tenant", "acme", "region", "us"));
        assertThat(further.secretPlaceholders()).containsExactly("vendor_key", "orders_key");
        assertThat(further.placeholderReplacement()).isFalse();
        assertThat(further.versionTable()).isEqualTo("acme_version");
        assertThat(further.historyTable()).isEqualTo("orders_history");
    }

    @Test
    void theLocationsOfAFurtherDataSourceAreRequired() {
        MigrateProperties properties = new MigrateProperties();
        properties.getDatasources().put("orders", entry());

        assertThatThrownBy(() -> RunnerPlan.plan(properties, List.of("dataSource", "orders"), "dataSource"))
                .isInstanceOf(MigrateException.class)
                .hasMessage("migrate.datasources.orders.locations is not set; say where the revisions of DataSource "
                        + "'orders' are, e.g. migrate.datasources.orders.locations=classpath:db/orders");
    }

    @Test
    void thePrimarysOwnEntryOverridesTheTopLevelOrTurnsItOff() {
        MigrateProperties properties = new MigrateProperties();
        DataSourceMigration own = entry("classpath:db/main");
        properties.getDatasources().put("data-source", own);

        List<RunnerSettings> runners = RunnerPlan.plan(properties, List.of("dataSource"), "dataSource");
        assertThat(runners).singleElement().satisfies(runner -> {
            assertThat(runner.beanName()).isEqualTo("migrateRunner");
            assertThat(runner.locations()).containsExactly("classpath:db/main");
        });

        own.setEnabled(false);
        assertThat(RunnerPlan.plan(properties, List.of("dataSource"), "dataSource")).isEmpty();
    }

    @Test
    void anEntryWithAUrlNeedsNoBeanAndNamesMustNotClash() {
        MigrateProperties properties = new MigrateProperties();
        DataSourceMigration reporting = entry("classpath:db/reporting");
        reporting.setUrl("jdbc:postgresql://reports/db?password=hidden-pw");
        properties.getDatasources().put("reporting", reporting);

        List<RunnerSettings> runners = RunnerPlan.plan(properties, List.of("dataSource"), "dataSource");
        assertThat(runners).extracting(RunnerSettings::name).containsExactly("dataSource", "reporting");
        assertThat(runners.get(1).dataSourceBean()).isNull();
        assertThat(runners.get(1).toString()).doesNotContain("hidden-pw").contains("password=****");

        properties.setUrl("jdbc:h2:mem:x");
        properties.getDatasources().put("migrate", reporting);
        assertThatThrownBy(() -> RunnerPlan.plan(properties, List.of(), null))
                .hasMessageStartingWith("two runners are named 'migrate'");
    }

    @Test
    void twoEntriesForOneBeanAndNoDataSourceAtAll() {
        MigrateProperties properties = new MigrateProperties();
        properties.getDatasources().put("orders", entry("classpath:a"));
        properties.getDatasources().put("ORDERS", entry("classpath:b"));
        assertThatThrownBy(() -> RunnerPlan.plan(properties, List.of("dataSource", "orders"), "dataSource"))
                .hasMessage("migrate.datasources.orders and migrate.datasources.ORDERS both name DataSource "
                        + "'orders'; keep one of them");

        assertThat(RunnerPlan.plan(new MigrateProperties(), List.of(), null)).isEmpty();
    }
}
