package dev.migrate.dialect.postgres;

import dev.migrate.schema.introspect.IntrospectOptions;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement, not a timed assertion: introspecting 2,000 tables of 12 columns (each with a primary key, a foreign
 * key and an index) against one plain query of the same columns from pg_attribute. Runs with
 * {@code -Dmigrate.measure=true}; prints its figures.
 */
@ExtendWith(PostgresExtension.class)
@EnabledIfSystemProperty(named = "migrate.measure", matches = "true")
class PostgresScaleTest {

    private static final int TABLES = 2000;
    private static final int COLUMNS = 12;
    private static final int RUNS = 5;

    private static final String ONE_QUERY = """
            SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
            """;

    /**
     * {@code count} tables of {@code columns} columns: {@code t_<k>} has a primary key, a foreign key to the table
     * before it (the first to itself) and an index on that key.
     */
    static String tables(int count, int columns) {
        StringBuilder sql = new StringBuilder();
        for (int k = 1; k <= count; k++) {
            String parent = "t_" + (k == 1 ? k : k - 1);
            sql.append("CREATE TABLE t_").append(k).append(" (id bigint PRIMARY KEY, parent_id bigint REFERENCES ")
                    .append(parent).append(" (id)");
            for (int c = 3; c <= columns; c++) {
                sql.append(", c").append(c).append(c % 2 == 0 ? " text" : " integer NOT NULL DEFAULT 0");
            }
            sql.append(");\nCREATE INDEX t_").append(k).append("_parent ON t_").append(k).append(" (parent_id);\n");
        }
        return sql.toString();
    }

    @Test
    void measuresTwoThousandTables(PostgresDatabase database) throws SQLException {
        database.reset();
        try (Connection connection = database.connect()) {
            long created = System.nanoTime();
            PostgresModels.execute(connection, tables(TABLES, COLUMNS));
            long createMillis = (System.nanoTime() - created) / 1_000_000;

            List<Long> introspection = new ArrayList<>();
            List<Long> plain = new ArrayList<>();
            int rows = 0;
            for (int run = 0; run <= RUNS; run++) {
                long start = System.nanoTime();
                DatabaseSchema model = new PostgresIntrospector().introspect(connection, IntrospectOptions.allSchemas());
                long middle = System.nanoTime();
                rows = readAll(connection);
                long end = System.nanoTime();
                assertThat(model.allTables()).hasSize(TABLES);
                if (run > 0) {
                    introspection.add((middle - start) / 1_000_000);
                    plain.add((end - middle) / 1_000_000);
                }
            }
            Collections.sort(introspection);
            Collections.sort(plain);
            assertThat(rows).isEqualTo(TABLES * COLUMNS);
            System.out.printf("[measure] %d tables x %d columns created in %d ms%n", TABLES, COLUMNS, createMillis);
            System.out.printf("[measure] introspection: median %d ms (runs %s)%n", introspection.get(RUNS / 2),
                    introspection);
            System.out.printf("[measure] one pg_attribute query of the %d columns: median %d ms (runs %s)%n", rows,
                    plain.get(RUNS / 2), plain);
        }
    }

    private static int readAll(Connection connection) throws SQLException {
        int rows = 0;
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(ONE_QUERY)) {
            while (row.next()) {
                row.getLong(1);
                row.getString(2);
                row.getString(3);
                row.getBoolean(4);
                rows++;
            }
        }
        return rows;
    }
}
