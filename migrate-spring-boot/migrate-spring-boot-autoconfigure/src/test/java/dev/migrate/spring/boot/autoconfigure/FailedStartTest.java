package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.api.ErrorKind;
import dev.migrate.spring.boot.autoconfigure.shop.ShopApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A revision that fails at start stops the application before it serves anything, and Spring Boot's failure analysis
 * starts with the file and line.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailedStartTest {

    private static final String BROKEN_FILE =
            "classpath:db/shop-broken/20261121_1000-c4e7a1f09b52_require_prices_of_at_least_ten.sql:11";

    @Test
    void aFailingRevisionStopsTheStartWithItsFileAndLineFirst(CapturedOutput output) throws Exception {
        String url = TestDatabases.h2("failing");
        int port = Starts.freePort();

        Throwable failure = catchThrowable(() -> Starts.runWeb(ShopApplication.class,
                "spring.datasource.url=" + url, "spring.datasource.username=sa",
                "migrate.locations=classpath:db/shop,classpath:db/shop-broken", "server.port=" + port,
                "spring.jpa.hibernate.ddl-auto=validate"));

        MigrateStartupException startup = findCause(failure, MigrateStartupException.class);
        assertThat(startup).as("the start failed because of migrate: %s", failure).isNotNull();
        assertThat(startup.getCause().kind()).isEqualTo(ErrorKind.MIGRATION_FAILED);
        assertThat(Starts.listens(port)).as("nothing listens on the application's port").isFalse();
        assertThat(output.getAll()).doesNotContain("Tomcat started on port");

        List<String> report = output.getAll().lines().dropWhile(line -> !line.contains("APPLICATION FAILED TO START"))
                .toList();
        assertThat(report).as(output.getAll()).isNotEmpty();
        List<String> description = report.stream().dropWhile(line -> !line.equals("Description:")).skip(1)
                .dropWhile(String::isBlank).toList();
        assertThat(description.get(0)).startsWith("upgrade of c4e7a1f09b52 (Require prices of at least ten) failed at "
                + BROKEN_FILE);
        assertThat(String.join("\n", report))
                .contains("migrate stopped the start while trying to upgrade DataSource 'dataSource' ("
                        + url.substring(0, url.indexOf(';')) + ") to head (MIGRATION_FAILED).")
                .contains("Action:")
                .contains("Fix the revision at the file and line above, then start the application again.");

        // The revisions before the broken one stay applied; the broken one left nothing behind.
        try (var connection = java.sql.DriverManager.getConnection(url, "sa", "");
             var rows = connection.createStatement().executeQuery("SELECT revision FROM migrate_version")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("8d0b6e4c1a27");
        }
    }

    @Test
    void aBadPropertyStopsTheStartNamingIt(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> Starts.run(ShopApplication.class,
                "spring.datasource.url=" + TestDatabases.h2("badproperty"), "migrate.locations=",
                "spring.jpa.hibernate.ddl-auto=none"));

        assertThat(findCause(failure, dev.migrate.api.MigrateException.class)).isNotNull()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFIGURATION));
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("migrate.locations is not set; say where the revisions of DataSource 'dataSource' are")
                .contains("Fix the migrate.* property named above.");
    }

    static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
