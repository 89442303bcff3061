package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.api.RunOptions;
import dev.migrate.api.TransactionMode;
import dev.migrate.spring.boot.autoconfigure.actuate.MigrateHealth;
import dev.migrate.spring.boot.autoconfigure.plain.PlainApplication;
import dev.migrate.spring.boot.autoconfigure.shop.ShopApplication;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What each {@code migrate.*} property and the hook beans change at start. */
@ExtendWith(OutputCaptureExtension.class)
class SettingsTest {

    private static ConfigurableApplicationContext start(String url, String... properties) {
        List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + url, "spring.datasource.username=sa"));
        all.addAll(List.of(properties));
        return Starts.run(ShopApplication.class, all.toArray(String[]::new));
    }

    private static List<String> versionRows(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForList("SELECT revision FROM migrate_version", String.class);
    }

    @Test
    void theDefaultsMigrateClasspathDbMigrationsToHead() {
        try (ConfigurableApplicationContext context = Starts.run(PlainApplication.class,
                "spring.datasource.url=" + TestDatabases.h2("defaults"))) {
            MigrateRunner runner = context.getBean(MigrateRunner.class);
            assertThat(runner.locations()).containsExactly("classpath:db/migrations");
            assertThat(runner.target()).isEqualTo("head");
            assertThat(versionRows(context)).containsExactly("e0d1c2b3a495");
            RunOptions options = runner.migrator().config().options();
            assertThat(options).isEqualTo(RunOptions.DEFAULTS);
        }
    }

    @Test
    void propertiesReachTheMigrator() {
        try (ConfigurableApplicationContext context = start(TestDatabases.h2("mapped"),
                "migrate.locations=classpath:db/shop", "migrate.target=5f1c2a9e7b30", "migrate.lock-timeout=5s",
                "migrate.connect-retries=3", "migrate.connect-retry-interval=250ms", "migrate.validateChecksums=false",
                "migrate.allow-destructive=false", "migrate.transaction-mode=per-migration", "migrate.schema=shop",
                "spring.jpa.hibernate.ddl-auto=none")) {
            Migrator migrator = context.getBean(MigrateRunner.class).migrator();
            RunOptions options = migrator.config().options();
            assertThat(options.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(options.connectRetries()).isEqualTo(3);
            assertThat(options.connectRetryInterval()).isEqualTo(Duration.ofMillis(250));
            assertThat(options.validateChecksums()).isFalse();
            assertThat(options.allowDestructive()).isFalse();
            assertThat(options.transactionMode()).isEqualTo(TransactionMode.PER_MIGRATION);
            assertThat(migrator.config().schema()).isEqualTo("shop");
            // The target stops the upgrade below the head; health compares with the heads.
            assertThat(migrator.status().current()).extracting(r -> r.revision()).containsExactly("5f1c2a9e7b30");
            MigrateHealth health = MigrateHealth.of(context.getBean(MigrateRunner.class));
            assertThat(health.up()).isFalse();
            assertThat(health.details().get("pending").toString()).contains("8d0b6e4c1a27");
        }
    }

    @Test
    void migrateUrlMigratesAnotherDatabaseThanTheDataSource(CapturedOutput output) {
        String application = TestDatabases.h2("application");
        String owner = TestDatabases.h2("owner");
        try (ConfigurableApplicationContext context = start(application, "migrate.url=" + owner,
                "migrate.user=sa", "migrate.password=Owner-Secret-42", "spring.jpa.hibernate.ddl-auto=none")) {
            MigrateRunner runner = context.getBean(MigrateRunner.class);
            assertThat(runner.name()).isEqualTo("migrate");
            assertThat(runner.dataSourceBean()).isNull();
            assertThat(runner.database()).isEqualTo(owner);
            assertThat(runner.migrator().status().current()).extracting(r -> r.revision())
                    .containsExactly("e0d1c2b3a495");
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM "
                    + "information_schema.tables WHERE table_name = 'GREETINGS'", Integer.class)).isZero();
            MigrateHealth health = MigrateHealth.of(runner);
            assertThat(health.up()).isTrue();
            assertThat(health.details().toString() + output.getAll()).doesNotContain("Owner-Secret-42");
        }
    }

    @Test
    void healthSaysWhenTheDatabaseIsGoneAndCanBeTurnedOff() throws Exception {
        int port = Starts.freePort();
        Server server = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
        try (ConfigurableApplicationContext context = start(TestDatabases.h2("gone"),
                "migrate.url=jdbc:h2:tcp://127.0.0.1:" + port + "/mem:gone;DB_CLOSE_DELAY=-1", "migrate.user=sa",
                "spring.jpa.hibernate.ddl-auto=none")) {
            assertThat(context.containsBean("migrateHealthContributor")).isTrue();
            server.stop();

            MigrateHealth health = MigrateHealth.of(context.getBean(MigrateRunner.class));

            assertThat(health.up()).isFalse();
            assertThat((String) health.details().get("error")).startsWith("CONNECTION: cannot connect to "
                    + "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:gone");
        } finally {
            server.stop();
        }
        try (ConfigurableApplicationContext context = start(TestDatabases.h2("nohealth"),
                "management.health.migrate.enabled=false", "spring.jpa.hibernate.ddl-auto=none")) {
            assertThat(context.containsBean("migrateRunner")).isTrue();
            assertThat(context.containsBean("migrateHealthContributor")).isFalse();
        }
    }

    @Test
    void disabledMeansNoRunnerAndNoMigration() {
        String url = TestDatabases.h2("disabled");
        try (ConfigurableApplicationContext context = start(url, "migrate.enabled=false",
                "spring.jpa.hibernate.ddl-auto=none")) {
            assertThat(context.getBeansOfType(MigrateRunner.class)).isEmpty();
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM "
                    + "information_schema.tables WHERE table_name = 'MIGRATE_VERSION'", Integer.class)).isZero();
        }
    }

    @Test
    void jpaLeavesTheMigratedSchemaAloneOnAnEmbeddedDatabase() {
        // Without a schema manager, Spring Boot's default ddl-auto on H2 is create-drop: the seeded rows would be gone.
        try (ConfigurableApplicationContext context = start(TestDatabases.h2("ddlauto"),
                "migrate.locations=classpath:db/shop")) {
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM books", Integer.class))
                    .isEqualTo(2);
        }
    }

    @Test
    void failOnPendingRefusesToStartBehindTheHeadsAndStartsAtThem(CapturedOutput output) {
        String url = TestDatabases.h2("failonpending");
        Throwable failure = catchThrowable(() -> start(url, "migrate.locations=classpath:db/shop",
                "migrate.fail-on-pending=true", "spring.jpa.hibernate.ddl-auto=none"));

        MigrateException cause = FailedStartTest.findCause(failure, MigrateException.class);
        assertThat(cause.kind()).isEqualTo(ErrorKind.REFUSED);
        assertThat(cause.getMessage()).startsWith("the database is not ready for this application, and "
                + "migrate.fail-on-pending = true says a deployment step migrates it, not the application:\n"
                + "  2 revisions are pending:\n"
                + "    5f1c2a9e7b30 (Create authors and books) classpath:db/shop/20261121_0900-5f1c2a9e7b30_"
                + "create_authors_and_books.sql\n");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START");

        // The pipeline migrates; the application then starts and applies nothing.
        Migrator.configure().url(url).user("sa").locations("classpath:db/shop").build().upgrade();
        try (ConfigurableApplicationContext context = start(url, "migrate.locations=classpath:db/shop",
                "migrate.fail-on-pending=true", "spring.jpa.hibernate.ddl-auto=validate")) {
            assertThat(versionRows(context)).containsExactly("8d0b6e4c1a27");
            assertThat(output.getAll()).contains("is at its heads (8d0b6e4c1a27); migrate.fail-on-pending = true, so "
                    + "nothing was applied");
        }
    }

    @Test
    void allowDestructiveFalseRefusesARevisionThatLosesData() {
        String url = TestDatabases.h2("destructive");
        // Dropping a column an earlier pending revision adds loses nothing: the column must be there first.
        Migrator.configure().url(url).user("sa").locations("classpath:db/shop").build().upgrade();
        Throwable failure = catchThrowable(() -> start(url,
                "migrate.locations=classpath:db/shop,classpath:db/shop-destructive", "migrate.allow-destructive=false",
                "spring.jpa.hibernate.ddl-auto=none"));

        MigrateException cause = FailedStartTest.findCause(failure, MigrateException.class);
        assertThat(cause.kind()).isEqualTo(ErrorKind.REFUSED);
        assertThat(cause.getMessage()).contains("MG102").contains("20261121_1030-2b9f8e7d6c51_drop_isbn.sql:8");
    }

    @Test
    void aChangedAppliedFileStopsTheStartUnlessChecksumsAreNotValidated() throws Exception {
        String url = TestDatabases.h2("checksum");
        Migrator.configure().url(url).user("sa").locations("classpath:db/shop").build().upgrade();
        TestDatabases.execute(url, "sa", "UPDATE migrate_history SET checksum = '" + "0".repeat(64)
                + "' WHERE revision = '5f1c2a9e7b30'");

        Throwable failure = catchThrowable(() -> start(url, "migrate.locations=classpath:db/shop",
                "spring.jpa.hibernate.ddl-auto=none"));
        assertThat(FailedStartTest.findCause(failure, MigrateException.class).kind())
                .isEqualTo(ErrorKind.CHECKSUM_MISMATCH);

        try (ConfigurableApplicationContext context = start(url, "migrate.locations=classpath:db/shop",
                "migrate.validate-checksums=false", "spring.jpa.hibernate.ddl-auto=none")) {
            assertThat(versionRows(context)).containsExactly("8d0b6e4c1a27");
        }
    }

    /** A strategy that only checks, as when a separate job migrates. */
    @Configuration(proxyBeanMethods = false)
    static class CheckOnly {

        static final List<String> SEEN = new ArrayList<>();

        @Bean
        MigrateMigrationStrategy checkOnly() {
            return runner -> SEEN.add(runner.name() + " " + runner.migrator().status().pending().size() + " pending");
        }

        @Bean
        MigrateBuilderCustomizer quickLock() {
            return (name, builder) -> builder.lockTimeout(Duration.ofSeconds(7));
        }
    }

    @Test
    void aStrategyBeanReplacesTheUpgradeAndCustomizersAdjustTheMigrator() {
        String url = TestDatabases.h2("strategy");
        try (ConfigurableApplicationContext context = new org.springframework.boot.builder.SpringApplicationBuilder(
                PlainApplication.class, CheckOnly.class).web(org.springframework.boot.WebApplicationType.NONE)
                .properties("spring.datasource.url=" + url, "migrate.locations=classpath:db/shop").run()) {
            assertThat(CheckOnly.SEEN).containsExactly("dataSource 2 pending");
            MigrateRunner runner = context.getBean(MigrateRunner.class);
            assertThat(runner.migrator().status().current()).isEmpty();
            assertThat(runner.migrator().config().options().lockTimeout()).isEqualTo(Duration.ofSeconds(7));
        }
    }

    @Test
    void waitForDatabaseAndConnectRetriesAreOneOrTheOther() {
        Throwable failure = catchThrowable(() -> start(TestDatabases.h2("both"), "migrate.connect-retries=3",
                "migrate.wait-for-database=1m", "spring.jpa.hibernate.ddl-auto=none"));

        MigrateException cause = FailedStartTest.findCause(failure, MigrateException.class);
        assertThat(cause.kind()).isEqualTo(ErrorKind.CONFIGURATION);
        assertThat(cause.getMessage()).isEqualTo("both migrate.connect-retries (3) and migrate.wait-for-database "
                + "(1 min) are set; set one: wait-for-database waits up to a time, connect-retries a number of attempts");
    }
}
