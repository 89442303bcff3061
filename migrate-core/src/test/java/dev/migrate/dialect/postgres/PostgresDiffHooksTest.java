package dev.migrate.dialect.postgres;

import dev.migrate.schema.diff.DiffHooks.NamedKind;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL's own names for unnamed constraints and indexes are recognised; chosen names are not. */
@ExtendWith(PostgresExtension.class)
class PostgresDiffHooksTest {

    private final PostgresDiffHooks underTest = new PostgresDiffHooks();

    private static final String LONG = "a_table_name_that_is_long_enough_to_be_cut_by_postgresql_itself";

    @ParameterizedTest(name = "{0} {2} on {1}: {3}")
    @CsvSource(delimiter = '|', value = {
            "PRIMARY_KEY | users        | users_pkey                   | true",
            "PRIMARY_KEY | users        | users_pkey1                  | true",
            "PRIMARY_KEY | users        | users_id_pkey                | false",
            "PRIMARY_KEY | users        | pk_users                     | false",
            "UNIQUE      | users        | users_email_key              | true",
            "UNIQUE      | users        | users_email_name_key2        | true",
            "UNIQUE      | users        | users_key                    | false",
            "UNIQUE      | users        | users_email_fkey             | false",
            "UNIQUE      | users        | email_unique                 | false",
            "CHECK       | users        | users_check                  | true",
            "CHECK       | users        | users_age_check              | true",
            "CHECK       | users        | users_age_check1             | true",
            "CHECK       | users        | adult                        | false",
            "CHECK       | users        | people_age_check             | false",
            "FOREIGN_KEY | order_lines  | order_lines_order_id_fkey    | true",
            "FOREIGN_KEY | order_lines  | order_lines_fkey             | false",
            "FOREIGN_KEY | order_lines  | fk_order                     | false",
            "INDEX       | Event Log    | Event Log_lower_idx          | true",
            "INDEX       | Event Log    | Event Log_at_idx3            | true",
            "INDEX       | Event Log    | event log_at_idx             | false",
            "INDEX       | Event Log    | by_time                      | false",
            "INDEX       | users        | users_email_key              | false"})
    void recognisesGeneratedNames(NamedKind kind, String table, String name, boolean generated) {
        assertThat(underTest.isGeneratedName(kind, QualifiedName.of("public", table), name)).isEqualTo(generated);
    }

    @Test
    void recognisesTheNamesPostgresqlMadeUpEvenWhenCutTo63Bytes(PostgresDatabase database) throws SQLException {
        database.reset();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + LONG + " (id integer PRIMARY KEY, "
                    + "a_column_with_a_rather_long_name_as_well_to_force_cutting integer UNIQUE CHECK ("
                    + "a_column_with_a_rather_long_name_as_well_to_force_cutting > 0), b integer, c integer, "
                    + "CHECK (b < c), UNIQUE (b, c), UNIQUE (c, b), "
                    + "FOREIGN KEY (b) REFERENCES " + LONG + ")");
            statement.execute("CREATE INDEX ON " + LONG + " (b)");
            statement.execute("CREATE INDEX ON " + LONG + " (b)");
            statement.execute("CREATE INDEX ON " + LONG + " (lower(b::text))");
            statement.execute("CREATE TABLE \"Ünïcødé tåble nåme thät is löng enough tø be cut\" (\"ä\" integer UNIQUE)");

            List<String> names = new ArrayList<>();
            try (ResultSet row = statement.executeQuery("""
                    SELECT k.contype, c.relname, k.conname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
                    WHERE c.relnamespace = 'public'::regnamespace
                    UNION ALL
                    SELECT 'i', c.relname, i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                    JOIN pg_class c ON c.oid = x.indrelid
                    WHERE c.relnamespace = 'public'::regnamespace
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
                    """)) {
                while (row.next()) {
                    NamedKind kind = switch (row.getString(1)) {
                        case "p" -> NamedKind.PRIMARY_KEY;
                        case "u" -> NamedKind.UNIQUE;
                        case "c" -> NamedKind.CHECK;
                        case "f" -> NamedKind.FOREIGN_KEY;
                        default -> NamedKind.INDEX;
                    };
                    String name = row.getString(3);
                    names.add(name);
                    assertThat(underTest.isGeneratedName(kind, QualifiedName.of("public", row.getString(2)), name))
                            .as(kind + " " + name).isTrue();
                }
            }
            assertThat(names).hasSize(11).anySatisfy(name -> assertThat(name).hasSize(63));
        }
    }

    @Test
    void cutsNamesAsPostgresqlDoes() {
        assertThat(PostgresNames.objectName("t", "a", "seq")).isEqualTo("t_a_seq");
        assertThat(PostgresNames.objectName(LONG, null, "pkey")).isEqualTo(LONG.substring(0, 58) + "_pkey");
        assertThat(PostgresNames.objectName(LONG, LONG, "key")).hasSize(63)
                .isEqualTo(LONG.substring(0, 29) + "_" + LONG.substring(0, 29) + "_key");
        assertThat(PostgresNames.clip("äöü", 5)).isEqualTo("äö");
    }

    @Test
    void hasEnumTypes() {
        assertThat(new PostgresDialect().features().namedEnumTypes()).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}  ~  {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ((status)::text <> ALL ((ARRAY['closed'::character varying, 'cancelled'::character varying])::text[])) | ((status)::text <> ALL (ARRAY[('closed'::character varying)::text, ('cancelled'::character varying)::text]))
            orders.status::text = ANY (ARRAY['paid'::character varying, 'shipped'::character varying]::text[])   | orders.status::text = ANY (ARRAY['paid'::character varying::text, 'shipped'::character varying::text])
            'open'::public.order_status                                                                          | 'open'::order_status
            (price >= (0)::numeric)                                                                              | (price >= 0::numeric(10,2))
            now()                                                                                                | now()
            """)
    void expressionsThatMeanTheSameCompareEqual(String first, String second) {
        assertThat(underTest.normalizeExpression(first)).isEqualTo(underTest.normalizeExpression(second));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}  !~  {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            (status)::text <> 'closed'::text          | (status)::text <> 'cancelled'::text
            (a + b) * c                              | a + (b * c)
            lower((email)::text)                     | upper((email)::text)
            'a::text'                                | 'a'
            (price > 0)                              | (price >= 0)
            """)
    void expressionsThatDifferStayDifferent(String first, String second) {
        assertThat(underTest.normalizeExpression(first)).isNotEqualTo(underTest.normalizeExpression(second));
    }
}
