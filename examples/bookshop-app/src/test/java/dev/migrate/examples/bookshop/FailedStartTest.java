package dev.migrate.examples.bookshop;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.report.RevisionSummary;
import dev.migrate.report.StatusReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A revision that fails stops the start: Spring Boot's failure analysis starts with its file and line, the port never
 * opens, the revisions before it stay applied and it leaves nothing behind. {@code src/test/resources/db/broken}
 * holds a revision on top of the application's head that adds a constraint the existing rows violate. One failed
 * start, looked at from each side.
 */
class FailedStartTest {

    private static final String URL = "jdbc:h2:mem:failed_" + UUID.randomUUID().toString().replace("-", "")
            + ";DB_CLOSE_DELAY=-1";

    private static int port;
    private static Throwable failure;
    private static String output;

    @BeforeAll
    static void startWithTheBrokenRevision() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            // As command-line arguments, which override application.properties.
            failure = catchThrowable(() -> new SpringApplicationBuilder(BookshopApplication.class).run(
                    "--spring.datasource.url=" + URL, "--server.port=" + port,
                    "--migrate.locations=classpath:db/migrations,classpath:db/broken"));
        } finally {
            System.setOut(console);
            output = captured.toString(StandardCharsets.UTF_8);
            console.print(output);
        }
    }

    @Test
    void theFailureAnalysisStartsWithTheFileAndLine() {
        List<String> description = output.lines().dropWhile(line -> !line.equals("Description:")).skip(1)
                .dropWhile(String::isBlank).toList();
        assertThat(description).as(output).isNotEmpty();
        assertThat(description.get(0)).startsWith("upgrade of de5a0b9e3811 (Require prices of at least ten) failed at "
                + "classpath:db/broken/20261121_1000-de5a0b9e3811_require_prices_of_at_least_ten.sql:11");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("BOOKS_PRICE_AT_LEAST_TEN")
                .contains("Fix the revision at the file and line above, then start the application again.");
        MigrateException cause = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MigrateException migrate) {
                cause = migrate;
            }
        }
        assertThat(cause).as("the start failed because of migrate: %s", failure).isNotNull();
        assertThat(cause.kind()).isEqualTo(ErrorKind.MIGRATION_FAILED);
    }

    @Test
    void noPortIsOpened() {
        assertThatThrownBy(() -> new Socket("localhost", port).close()).isInstanceOf(ConnectException.class);
        assertThat(output).doesNotContain("Tomcat started on port");
    }

    @Test
    void earlierRevisionsStayAppliedAndTheFailingOneLeavesNothing() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            assertThat(column(connection, "SELECT revision FROM migrate_version")).containsExactly("1e27caf9b389");
            assertThat(column(connection, "SELECT constraint_name FROM information_schema.table_constraints "
                    + "WHERE constraint_name = 'BOOKS_PRICE_AT_LEAST_TEN'")).isEmpty();
        }
        StatusReport status = Migrator.configure().url(URL).user("sa")
                .locations("classpath:db/migrations", "classpath:db/broken").build().status();
        assertThat(status.pending()).extracting(RevisionSummary::revision).containsExactly("de5a0b9e3811");
        assertThat(status.isHealthy()).as("nothing to repair").isTrue();
    }

    private static List<String> column(Connection connection, String sql) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
