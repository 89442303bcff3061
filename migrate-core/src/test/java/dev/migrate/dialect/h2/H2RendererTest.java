package dev.migrate.dialect.h2;

import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.ColumnType;
import dev.migrate.schema.model.Deferrability;
import dev.migrate.schema.model.EnumType;
import dev.migrate.schema.model.ForeignKey;
import dev.migrate.schema.model.Identity;
import dev.migrate.schema.model.Index;
import dev.migrate.schema.model.IndexKey;
import dev.migrate.schema.model.PrimaryKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.ReferentialAction;
import dev.migrate.schema.model.Sequence;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.UniqueConstraint;
import dev.migrate.schema.model.View;
import dev.migrate.schema.ops.SchemaOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.migrate.dialect.h2.Models.BIGINT;
import static dev.migrate.dialect.h2.Models.INTEGER;
import static dev.migrate.dialect.h2.Models.MONEY;
import static dev.migrate.dialect.h2.Models.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows of (operation, its SQL, the SQL of its reverse); the round-trip tests run the same SQL on H2. */
class H2RendererTest {

    private static final QualifiedName ORDERS = QualifiedName.of("PUBLIC", "ORDERS");
    private static final QualifiedName SALES_ORDERS = QualifiedName.of("Sales", "Orders");
    private static final QualifiedName CUSTOMERS = QualifiedName.of("PUBLIC", "CUSTOMERS");
    private static final Sequence NUMBERS = new Sequence("ORDER_NUMBERS", "BIGINT", 1000, 10, 1, Long.MAX_VALUE, 32,
            false);
    private static final Column ID = new Column("ID", INTEGER, false, null, null, null, null);
    private static final Column DOUBLED = new Column("DOUBLED", type("NUMERIC(12, 2)", "NUMERIC", null, 12, 2), true,
            null, null, "\"TOTAL\" * 2", "twice");
    private static final Identity ALWAYS = new Identity(Identity.Generation.ALWAYS, null, null);

    private final H2Renderer underTest = new H2Renderer("PUBLIC");

