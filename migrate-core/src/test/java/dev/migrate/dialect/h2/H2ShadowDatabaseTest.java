package dev.migrate.dialect.h2;

import dev.migrate.dialect.SchemaSupport;
import dev.migrate.dialect.ShadowDatabase;
import dev.migrate.dialect.ShadowRequest;
import dev.migrate.schema.introspect.IntrospectOptions;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class H2ShadowDatabaseTest {

    private static final ShadowRequest.ConnectionOpener OPENER = url -> DriverManager.getConnection(url, "sa", "");

    private final SchemaSupport underTest = new H2Dialect();

    @Test
    void createsAPrivateInMemoryDatabaseThatResetEmptiesAndCloseRemoves() throws SQLException {
        Connection leftOpen;
        try (ShadowDatabase shadow = underTest.createShadow(new ShadowRequest("jdbc:h2:mem:real", OPENER))) {
            assertThat(shadow.url()).matches("jdbc:h2:mem:migrate_shadow_[0-9a-f]{12}");
            try (Connection c = shadow.connect()) {
                execute(c, "CREATE SCHEMA app", "CREATE TABLE app.t (id INT)", "CREATE SEQUENCE s");
            }
            leftOpen = shadow.connect();
            assertThat(tablesIn(leftOpen)).isEqualTo(1);

            shadow.reset();

            assertThat(tablesIn(leftOpen)).isZero();
            assertThat(schemasOf(leftOpen)).containsExactly("PUBLIC");
            execute(leftOpen, "CREATE TABLE again (id INT)");
        }
        assertThat(leftOpen.isClosed()).as("closing the shadow shuts its database down").isTrue();
    }

    @Test
    void twoShadowsAreTwoDatabases() throws SQLException {
        ShadowRequest request = new ShadowRequest("jdbc:h2:mem:real", OPENER);
        try (ShadowDatabase one = underTest.createShadow(request); ShadowDatabase two = underTest.createShadow(request);
             Connection c1 = one.connect(); Connection c2 = two.connect()) {
            execute(c1, "CREATE TABLE only_in_one (id INT)");

            assertThat(one.url()).isNotEqualTo(two.url());
            assertThat(tablesIn(c2)).isZero();
        }
    }

    @Test
    void keepsTheCompatibilitySettingsOfTheConfiguredUrl() throws SQLException {
        String real = "jdbc:h2:mem:real;MODE=PostgreSQL;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;INIT=CREATE TABLE x(a INT)";
        try (ShadowDatabase shadow = underTest.createShadow(new ShadowRequest(real, OPENER));
             Connection c = shadow.connect()) {
            assertThat(shadow.url()).endsWith(";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            execute(c, "CREATE TABLE Folded (id INT)");
            assertThat(tablesIn(c)).isEqualTo(1);
            assertThat(new H2Introspector().introspect(c, IntrospectOptions.allSchemas()).allTables().get(0).name()
                    .name()).isEqualTo("folded");
        }
    }

    @Test
    void attachesAnEmptyFileDatabaseAndEmptiesItAgainOnClose(@TempDir Path dir) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("shadow").toAbsolutePath();
        try (ShadowDatabase shadow = underTest.attachShadow(new ShadowRequest(url, OPENER))) {
            assertThat(shadow.url()).isEqualTo(url);
            try (Connection c = shadow.connect()) {
                execute(c, "CREATE TABLE t (id INT)");
            }
            shadow.reset();
            try (Connection c = shadow.connect()) {
                assertThat(tablesIn(c)).isZero();
                execute(c, "CREATE SCHEMA leftover", "CREATE TABLE leftover.t (id INT)", "CREATE USER bob PASSWORD 'x'");
            }
        }
        try (Connection c = OPENER.open(url)) {
            assertThat(tablesIn(c)).isZero();
            assertThat(schemasOf(c)).containsExactly("PUBLIC");
        }
        underTest.attachShadow(new ShadowRequest(url, OPENER)).close();
    }

    @Test
    void attachesAnEmptyDatabaseInPostgreSqlModeWhoseCatalogSchemaIsH2s() throws SQLException {
        String url = "jdbc:h2:mem:attach_" + UUID.randomUUID().toString().replace("-", "") + ";MODE=PostgreSQL";
        try (Connection owner = OPENER.open(url)) {
            underTest.attachShadow(new ShadowRequest(url, OPENER)).close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "table PUBLIC.T          | CREATE TABLE t (id INT)",
            "view PUBLIC.V           | CREATE VIEW v AS SELECT 1 AS one",
            "sequence PUBLIC.S       | CREATE SEQUENCE s",
            "schema APP              | CREATE SCHEMA app",
            "function PUBLIC.F       | CREATE ALIAS f FOR 'java.lang.Math.abs(int)'",
            "domain PUBLIC.D         | CREATE DOMAIN d AS INT",
            "constant PUBLIC.C       | CREATE CONSTANT c VALUE 1",
            "user BOB                | CREATE USER bob PASSWORD 'x'",
            "role AUDITOR            | CREATE ROLE auditor"})
    void refusesToAttachADatabaseThatHoldsAnything(String object, String ddl) throws SQLException {
        String url = "jdbc:h2:mem:attach_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection owner = OPENER.open(url)) {
            execute(owner, ddl);

            assertThatThrownBy(() -> underTest.attachShadow(new ShadowRequest(url, OPENER)))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("is not empty")
                    .hasMessageContaining(object);

            assertThat(objectsIn(owner)).as("nothing was dropped").isNotEmpty();
        }
    }

    @Test
    void listsAFewOfManyObjectsInTheRefusal() throws SQLException {
        String url = "jdbc:h2:mem:attach_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection owner = OPENER.open(url)) {
            for (int k = 0; k < 8; k++) {
                execute(owner, "CREATE TABLE t" + k + " (id INT)");
            }
            assertThatThrownBy(() -> underTest.attachShadow(new ShadowRequest(url, OPENER)))
                    .hasMessageContaining("table PUBLIC.T0, table PUBLIC.T1").hasMessageContaining(" and 3 more");
        }
    }

    @Test
    void refusesToBeUsedAfterClose() throws SQLException {
        ShadowDatabase shadow = underTest.createShadow(new ShadowRequest("jdbc:h2:mem:real", OPENER));
        shadow.close();
        shadow.close();

        assertThatThrownBy(shadow::connect).isInstanceOf(SQLException.class).hasMessageContaining("is closed");
        assertThatThrownBy(shadow::reset).isInstanceOf(SQLException.class).hasMessageContaining("is closed");
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String statement : statements) {
                st.execute(statement);
            }
        }
    }

    private static int tablesIn(Connection connection) throws SQLException {
        return new H2Introspector().introspect(connection, new IntrospectOptions(List.of(), Set.of()))
                .allTables().size();
    }

    private static List<String> schemasOf(Connection connection) throws SQLException {
        return new H2Introspector().introspect(connection, new IntrospectOptions(List.of(), Set.of())).schemas()
                .stream().map(Schema::name).toList();
    }

    private static List<?> objectsIn(Connection connection) throws SQLException {
        DatabaseSchema model = new H2Introspector().introspect(connection, new IntrospectOptions(List.of(), Set.of()));
        List<Object> objects = new java.util.ArrayList<>(model.allTables());
        model.schemas().forEach(s -> {
            objects.addAll(s.views());
            objects.addAll(s.sequences());
            if (!s.name().equals("PUBLIC")) {
                objects.add(s);
            }
        });
        objects.addAll(model.unsupported());
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("SELECT USER_NAME FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME <> 'SA' "
                     + "UNION ALL SELECT ROLE_NAME FROM INFORMATION_SCHEMA.ROLES WHERE ROLE_NAME <> 'PUBLIC'")) {
            while (rs.next()) {
                objects.add(rs.getString(1));
            }
        }
        return objects;
    }
}
