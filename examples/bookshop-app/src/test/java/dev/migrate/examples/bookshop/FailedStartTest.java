package dev.migrate.examples.bookshop;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;
import dev.migrate.report.RevisionSummary;
import dev.migrate.report.StatusReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A revision that fails stops the start: no port is opened, the revisions before it stay applied, and the failing one
 * leaves nothing behind. {@code src/test/resources/db/broken} holds a revision on top of the application's head that
 * adds a constraint the existing rows violate.
 */
class FailedStartTest {

    private final InMemoryDatabase database = new InMemoryDatabase();

    @AfterEach
    void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void failingRevisionStopsTheStartWithTheFileAndLine() throws Exception {
        MigrateException failure = catchThrowableOfType(MigrateException.class, () -> Bookshop.start(withBrokenRevision(0)));

        assertThat(failure.kind()).isEqualTo(ErrorKind.MIGRATION_FAILED);
        assertThat(failure.getMessage()).contains("20261121_1000-de5a0b9e3811_require_prices_of_at_least_ten.sql:11")
                .contains("BOOKS_PRICE_AT_LEAST_TEN");
    }

    @Test
    void noPortIsOpened() throws Exception {
        int port = freePort();

        assertThatThrownBy(() -> Bookshop.start(withBrokenRevision(port))).isInstanceOf(MigrateException.class);

        assertThatThrownBy(() -> new Socket("localhost", port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void earlierRevisionsStayAppliedAndTheFailingOneLeavesNothing() throws Exception {
        assertThatThrownBy(() -> Bookshop.start(withBrokenRevision(0))).isInstanceOf(MigrateException.class);

        assertThat(database.rows("SELECT revision FROM migrate_version")).containsExactly(List.of("1e27caf9b389"));
        assertThat(database.rows("SELECT slug FROM books WHERE id = 2")).containsExactly(List.of("small-gods"));
        assertThat(database.rows("SELECT constraint_name FROM information_schema.table_constraints "
                + "WHERE constraint_name = 'BOOKS_PRICE_AT_LEAST_TEN'")).isEmpty();
    }

    @Test
    void theFailingRevisionIsStillPendingAndNothingNeedsRepair() throws Exception {
        assertThatThrownBy(() -> Bookshop.start(withBrokenRevision(0))).isInstanceOf(MigrateException.class);

        StatusReport status = database.migrator("classpath:db/migrations", "classpath:db/broken").status();

        assertThat(status.pending()).extracting(RevisionSummary::revision).containsExactly("de5a0b9e3811");
        assertThat(status.isHealthy()).isTrue();
    }

    private Settings withBrokenRevision(int port) {
        return database.settings(port).withLocations("classpath:db/migrations", "classpath:db/broken");
    }

    /** A port nothing listens on right now: the system's pick, released again. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