    static Stream<Arguments> operations() {
        Table orders = new Table("ORDERS", List.of(
                new Column("ID", BIGINT, false, null, new Identity(Identity.Generation.ALWAYS, 100L, 5L), null,
                        null),
                new Column("user", type("CHARACTER VARYING(40)", "CHARACTER VARYING", 40, null, null), false, "'x'",
                        null, null, "who"),
                Column.of("TOTAL", MONEY),
                DOUBLED.withComment(null),
                Column.of("CUSTOMER_ID", INTEGER)),
                new PrimaryKey("ORDERS_PK", List.of("ID")),
                List.of(new UniqueConstraint("ORDERS_USER_UQ", List.of("user"))),
                List.of(new ForeignKey("ORDERS_CUSTOMER_FK", List.of("CUSTOMER_ID"), CUSTOMERS, List.of("ID"),
                        ReferentialAction.NO_ACTION, ReferentialAction.CASCADE, Deferrability.NOT_DEFERRABLE)),
                List.of(new CheckConstraint("ORDERS_TOTAL_CK", "\"TOTAL\" > 0")),
                List.of(new Index("ORDERS_TOTAL_IDX", false,
                        List.of(new IndexKey("TOTAL", null, true, IndexKey.NullsOrder.FIRST)), null, null, List.of())),
                "it's orders");
        Table salesOrders = new Table("Orders", List.of(ID, Column.of("CUSTOMER_ID", INTEGER)),
                null, List.of(), List.of(new ForeignKey("ORDERS_CUSTOMER_FK", List.of("CUSTOMER_ID"), CUSTOMERS,
                List.of("ID"), null, null, null)), List.of(), List.of(), null);
        View view = new View("BIG", "SELECT\n    \"ID\"\nFROM \"PUBLIC\".\"ORDERS\"", List.of(ORDERS), "big ones");
        ColumnType moods = type("ENUM('a', 'b')", "ENUM", null, null, null);
        return Stream.of(
                row(new SchemaOp.CreateSchema("Sales"), List.of("CREATE SCHEMA \"Sales\""),
                        List.of("DROP SCHEMA \"Sales\"")),
                row(new SchemaOp.CreateSequence("PUBLIC", NUMBERS),
                        List.of("CREATE SEQUENCE order_numbers AS BIGINT START WITH 1000 INCREMENT BY 10 MINVALUE 1 "
                                + "MAXVALUE 9223372036854775807 CACHE 32 NO CYCLE"),
                        List.of("DROP SEQUENCE order_numbers")),
                row(new SchemaOp.AlterSequence("PUBLIC", NUMBERS,
                                new Sequence("ORDER_NUMBERS", "BIGINT", 1000, 5, 1, Long.MAX_VALUE, 32, true)),
                        List.of("ALTER SEQUENCE order_numbers INCREMENT BY 5 CYCLE"),
                        List.of("ALTER SEQUENCE order_numbers INCREMENT BY 10 NO CYCLE")),
                row(new SchemaOp.AlterSequence("Sales", NUMBERS,
                                new Sequence("ORDER_NUMBERS", "INTEGER", 1000, 10, 1, Integer.MAX_VALUE, 32, false)),
                        List.of("DROP SEQUENCE \"Sales\".order_numbers", "CREATE SEQUENCE \"Sales\".order_numbers AS "
                                + "INTEGER START WITH 1000 INCREMENT BY 10 MINVALUE 1 MAXVALUE 2147483647 CACHE 32 "
                                + "NO CYCLE"),
                        List.of("DROP SEQUENCE \"Sales\".order_numbers", "CREATE SEQUENCE \"Sales\".order_numbers AS "
                                + "BIGINT START WITH 1000 INCREMENT BY 10 MINVALUE 1 MAXVALUE 9223372036854775807 "
                                + "CACHE 32 NO CYCLE")),
                row(new SchemaOp.CreateTable("PUBLIC", orders), List.of("""
                                CREATE TABLE orders (
                                    id BIGINT GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5) NOT NULL,
                                    "user" CHARACTER VARYING(40) DEFAULT 'x' NOT NULL,
                                    total NUMERIC(10, 2),
                                    doubled NUMERIC(12, 2) GENERATED ALWAYS AS ("TOTAL" * 2),
                                    customer_id INTEGER,
                                    CONSTRAINT orders_pk PRIMARY KEY (id),
                                    CONSTRAINT orders_user_uq UNIQUE ("user"),
                                    CONSTRAINT orders_total_ck CHECK ("TOTAL" > 0),
                                    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) \
                                ON DELETE CASCADE
                                )""",
                                "CREATE INDEX orders_total_idx ON orders (total DESC NULLS FIRST)",
                                "COMMENT ON TABLE orders IS 'it''s orders'",
                                "COMMENT ON COLUMN orders.\"user\" IS 'who'"),
                        List.of("DROP TABLE orders")),
                row(new SchemaOp.CreateTable("Sales", salesOrders), List.of("""
                                CREATE TABLE "Sales"."Orders" (
                                    id INTEGER NOT NULL,
                                    customer_id INTEGER,
                                    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers (id)
                                )"""),
                        List.of("DROP TABLE \"Sales\".\"Orders\"")),
                row(new SchemaOp.RenameTable("PUBLIC", "ORDERS", "Sales"),
                        List.of("ALTER TABLE orders RENAME TO \"Sales\""),
                        List.of("ALTER TABLE \"Sales\" RENAME TO orders")),
                row(new SchemaOp.AlterTableComment(ORDERS, null, "all orders"),
                        List.of("COMMENT ON TABLE orders IS 'all orders'"),
                        List.of("COMMENT ON TABLE orders IS NULL")),
                row(new SchemaOp.AddColumn(ORDERS, new Column("NOTE", type("CHARACTER VARYING(100)"), false, "'n'",
                                null, null, "a note")),
                        List.of("ALTER TABLE orders ADD COLUMN note CHARACTER VARYING(100) DEFAULT 'n' NOT NULL",
                                "COMMENT ON COLUMN orders.note IS 'a note'"),
                        List.of("ALTER TABLE orders DROP COLUMN note")),
                row(new SchemaOp.AddColumn(SALES_ORDERS, ID.withIdentity(
                                new Identity(Identity.Generation.BY_DEFAULT, null, 2L))),
                        List.of("ALTER TABLE \"Sales\".\"Orders\" ADD COLUMN id INTEGER GENERATED BY DEFAULT AS "
                                + "IDENTITY (INCREMENT BY 2) NOT NULL"),
                        List.of("ALTER TABLE \"Sales\".\"Orders\" DROP COLUMN id")),
                row(new SchemaOp.RenameColumn(ORDERS, "TOTAL", "order"),
                        List.of("ALTER TABLE orders RENAME COLUMN total TO \"order\""),
                        List.of("ALTER TABLE orders RENAME COLUMN \"order\" TO total")),
                row(new SchemaOp.AlterColumnType(ORDERS, Column.of("TOTAL", MONEY), MONEY,
                                type("NUMERIC(12, 4)", "NUMERIC", null, 12, 4)),
                        List.of("ALTER TABLE orders ALTER COLUMN total SET DATA TYPE NUMERIC(12, 4)"),
                        List.of("ALTER TABLE orders ALTER COLUMN total SET DATA TYPE NUMERIC(10, 2)")),
                row(new SchemaOp.AlterColumnType(ORDERS, Column.of("MOOD", moods), moods,
                                type("ENUM('a', 'b', 'c')", "ENUM", null, null, null)),
                        List.of("ALTER TABLE orders ALTER COLUMN mood SET DATA TYPE ENUM('a', 'b', 'c')"),
                        List.of("ALTER TABLE orders ALTER COLUMN mood SET DATA TYPE ENUM('a', 'b')")),
                row(new SchemaOp.AlterColumnType(ORDERS, DOUBLED, DOUBLED.type(),
                                type("NUMERIC(14, 2)", "NUMERIC", null, 14, 2)),
                        List.of("ALTER TABLE orders ALTER COLUMN doubled NUMERIC(14, 2) GENERATED ALWAYS AS "
                                + "(\"TOTAL\" * 2)", "COMMENT ON COLUMN orders.doubled IS 'twice'"),
                        List.of("ALTER TABLE orders ALTER COLUMN doubled NUMERIC(12, 2) GENERATED ALWAYS AS "
                                + "(\"TOTAL\" * 2)", "COMMENT ON COLUMN orders.doubled IS 'twice'")),
                row(new SchemaOp.AlterColumnNullability(ORDERS, "TOTAL", true, false),
                        List.of("ALTER TABLE orders ALTER COLUMN total SET NOT NULL"),
                        List.of("ALTER TABLE orders ALTER COLUMN total DROP NOT NULL")),
                row(new SchemaOp.AlterColumnDefault(ORDERS, "TOTAL", null, "0"),
                        List.of("ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0"),
                        List.of("ALTER TABLE orders ALTER COLUMN total DROP DEFAULT")),
                row(new SchemaOp.AlterColumnIdentity(ORDERS, ID.withComment("key"), null,
                                new Identity(Identity.Generation.ALWAYS, 10L, null)),
                        List.of("ALTER TABLE orders ALTER COLUMN id INTEGER GENERATED ALWAYS AS IDENTITY "
                                + "(START WITH 10)", "COMMENT ON COLUMN orders.id IS 'key'"),
                        List.of("ALTER TABLE orders ALTER COLUMN id DROP IDENTITY")),
                row(new SchemaOp.AlterColumnIdentity(ORDERS, ID.withIdentity(ALWAYS), ALWAYS,
                                new Identity(Identity.Generation.BY_DEFAULT, 5L, 2L)),
                        List.of("ALTER TABLE orders ALTER COLUMN id SET GENERATED BY DEFAULT START WITH 5 "
                                + "SET INCREMENT BY 2"),
                        List.of("ALTER TABLE orders ALTER COLUMN id SET GENERATED ALWAYS START WITH 1 "
                                + "SET INCREMENT BY 1")),
                row(new SchemaOp.AlterColumnIdentity(ORDERS, ID.withIdentity(ALWAYS), ALWAYS,
                                new Identity(Identity.Generation.ALWAYS, 7L, null)),
                        List.of("ALTER TABLE orders ALTER COLUMN id START WITH 7"),
                        List.of("ALTER TABLE orders ALTER COLUMN id START WITH 1")),
                row(new SchemaOp.AlterColumnComment(ORDERS, "TOTAL", null, "sum"),
                        List.of("COMMENT ON COLUMN orders.total IS 'sum'"),
                        List.of("COMMENT ON COLUMN orders.total IS NULL")),
                row(new SchemaOp.AddPrimaryKey(ORDERS, new PrimaryKey("ORDERS_PK", List.of("ID"))),
                        List.of("ALTER TABLE orders ADD CONSTRAINT orders_pk PRIMARY KEY (id)"),
                        List.of("ALTER TABLE orders DROP CONSTRAINT orders_pk")),
                row(new SchemaOp.AddPrimaryKey(ORDERS, new PrimaryKey(null, List.of("ID"))),
                        List.of("ALTER TABLE orders ADD PRIMARY KEY (id)"),
                        List.of("ALTER TABLE orders DROP PRIMARY KEY")),
                row(new SchemaOp.AddUniqueConstraint(ORDERS, new UniqueConstraint("ORDERS_UQ", List.of("A", "b"))),
                        List.of("ALTER TABLE orders ADD CONSTRAINT orders_uq UNIQUE (a, \"b\")"),
                        List.of("ALTER TABLE orders DROP CONSTRAINT orders_uq")),
                row(new SchemaOp.AddCheck(SALES_ORDERS, new CheckConstraint("POSITIVE", "\"ID\" > 0")),
                        List.of("ALTER TABLE \"Sales\".\"Orders\" ADD CONSTRAINT positive CHECK (\"ID\" > 0)"),
                        List.of("ALTER TABLE \"Sales\".\"Orders\" DROP CONSTRAINT positive")),
                row(new SchemaOp.AddForeignKey(SALES_ORDERS, new ForeignKey("FK", List.of("CUSTOMER_ID"), CUSTOMERS,
                                List.of("ID"), ReferentialAction.CASCADE, ReferentialAction.SET_NULL,
                                Deferrability.NOT_DEFERRABLE)),
                        List.of("ALTER TABLE \"Sales\".\"Orders\" ADD CONSTRAINT fk FOREIGN KEY (customer_id) "
                                + "REFERENCES public.customers (id) ON UPDATE CASCADE ON DELETE SET NULL"),
                        List.of("ALTER TABLE \"Sales\".\"Orders\" DROP CONSTRAINT fk")),
                row(new SchemaOp.AddForeignKey(ORDERS, new ForeignKey("FK", List.of("SALE"), SALES_ORDERS,
                                List.of("ID"), ReferentialAction.RESTRICT, ReferentialAction.SET_DEFAULT, null)),
                        List.of("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (sale) REFERENCES \"Sales\".\"Orders\""
                                + " (id) ON UPDATE RESTRICT ON DELETE SET DEFAULT"),
                        List.of("ALTER TABLE orders DROP CONSTRAINT fk")),
                row(new SchemaOp.CreateIndex(ORDERS, new Index("ORDERS_TOTAL_UQ", true, List.of(
                                new IndexKey("TOTAL", null, true, IndexKey.NullsOrder.DEFAULT),
                                new IndexKey("CUSTOMER_ID", null, false, IndexKey.NullsOrder.LAST)), null, null,
                                List.of())),
                        List.of("CREATE UNIQUE INDEX orders_total_uq ON orders (total DESC, customer_id NULLS LAST)"),
                        List.of("DROP INDEX orders_total_uq")),
                row(new SchemaOp.CreateIndex(SALES_ORDERS, new Index("By_Customer", false,
                                List.of(IndexKey.column("CUSTOMER_ID")), null, null, List.of())),
                        List.of("CREATE INDEX \"By_Customer\" ON \"Sales\".\"Orders\" (customer_id)"),
                        List.of("DROP INDEX \"Sales\".\"By_Customer\"")),
                row(new SchemaOp.CreateIndex(QualifiedName.of("PUBLIC", "SHAPES"), new Index("SHAPES_IDX", false,
                                List.of(IndexKey.column("SHAPE")), "SPATIAL", null, List.of())),
                        List.of("CREATE SPATIAL INDEX shapes_idx ON shapes (shape)"),
                        List.of("DROP INDEX shapes_idx")),
                row(new SchemaOp.CreateView("PUBLIC", view),
                        List.of("CREATE VIEW big AS\nSELECT\n    \"ID\"\nFROM \"PUBLIC\".\"ORDERS\"",
                                "COMMENT ON VIEW big IS 'big ones'"),
                        List.of("DROP VIEW big")));
    }

