package dev.migrate.dialect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DdlTargetTest {

    private static final List<String> MODIFIERS = List.of("OR REPLACE", "UNIQUE", "FULLTEXT");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CREATE TABLE orders (id INT)                      | true  | table | ORDERS",
            "create or replace table shop.orders (id int)      | true  | table | SHOP.ORDERS",
            "CREATE UNIQUE INDEX orders_idx ON orders (id)     | true  | index | ORDERS_IDX",
            "CREATE TABLE IF NOT EXISTS `Mixed` (id INT)       | true  | table | Mixed",
            "DROP TABLE IF EXISTS orders                       | false | table | ORDERS",
            "DROP INDEX orders_idx ON orders                   | false | index | ORDERS_IDX",
    })
    void readsTheObjectAStatementCreatesOrDrops(String sql, boolean create, String kind, String name) {
        Optional<DdlTarget> target = DdlTarget.of(sql, MODIFIERS, unquoted -> unquoted.toUpperCase(Locale.ROOT));

        assertThat(target).isPresent();
        assertThat(target.get().create()).isEqualTo(create);
        assertThat(target.get().kind()).isEqualTo(kind);
        assertThat(String.join(".", target.get().name())).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE orders ADD COLUMN x INT",
            "CREATE VIEW v AS SELECT 1",
            "DROP TABLE a.b.c",
            "INSERT INTO orders VALUES (1)",
    })
    void otherStatementsHaveNoTarget(String sql) {
        assertThat(DdlTarget.of(sql, MODIFIERS, s -> s)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CREATE TABLE t (id INT) | true  | true  | table t exists",
            "CREATE TABLE t (id INT) | false | false | there is no table t",
            "DROP TABLE t            | true  | false | table t still exists",
            "DROP TABLE t            | false | true  | there is no table t any more",
    })
    void whetherTheObjectExistsSaysWhetherTheStatementTookEffect(String sql, boolean exists, boolean tookEffect,
                                                                 String observation) {
        StatementEvidence evidence = DdlTarget.of(sql, MODIFIERS, s -> s).orElseThrow().evidence("t", exists);

        assertThat(evidence.tookEffect()).isEqualTo(tookEffect);
        assertThat(evidence.observation()).isEqualTo(observation);
    }
}
