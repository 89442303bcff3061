package dev.migrate.maven.embedded;

import dev.migrate.connect.ConnectionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded PostgreSQL: created once under the build directory, kept between goals, stopped after each. */
class EmbeddedServerTest {

    @TempDir
    Path target;

    @Test
    void whatOneGoalWritesTheNextFindsAndEachStopsItsServer() throws Exception {
        List<String> log = new ArrayList<>();
        Path migrate = target.resolve("migrate");
        String firstUrl;
        try (EmbeddedServer server = EmbeddedServer.start(migrate, "target/migrate", log::add)) {
            ConnectionSettings connection = server.connection();
            firstUrl = connection.jdbcUrl();
            assertThat(connection.embedded()).isTrue();
            assertThat(connection.user()).isEqualTo("postgres");
            assertThat(connection.describeSources()).isEqualTo("embedded PostgreSQL in target/migrate/postgresql: no "
                    + "migrate.url, MIGRATE_URL or DATABASE_URL is set");
            try (Connection c = DriverManager.getConnection(firstUrl); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE kept (id int)");
                st.execute("CREATE INDEX kept_positive ON kept (id) WHERE id > 0");
            }
        }
        assertThat(log).singleElement().asString().startsWith("Started the embedded PostgreSQL on port ")
                .endsWith("(created target/migrate/postgresql); it stops when the goal ends.");
        assertThat(migrate.resolve("postgresql/PG_VERSION")).exists();
        assertThat(migrate.resolve("postgresql/postmaster.pid")).as("stopped").doesNotExist();
        assertThatThrownBy(() -> DriverManager.getConnection(firstUrl).close()).as("nothing listens any more")
                .isInstanceOf(java.sql.SQLException.class);

        try (EmbeddedServer again = EmbeddedServer.start(migrate, "target/migrate", log::add);
             Connection c = DriverManager.getConnection(again.connection().jdbcUrl());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT indexdef FROM pg_indexes WHERE indexname = 'kept_positive'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).endsWith("WHERE (id > 0)");
        }
        assertThat(log.get(1)).endsWith("(data in target/migrate/postgresql); it stops when the goal ends.");
    }

    @Test
    void theKindFollowsTheDialect() {
        assertThat(EmbeddedKind.forDialect(null)).isEqualTo(EmbeddedKind.H2);
        assertThat(EmbeddedKind.forDialect("h2")).isEqualTo(EmbeddedKind.H2);
        assertThat(EmbeddedKind.forDialect("mariadb")).isEqualTo(EmbeddedKind.H2);
        assertThat(EmbeddedKind.forDialect(" PostgreSQL ")).isEqualTo(EmbeddedKind.POSTGRESQL);
        assertThat(EmbeddedKind.forDialect("postgres")).isEqualTo(EmbeddedKind.POSTGRESQL);
    }
}
