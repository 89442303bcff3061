package dev.migrate.lint;

import dev.migrate.dialect.DialectRegistry;
import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.ColumnType;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Table;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Rows of (statement, dialect, transaction mode, expected finding codes), on a schema where orders exists: the shared
 * rules on every dialect, and each dialect's own rules (from its {@code lintRules()}) on that dialect only.
 */
class LinterTest {

    private static final DatabaseSchema BEFORE = new DatabaseSchema("public", List.of(new Schema("public", List.of(
            Table.of("orders", List.of(
                    Column.of("id", ColumnType.of("bigint")),
                    Column.of("note", new ColumnType("character varying(200)", "character varying", 200, null, null, null)),
                    Column.of("total", new ColumnType("numeric(10,2)", "numeric", null, 10, 2, null)),
                    Column.of("qty", new ColumnType("integer", "integer", null, 32, 0, null)))),
            Table.of("customers", List.of(Column.of("id", ColumnType.of("bigint")))),
            Table.of("events", List.of(Column.of("id", ColumnType.of("bigint"))))),
            List.of(), List.of(), List.of())), List.of());

    static Stream<Arguments> statements() {
        return Stream.of(
                // data loss
                arguments("DROP TABLE orders", "postgresql", true, List.of("MG101")),
                arguments("DROP TABLE IF EXISTS orders CASCADE", "h2", true, List.of("MG101")),
                arguments("DROP TABLE IF EXISTS never_created", "postgresql", true, List.of()),
                arguments("ALTER TABLE orders DROP COLUMN note", "postgresql", true, List.of("MG102")),
                arguments("ALTER TABLE orders DROP note", "h2", true, List.of("MG102")),
                arguments("ALTER TABLE orders DROP CONSTRAINT orders_pkey", "postgresql", true, List.of()),
                arguments("ALTER TABLE orders ALTER COLUMN note DROP NOT NULL", "postgresql", true, List.of()),
                arguments("ALTER TABLE orders ALTER COLUMN note DROP DEFAULT", "postgresql", true, List.of()),
                arguments("ALTER TABLE orders ALTER COLUMN note TYPE varchar(50)", "postgresql", true,
                        List.of("MG103", "MG203")),
                arguments("ALTER TABLE orders ALTER COLUMN note SET DATA TYPE VARCHAR(50)", "h2", true, List.of("MG103")),
                arguments("ALTER TABLE orders ALTER COLUMN note TYPE varchar(500)", "postgresql", true, List.of()),
                arguments("ALTER TABLE orders ALTER COLUMN note TYPE text", "postgresql", true, List.of()),
                arguments("ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2)", "postgresql", true, List.of()),
                arguments("ALTER TABLE orders ALTER COLUMN total TYPE numeric(8,2)", "postgresql", true,
                        List.of("MG103", "MG203")),
                arguments("ALTER TABLE orders ALTER COLUMN qty TYPE bigint", "postgresql", true, List.of("MG203")),
                arguments("ALTER TABLE orders ALTER COLUMN qty TYPE smallint", "postgresql", true,
                        List.of("MG103", "MG203")),
                arguments("TRUNCATE orders", "postgresql", true, List.of("MG104")),
                arguments("DELETE FROM orders", "h2", true, List.of("MG104")),
                arguments("DELETE FROM orders WHERE id = 1", "postgresql", true, List.of()),
                arguments("DROP SCHEMA billing CASCADE", "postgresql", true, List.of("MG105")),
                arguments("DELETE FROM orders WHERE true", "postgresql", true, List.of("MG104")),
                arguments("DELETE FROM orders WHERE (TRUE) RETURNING id", "postgresql", true, List.of("MG104")),
                arguments("DELETE FROM orders WHERE NOT FALSE", "h2", true, List.of("MG104")),
                arguments("DELETE FROM orders WHERE 1=1", "h2", true, List.of("MG104")),
                arguments("DELETE FROM orders WHERE ( 1 = 1 )", "postgresql", true, List.of("MG104")),
                arguments("DELETE FROM orders WHERE 1 = 2", "postgresql", true, List.of()),
                arguments("DELETE FROM orders WHERE 1 = 1 AND id = 3", "postgresql", true, List.of()),
                arguments("DELETE FROM orders WHERE true AND id = 3", "postgresql", true, List.of()),
                // statements the lint cannot see into
                arguments("DO $$ BEGIN DELETE FROM orders; END $$", "postgresql", true, List.of("MG106")),
                arguments("EXECUTE purge_orders(1)", "postgresql", true, List.of("MG106")),
                arguments("EXECUTE IMMEDIATE 'DELETE FROM orders'", "h2", true, List.of("MG106")),
                arguments("CALL archive_orders()", "postgresql", false, List.of("MG106")),
                // locking hazards
                arguments("CREATE INDEX orders_note_idx ON orders (note)", "postgresql", true, List.of("MG201")),
                arguments("CREATE UNIQUE INDEX orders_note_idx ON orders (note)", "postgresql", true, List.of("MG201")),
                arguments("CREATE INDEX orders_note_idx ON orders (note)", "h2", true, List.of()),
                arguments("CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note)", "postgresql", false, List.of()),
                arguments("CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note)", "postgresql", true,
                        List.of("MG207")),
                arguments("CREATE INDEX brand_new_idx ON brand_new (id)", "postgresql", true, List.of()),
                arguments("ALTER TABLE orders ALTER COLUMN note SET NOT NULL", "postgresql", true, List.of("MG202")),
                arguments("ALTER TABLE orders ADD COLUMN code varchar(10) NOT NULL", "postgresql", true, List.of("MG204")),
                arguments("ALTER TABLE orders ADD code VARCHAR(10) NOT NULL", "h2", true, List.of("MG204")),
                arguments("ALTER TABLE orders ADD COLUMN code varchar(10) DEFAULT 'x' NOT NULL", "postgresql", true,
                        List.of()),
                arguments("ALTER TABLE orders ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY NOT NULL", "postgresql",
                        true, List.of()),
                arguments("ALTER TABLE orders ADD COLUMN code varchar(10)", "postgresql", true, List.of()),
                arguments("ALTER TYPE mood ADD VALUE 'happy'", "postgresql", true, List.of("MG205")),
                arguments("ALTER TABLE orders DETACH PARTITION orders_2020", "postgresql", true, List.of("MG211")),
                arguments("ALTER TABLE orders DETACH PARTITION orders_2020 CONCURRENTLY", "postgresql", false,
                        List.of()),
                arguments("ALTER TABLE brand_new DETACH PARTITION orders_2020", "postgresql", true, List.of()),
                arguments("ALTER TABLE orders ATTACH PARTITION customers FOR VALUES IN ('x')", "postgresql", true,
                        List.of("MG212")),
                arguments("ALTER TABLE orders ATTACH PARTITION brand_new DEFAULT", "postgresql", true, List.of()),
                arguments("ALTER TABLE orders SET UNLOGGED", "postgresql", true, List.of("MG213")),
                arguments("ALTER TABLE orders SET LOGGED", "postgresql", true, List.of("MG213")),
                arguments("ALTER TYPE mood ADD VALUE 'happy'", "postgresql", false, List.of()),
                arguments("ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) "
                        + "REFERENCES customers (id)", "postgresql", true, List.of("MG206")),
                arguments("ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) "
                        + "REFERENCES customers (id) NOT VALID", "postgresql", true, List.of()),
                arguments("ALTER TABLE orders ADD CONSTRAINT orders_qty_ck CHECK (qty > 0)", "postgresql", true,
                        List.of("MG206")),
                arguments("ALTER TABLE orders ADD CONSTRAINT orders_qty_ck CHECK (qty > 0)", "h2", true, List.of()),
                // MariaDB/MySQL
                arguments("ALTER TABLE orders MODIFY COLUMN note VARCHAR(300) NOT NULL", "mariadb", true,
                        List.of("MG208")),
                arguments("ALTER TABLE orders CHANGE note remark VARCHAR(200)", "mariadb", true, List.of("MG208")),
                arguments("ALTER TABLE orders ADD UNIQUE KEY orders_note (note)", "mariadb", true, List.of("MG209")),
                arguments("ALTER TABLE orders ADD CONSTRAINT orders_pk PRIMARY KEY (id)", "mariadb", true,
                        List.of("MG209")),
                arguments("ALTER TABLE orders ADD COLUMN code INT NULL, ALGORITHM=COPY", "mariadb", true,
                        List.of("MG210")),
                arguments("ALTER TABLE orders ADD COLUMN code INT NULL, ALGORITHM=INSTANT", "mariadb", true, List.of()),
                arguments("ALTER TABLE brand_new MODIFY COLUMN note VARCHAR(10)", "mariadb", true, List.of()),
                arguments("DROP DATABASE billing", "mariadb", true, List.of("MG105")),
                arguments("ALTER TABLE orders MODIFY COLUMN note VARCHAR(300) NOT NULL", "postgresql", true, List.of()),
                // words inside strings and comments do not count
                arguments("INSERT INTO events (id) SELECT 1 WHERE 'DROP TABLE orders' <> '' -- DROP TABLE orders",
                        "postgresql", true, List.of()),
                arguments("CREATE TABLE brand_new (id bigint NOT NULL)", "postgresql", true, List.of()));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("statements")
    void classifiesStatements(String sql, String dialect, boolean transactional, List<String> codes) {
        String file = revision((transactional ? "" : " transaction:false"), sql + ";");

        List<Finding> findings = lint(file, dialect, LintContext.of(BEFORE));

        assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.location()).isEqualTo("V1.sql");
            assertThat(f.line()).isEqualTo(7);
            assertThat(f.reason()).endsWith(".");
            assertThat(f.fix()).isNotBlank();
        });
    }

    @Test
    void aTableCreatedInTheSameRevisionIsNotAnExistingTable() {
        String file = revision("", """
                CREATE TABLE audit (id bigint, note varchar(10));
                CREATE INDEX audit_note_idx ON audit (note);
                ALTER TABLE audit ADD COLUMN code varchar(10) NOT NULL;
                DROP TABLE audit;""");

        assertThat(lint(file, "postgresql", LintContext.of(BEFORE))).isEmpty();
    }

    @Test
    void withoutASchemaEveryNamedTableIsAssumedToExist() {
        String file = revision("", "CREATE INDEX x_idx ON anything (id);");

        assertThat(lint(file, "postgresql", LintContext.UNKNOWN_SCHEMA)).extracting(Finding::code)
                .containsExactly("MG201");
    }

    @Test
    void aLintIgnoreCommentOnTheStatementsLinesSilencesThatCode() {
        String file = revision("", """
                DROP TABLE orders; -- migrate:lint-ignore MG101
                ALTER TABLE customers
                    DROP COLUMN id; -- migrate:lint-ignore MG999, MG102
                DROP TABLE events; -- migrate:lint-ignore MG102""");

        assertThat(lint(file, "postgresql", LintContext.of(BEFORE))).extracting(f -> f.code() + "@" + f.line())
                .containsExactly("MG101@10");
    }

    @Test
    void aRevisionThatCannotBeUndoneIsNamed() {
        String file = "-- One way\n--\n-- Revision ID: r1\n-- Revises:\n\n-- migrate:upgrade\nSELECT 1;\n";

        List<Finding> findings = lint(file, "h2", LintContext.UNKNOWN_SCHEMA);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("MG301");
            assertThat(f.line()).isEqualTo(6);
            assertThat(f.reason()).contains("no '-- migrate:downgrade' section");
        });
    }

    @Test
    void aDowngradeSectionIsLintedWhenAskedFor() {
        String file = "-- Test\n--\n-- Revision ID: r1\n-- Revises:\n\n-- migrate:upgrade\nCREATE TABLE t (id int);\n\n"
                + "-- migrate:downgrade\nDROP TABLE orders;\nDELETE FROM events WHERE true;\n";
        RevisionScript script = new ScriptParser(PostgresDialect.SPLITTING).parseText("V1.sql", file);
        Linter underTest = linter("postgresql");

        assertThat(underTest.lint(script, script.downgrade(), LintContext.of(BEFORE)))
                .extracting(f -> f.code() + "@" + f.line()).containsExactly("MG101@10", "MG104@11");
        assertThat(underTest.lint(script, LintContext.of(BEFORE))).isEmpty();
    }

    @Test
    void onlyDataLossIsAnErrorButAStatementTheLintCannotSeeIntoMayLoseData() {
        String file = revision("", "DO $$ BEGIN NULL; END $$;\nDROP TABLE orders;\nCREATE INDEX i ON orders (id);");

        List<Finding> findings = lint(file, "postgresql", LintContext.of(BEFORE));

        assertThat(findings).extracting(f -> f.code() + " " + f.isError() + " " + f.mayLoseData())
                .containsExactly("MG106 false true", "MG101 true true", "MG201 false false");
    }

    private List<Finding> lint(String file, String dialect, LintContext context) {
        RevisionScript script = new ScriptParser(PostgresDialect.SPLITTING).parseText("V1.sql", file);
        Linter underTest = linter(dialect);
        return underTest.lint(script, context);
    }

    private static Linter linter(String dialect) {
        return new Linter(DialectRegistry.load(null).byName(dialect).orElseThrow().lintRules());
    }

    private static String revision(String options, String upgrade) {
        return "-- Test\n--\n-- Revision ID: r1\n-- Revises:\n\n-- migrate:upgrade" + options + "\n" + upgrade
                + "\n\n-- migrate:downgrade\nSELECT 1;\n";
    }
}