    private static Arguments row(SchemaOp op, List<String> sql, List<String> reverseSql) {
        return Arguments.of(op.description(), op, sql, reverseSql);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void rendersTheOperationAndItsReverse(String description, SchemaOp op, List<String> sql, List<String> reverseSql) {
        assertThat(underTest.render(op)).containsExactlyElementsOf(sql);
        assertThat(underTest.render(op.reverse())).containsExactlyElementsOf(reverseSql);
    }

    static Stream<Arguments> unsupported() {
        EnumType mood = new EnumType("MOOD", List.of("a", "b"));
        Index plain = new Index("I", false, List.of(IndexKey.column("A")), null, null, List.of());
        return Stream.of(
                Arguments.of(new SchemaOp.CreateEnum("PUBLIC", mood), "H2 has no named enum types"),
                Arguments.of(new SchemaOp.DropEnum("PUBLIC", mood), "H2 has no named enum types"),
                Arguments.of(new SchemaOp.AlterEnum(QualifiedName.of("PUBLIC", "MOOD"), List.of("a"), List.of("b"),
                        List.of()), "H2 has no named enum types"),
                Arguments.of(new SchemaOp.CreateIndex(ORDERS, new Index("I", false, List.of(IndexKey.column("A")),
                        null, "\"A\" > 0", List.of())), "H2 has no partial indexes"),
                Arguments.of(new SchemaOp.CreateIndex(ORDERS, plain.withKeys(List.of(IndexKey.expression("LOWER(A)")))),
                        "H2 indexes columns only"),
                Arguments.of(new SchemaOp.CreateIndex(ORDERS, new Index("I", false, List.of(IndexKey.column("A")),
                        null, null, List.of("B"))), "H2 2.3 has no INCLUDE columns"),
                Arguments.of(new SchemaOp.CreateIndex(ORDERS, new Index("I", false, List.of(IndexKey.column("A")),
                        "gin", null, List.of())), "H2 has no index method gin"),
                Arguments.of(new SchemaOp.AddForeignKey(ORDERS, new ForeignKey("FK", List.of("A"), CUSTOMERS,
                        List.of("ID"), null, null, Deferrability.DEFERRABLE_INITIALLY_DEFERRED)),
                        "H2 has no deferrable constraints"),
                Arguments.of(new SchemaOp.AddColumn(ORDERS, ID.withIdentity(
                        new Identity(Identity.Generation.SERIAL, null, null))), "H2 has no serial columns"),
                Arguments.of(new SchemaOp.DropUniqueConstraint(ORDERS, new UniqueConstraint(null, List.of("A"))),
                        "H2 drops such a constraint by its name"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("unsupported")
    void refusesWhatH2CannotDoAndSaysWhy(SchemaOp op, String why) {
        assertThatThrownBy(() -> underTest.render(op)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining(why);
    }

    @Test
    void quotesKeywordsMixedCaseAndSpecialCharactersOnly() {
        assertThat(H2Identifiers.STYLE.quote("ORDERS")).isEqualTo("orders");
        assertThat(H2Identifiers.STYLE.quote("ORDER_2")).isEqualTo("order_2");
        assertThat(H2Identifiers.STYLE.quote("orders")).isEqualTo("\"orders\"");
        assertThat(H2Identifiers.STYLE.quote("Orders")).isEqualTo("\"Orders\"");
        assertThat(H2Identifiers.STYLE.quote("MY TABLE")).isEqualTo("\"MY TABLE\"");
        assertThat(H2Identifiers.STYLE.quote("A\"B")).isEqualTo("\"A\"\"B\"");
        for (String keyword : List.of("USER", "VALUE", "KEY", "ORDER", "GROUP", "YEAR", "MONTH", "DAY", "ROW",
                "INTERVAL", "_ROWID_")) {
            assertThat(H2Identifiers.STYLE.quote(keyword)).isEqualTo('"' + keyword + '"');
        }
        assertThat(H2Identifiers.STYLE.fold("orders")).isEqualTo("ORDERS");
    }

    @Test
    void writesNamesForADatabaseThatFoldsToLowerCaseWhenItsDefaultSchemaIsLowerCase() {
        var lower = new H2Dialect().renderer("public");
        Table table = new Table("orders", List.of(new Column("id", INTEGER, false, null, null, null, null)),
                new PrimaryKey("CONSTRAINT_8", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);

        assertThat(lower.render(new SchemaOp.CreateTable("public", table))).containsExactly(
                "CREATE TABLE orders (\n    id INTEGER NOT NULL,\n    CONSTRAINT \"CONSTRAINT_8\" PRIMARY KEY (id)\n)");
        assertThat(H2Identifiers.forDefaultSchema("PUBLIC")).isSameAs(H2Identifiers.STYLE);
        assertThat(H2Identifiers.forDefaultSchema("Mixed")).isSameAs(H2Identifiers.STYLE);
        assertThat(H2Identifiers.forDefaultSchema("public")).isSameAs(H2Identifiers.LOWER_CASE_STYLE);
        assertThat(H2Identifiers.LOWER_CASE_STYLE.quote("user")).isEqualTo("\"user\"");
    }
}
