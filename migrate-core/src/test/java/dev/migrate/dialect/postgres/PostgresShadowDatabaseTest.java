package dev.migrate.dialect.postgres;

import dev.migrate.dialect.ShadowDatabase;
import dev.migrate.dialect.ShadowRequest;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.Schema;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static dev.migrate.dialect.postgres.PostgresModels.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Shadow databases: created, emptied and dropped (also when the JVM is interrupted); attached only when empty. */
@ExtendWith(PostgresExtension.class)
class PostgresShadowDatabaseTest {

    private final PostgresDialect dialect = new PostgresDialect();
    private PostgresDatabase database;

    @BeforeEach
    void setUp(PostgresDatabase database) throws SQLException {
        this.database = database;
        database.reset();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://db.example:5432/app                  | jdbc:postgresql://db.example:5432/shadow",
            "jdbc:postgresql://db.example:5432/app?ssl=true&x=/a/b  | jdbc:postgresql://db.example:5432/shadow?ssl=true&x=/a/b",
            "jdbc:postgresql://h1:5432,h2:5433/app?targetServerType=primary | jdbc:postgresql://h1:5432,h2:5433/shadow?targetServerType=primary",
            "jdbc:postgresql://[::1]:5740/app                       | jdbc:postgresql://[::1]:5740/shadow",
            "jdbc:postgresql://db.example/                          | jdbc:postgresql://db.example/shadow",
            "jdbc:postgresql://db.example                           | jdbc:postgresql://db.example/shadow",
            "jdbc:postgresql://db.example?ssl=true                  | jdbc:postgresql://db.example/shadow?ssl=true",
            "jdbc:postgresql:app                                    | jdbc:postgresql:shadow",
            "jdbc:postgresql:app?user=me                            | jdbc:postgresql:shadow?user=me",
            "jdbc:postgresql:/                                      | jdbc:postgresql:shadow"})
    void replacesTheDatabaseOfAUrl(String url, String expected) {
        assertThat(PostgresShadowDatabase.withDatabase(url, "shadow")).isEqualTo(expected);
    }

    @Test
    void createsResetsAndDropsItsOwnDatabase() throws SQLException {
        ShadowDatabase shadow = dialect.createShadow(request(database.url()));
        String name = databaseOf(shadow);
        assertThat(name).matches("migrate_shadow_[0-9a-f]{12}");
        assertThat(shadow.url()).isEqualTo(database.server().urlOf(name));
        assertThat(exists(name)).isTrue();

        try (Connection connection = shadow.connect()) {
            execute(connection, "CREATE SCHEMA extra; CREATE TABLE extra.t (a integer); CREATE TABLE public.u (a integer);"
                    + "CREATE TYPE mood AS ENUM ('ok')");
        }
        shadow.reset();
        try (Connection connection = shadow.connect()) {
            assertThat(PostgresModels.introspect(connection).schemas()).extracting(s -> s.name()).containsExactly("public");
            assertThat(PostgresModels.introspect(connection).allTables()).isEmpty();
            execute(connection, "CREATE TABLE public.u (a integer)");
        }

        shadow.close();
        shadow.close();

        assertThat(exists(name)).isFalse();
        assertThat(Runtime.getRuntime().removeShutdownHook(((PostgresShadowDatabase) shadow).shutdownHook()))
                .as("the hook goes with the shadow").isFalse();
        assertThatThrownBy(shadow::connect).isInstanceOf(SQLException.class).hasMessageContaining("is closed");
    }

    @Test
    void theShutdownHookDropsTheShadowWhileItIsInUse() throws SQLException {
        PostgresShadowDatabase shadow = (PostgresShadowDatabase) dialect.createShadow(request(database.url()));
        String name = databaseOf(shadow);
        try (Connection busy = shadow.connect()) {
            execute(busy, "CREATE TABLE t (a integer)");

            shadow.shutdownHook().run();

            assertThat(exists(name)).isFalse();
        }
        shadow.close();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void ctrlCDropsTheShadow() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), database.url(),
                database.user(), database.password() == null ? "" : database.password())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String url = out.readLine();
            assertThat(url).as("the child's shadow URL").isNotNull();
            String name = url.substring(url.lastIndexOf('/') + 1);
            assertThat(exists(name)).isTrue();

            new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();

            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child stops").isTrue();
            assertThat(exists(name)).isFalse();
        } finally {
            child.destroyForcibly();
        }
    }

    /** Creates a shadow, prints its URL and waits to be interrupted. */
    static final class Child {
        public static void main(String[] args) throws Exception {
            ShadowDatabase shadow = new PostgresDialect().createShadow(new ShadowRequest(args[0],
                    url -> DriverManager.getConnection(url, properties(args[1], args[2]))));
            System.out.println(shadow.url());
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(2));
        }
    }

    @Test
    void createsTheShadowFromTheServerWhenTheConfiguredDatabaseDoesNotExistYet() throws SQLException {
        String missing = database.server().urlOf("migrate_no_such_database");

        try (ShadowDatabase shadow = dialect.createShadow(request(missing))) {
            assertThat(exists(databaseOf(shadow))).isTrue();
        }
    }

    @Test
    void refusesToAttachADatabaseThatHoldsAnything() throws SQLException {
        try (Connection connection = database.connect()) {
            execute(connection, "CREATE TABLE keep_me (a integer); CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'");
        }

        assertThatThrownBy(() -> dialect.attachShadow(request(database.url())))
                .isInstanceOf(SQLException.class)
                .hasMessage("the shadow database " + database.url() + " is not empty (function public.f, "
                        + "table public.keep_me); migrate empties a shadow database after use, so it only accepts an "
                        + "empty one: give it an empty database, or let it create its own shadow");
        try (Connection connection = database.connect()) {
            assertThat(PostgresModels.introspect(connection).allTables()).hasSize(1);
        }
    }

    @Test
    void refusesToAttachADatabaseWithOnlyATypeOrASequence() throws SQLException {
        for (String ddl : new String[]{"CREATE TYPE mood AS ENUM ('ok')", "CREATE SEQUENCE s", "CREATE VIEW v AS SELECT 1 AS a"}) {
            database.reset();
            try (Connection connection = database.connect()) {
                execute(connection, ddl);
            }
            assertThatThrownBy(() -> dialect.attachShadow(request(database.url()))).as(ddl)
                    .isInstanceOf(SQLException.class).hasMessageContaining("is not empty");
        }
    }

    @Test
    void anAttachedShadowIsEmptiedButKept() throws SQLException {
        ShadowDatabase shadow = dialect.attachShadow(request(database.url()));
        assertThat(shadow.url()).isEqualTo(database.url());
        try (Connection connection = shadow.connect()) {
            execute(connection, "CREATE SCHEMA extra; CREATE TABLE extra.t (a integer); CREATE TABLE u (a integer)");
        }

        shadow.close();

        assertThat(exists(database.name())).isTrue();
        try (Connection connection = database.connect()) {
            assertThat(PostgresModels.introspect(connection).schemas()).extracting(s -> s.name())
                    .containsExactly("public");
            assertThat(PostgresModels.introspect(connection).allTables()).isEmpty();
        }
    }

    @Test
    void aRoleThatDoesNotOwnTheDatabaseEmptiesWhatItCreatedAndKeepsPublic() throws SQLException {
        String role = "migrate_shadow_user_" + Long.toHexString(System.nanoTime());
        try (Connection admin = database.connect()) {
            execute(admin, "CREATE ROLE " + role + " LOGIN; GRANT USAGE, CREATE ON SCHEMA public TO " + role
                    + "; GRANT CREATE ON DATABASE " + database.name() + " TO " + role);
        }
        try {
            ShadowRequest asRole = new ShadowRequest(database.url(),
                    target -> DriverManager.getConnection(target, properties(role, null)));
            ShadowDatabase shadow = dialect.attachShadow(asRole);
            try (Connection connection = shadow.connect()) {
                execute(connection, "CREATE SCHEMA own; CREATE TABLE own.t (a integer); CREATE TYPE mood AS ENUM ('ok');"
                        + "CREATE DOMAIN positive AS integer CHECK (VALUE > 0); CREATE TYPE pair AS (a integer);"
                        + "CREATE TABLE u (id serial PRIMARY KEY, m mood, p positive); CREATE VIEW v AS SELECT * FROM u;"
                        + "CREATE FUNCTION f(integer) RETURNS integer LANGUAGE sql AS 'SELECT 1';"
                        + "CREATE SEQUENCE s; CREATE MATERIALIZED VIEW mv AS SELECT 1 AS a");
            }

            shadow.close();

            try (Connection connection = database.connect()) {
                assertThat(PostgresModels.introspect(connection)).isEqualTo(new DatabaseSchema("public",
                        List.of(Schema.empty("public")), List.of()));
            }
            try (Connection connection = asRole.opener().open(database.url())) {
                execute(connection, "CREATE TABLE public_keeps_its_grants (a integer); DROP TABLE public_keeps_its_grants");
            }
        } finally {
            try (Connection admin = database.connect()) {
                execute(admin, "REVOKE ALL ON SCHEMA public FROM " + role + "; REVOKE ALL ON DATABASE "
                        + database.name() + " FROM " + role + "; DROP ROLE " + role);
            }
        }
    }

    @Test
    void resetDropsExtensionsToo() throws SQLException {
        try (ShadowDatabase shadow = dialect.createShadow(request(database.url()))) {
            try (Connection connection = shadow.connect()) {
                assumeTrue(PostgresModels.extensionAvailable(connection, "citext"), "citext is not installed");
                execute(connection, "CREATE EXTENSION citext;"
                        + "CREATE TABLE t (a citext)");
            }

            shadow.reset();

            try (Connection connection = shadow.connect()) {
                assertThat(PostgresModels.introspect(connection)).isEqualTo(new DatabaseSchema("public",
                        List.of(Schema.empty("public")), List.of()));
            }
        }
    }

    @Test
    void resetDropsPartitionedTablesFunctionsTriggersAndTypes() throws SQLException {
        try (ShadowDatabase shadow = dialect.createShadow(request(database.url()))) {
            String everything = """
                    CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
                    CREATE TYPE pair AS (a integer, b integer);
                    CREATE TYPE span AS RANGE (SUBTYPE = integer);
                    CREATE TABLE events (at date NOT NULL, n positive) PARTITION BY RANGE (at);
                    CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                    CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
                    CREATE TRIGGER events_touch BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION touch();
                    """;
            try (Connection connection = shadow.connect()) {
                execute(connection, everything);
            }

            shadow.reset();

            try (Connection connection = shadow.connect()) {
                assertThat(PostgresModels.introspect(connection)).isEqualTo(new DatabaseSchema("public",
                        List.of(Schema.empty("public")), List.of()));
                execute(connection, everything);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    private ShadowRequest request(String url) {
        return new ShadowRequest(url, target -> DriverManager.getConnection(target,
                properties(database.user(), database.password())));
    }

    private static Properties properties(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    private static String databaseOf(ShadowDatabase shadow) {
        String url = shadow.url();
        int query = url.indexOf('?');
        return url.substring(url.lastIndexOf('/', query < 0 ? url.length() : query) + 1, query < 0 ? url.length() : query);
    }

    private boolean exists(String name) throws SQLException {
        try (Connection admin = database.server().connectAdmin();
             PreparedStatement statement = admin.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1) > 0;
            }
        }
    }
}
