package dev.migrate.api;

import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The autogenerate suite on PostgreSQL: shadows are temporary databases on the same server, always dropped. */
@ExtendWith(PostgresExtension.class)
class PostgresAutogenerateTest extends AutogenerateContract {

    private PostgresDatabase database;

    @BeforeEach
    void emptyDatabase(PostgresDatabase database) throws SQLException {
        this.database = database;
        database.reset();
    }

    @AfterEach
    void noShadowIsLeftBehind() throws SQLException {
        assertThat(shadowDatabases()).isZero();
    }

    @Test
    void aFailureStillDropsTheShadow() throws Exception {
        schema("CREATE TABLE t (id INTEGER REFERENCES nowhere (id));");
        assertThatThrownBy(() -> generate("Broken")).isInstanceOf(MigrateException.class);
        assertThat(shadowDatabases()).isZero();
    }

    @Test
    void enumTypesAndPartialIndexesAreGenerated() throws Exception {
        schema("""
                CREATE TYPE order_status AS ENUM ('open', 'paid', 'shipped');
                CREATE TABLE orders (
                    id BIGSERIAL PRIMARY KEY,
                    status order_status NOT NULL DEFAULT 'open',
                    placed_at TIMESTAMPTZ NOT NULL DEFAULT now()
                );
                CREATE INDEX orders_open_idx ON orders (placed_at) WHERE status = 'open';
                """);

        GeneratedRevision revision = generate("Orders");

        assertThat(revision.verified()).as(listener.warnings.toString()).isTrue();
        migrator().upgrade();
        schema("""
                CREATE TYPE order_status AS ENUM ('open', 'paid', 'shipped', 'returned');
                CREATE TABLE orders (
                    id BIGSERIAL PRIMARY KEY,
                    status order_status NOT NULL DEFAULT 'open',
                    placed_at TIMESTAMPTZ NOT NULL DEFAULT now()
                );
                CREATE INDEX orders_open_idx ON orders (placed_at) WHERE status = 'open';
                """);
        GeneratedRevision added = generate("Returned status");
        assertThat(java.nio.file.Files.readString(added.file())).contains("ADD VALUE 'returned'");
        assertThat(added.verified()).as(listener.warnings.toString()).isTrue();
    }

    private long shadowDatabases() throws SQLException {
        try (Connection c = database.server().connectAdmin(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_database WHERE datname LIKE 'migrate\\_shadow\\_%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    dev.migrate.testing.TestDatabase database() {
        return database;
    }
}
