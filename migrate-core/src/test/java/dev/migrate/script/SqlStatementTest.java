package dev.migrate.script;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Which statements only change rows (and so roll back on every database). */
class SqlStatementTest {

    static Stream<Arguments> statements() {
        return Stream.of(
                arguments("INSERT INTO t VALUES (1)", true),
                arguments("update t set x = 1", true),
                arguments("DELETE FROM t WHERE id = 1", true),
                arguments("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", true),
                arguments("-- why\nINSERT INTO t VALUES (1)", true),
                arguments("/* why */ (SELECT 1)", true),
                arguments("WITH x AS (SELECT 1) SELECT * FROM x", true),
                arguments("CREATE TABLE t (id INTEGER)", false),
                arguments("ALTER TABLE t ADD COLUMN x INTEGER", false),
                arguments("TRUNCATE t", false),
                arguments("CALL refresh()", false),
                arguments("INSERTED_BY_HAND", false));
    }

    @ParameterizedTest
    @MethodSource("statements")
    void dataStatementsAreRecognised(String sql, boolean dataOnly) {
        assertThat(new SqlStatement(sql, 1, 1).changesDataOnly()).as(sql).isEqualTo(dataOnly);
    }
}
