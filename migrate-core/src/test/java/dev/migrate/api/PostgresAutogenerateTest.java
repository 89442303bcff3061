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
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The autogenerate suite on PostgreSQL: shadows are temporary databases on the same server, always dropped. Other
 * builds may share the server and make shadows of their own meanwhile; only shadows that appeared during a test and
 * do not go away count as left behind.
 */
@ExtendWith(PostgresExtension.class)
class PostgresAutogenerateTest extends AutogenerateContract {

    private PostgresDatabase database;
    private Set<String> shadowsBefore;

    @BeforeEach
    void emptyDatabase(PostgresDatabase database) throws SQLException {
        this.database = database;
        database.reset();
        shadowsBefore = shadowDatabases();
    }

    @AfterEach
    void noShadowIsLeftBehind() throws Exception {
        assertNoShadowLeftBehind();
    }

    @Test
    void aFailureStillDropsTheShadow() throws Exception {
        schema("CREATE TABLE t (id INTEGER REFERENCES nowhere (id));");
        assertThatThrownBy(() -> generate("Broken")).isInstanceOf(MigrateException.class);
        assertNoShadowLeftBehind();
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

    @Test
    void extensionsDomainsFunctionsTriggersAndMaterializedViewsAreGeneratedVerifiedAndReversed() throws Exception {
        String first = """
                CREATE EXTENSION IF NOT EXISTS citext;
                CREATE DOMAIN email AS citext CHECK (VALUE LIKE '%_@_%');
                CREATE TYPE address AS (street text, city text);
                CREATE TABLE customers (
                    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    contact email NOT NULL UNIQUE,
                    ship_to address,
                    updated_at TIMESTAMPTZ
                );
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.updated_at := now();
                    RETURN NEW;
                END
                $$;
                CREATE TRIGGER customers_touch BEFORE UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE FUNCTION customer_count() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM customers';
                CREATE MATERIALIZED VIEW cities AS SELECT (ship_to).city AS city, count(*) AS n FROM customers
                    GROUP BY 1;
                CREATE UNIQUE INDEX cities_city ON cities (city);
                """;
        schema(first);

        GeneratedRevision revision = generate("Customers");

        assertThat(revision.verified()).as(listener.warnings.toString()).isTrue();
        assertThat(listener.warnings).noneMatch(w -> w.contains("not compared"));
        migrator().upgrade();
        execute("INSERT INTO customers (contact) VALUES ('a@example.org')");
        execute("UPDATE customers SET contact = 'b@example.org'");
        assertThat(query("SELECT count(*) FROM customers WHERE updated_at IS NOT NULL")).containsExactly("1");
        assertThat(generate("Nothing").file()).as("a second generate finds nothing to do").isNull();

        schema(first.replace("NEW.updated_at := now();", "NEW.updated_at := clock_timestamp();")
                .replace("CHECK (VALUE LIKE '%_@_%')", "CHECK (VALUE LIKE '%_@_%.%')"));
        GeneratedRevision second = generate("Stricter e-mail, wall-clock touch");
        String text = java.nio.file.Files.readString(second.file());
        assertThat(text).contains("CREATE OR REPLACE FUNCTION public.touch()", "ALTER DOMAIN email ADD CONSTRAINT");
        assertThat(second.verified()).as(listener.warnings.toString()).isTrue();
        migrator().upgrade();
        migrator().downgrade("base");
        assertThat(query("SELECT count(*) FROM pg_class WHERE relname IN ('customers', 'cities')")).containsExactly("0");
        assertThat(query("SELECT count(*) FROM pg_extension WHERE extname = 'citext'")).containsExactly("0");
        assertThat(query("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                + "WHERE n.nspname = 'public' AND p.proname IN ('touch', 'customer_count')")).containsExactly("0");
    }

    /** Shadows that appeared since the test began must be gone; another build's are gone within seconds too. */
    private void assertNoShadowLeftBehind() throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        Set<String> left = new HashSet<>(shadowDatabases());
        left.removeAll(shadowsBefore);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left.retainAll(shadowDatabases());
        }
        assertThat(left).isEmpty();
    }

    private Set<String> shadowDatabases() throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection c = database.server().connectAdmin(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'migrate\\_shadow\\_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Override
    dev.migrate.testing.TestDatabase database() {
        return database;
    }
}
