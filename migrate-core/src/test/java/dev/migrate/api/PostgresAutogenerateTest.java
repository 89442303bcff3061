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
        assertThat(shadowsStillThere()).isEmpty();
    }

    @Test
    void aFailureStillDropsTheShadow() throws Exception {
        schema("CREATE TABLE t (id INTEGER REFERENCES nowhere (id));");
        assertThatThrownBy(() -> generate("Broken")).isInstanceOf(MigrateException.class);
        assertThat(shadowsCreated()).hasSize(1);
        assertThat(shadowsStillThere()).isEmpty();
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

    /** The shadow databases this test's runs announced (other builds may use the same server meanwhile). */
    private java.util.List<String> shadowsCreated() {
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.regex.Pattern shadow = java.util.regex.Pattern.compile("migrate_shadow_[0-9a-f]+");
        for (String line : listener.infos) {
            java.util.regex.Matcher m = shadow.matcher(line);
            if (line.startsWith("Shadow database:") && m.find()) {
                names.add(m.group());
            }
        }
        return names;
    }

    private java.util.List<String> shadowsStillThere() throws SQLException {
        java.util.List<String> left = new java.util.ArrayList<>();
        try (Connection c = database.server().connectAdmin(); Statement st = c.createStatement()) {
            for (String name : shadowsCreated()) {
                try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                    if (rs.next()) {
                        left.add(name);
                    }
                }
            }
        }
        return left;
    }

    @Override
    dev.migrate.testing.TestDatabase database() {
        return database;
    }
}
