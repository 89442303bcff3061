package dev.migrate.dialect.h2;

import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.ColumnType;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.Deferrability;
import dev.migrate.schema.model.ForeignKey;
import dev.migrate.schema.model.Identity;
import dev.migrate.schema.model.Index;
import dev.migrate.schema.model.IndexKey;
import dev.migrate.schema.model.PrimaryKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.ReferentialAction;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Sequence;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.UniqueConstraint;
import dev.migrate.schema.model.View;
import dev.migrate.schema.ops.SchemaOp;
import dev.migrate.schema.render.MigrationScriptRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.migrate.dialect.h2.Models.BIGINT;
import static dev.migrate.dialect.h2.Models.INTEGER;
import static dev.migrate.dialect.h2.Models.MONEY;
import static dev.migrate.dialect.h2.Models.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes autogenerate correct on H2: a model read from H2, rendered and run on H2, reads back equal. Two
 * families: whole schemas created from their model in an empty database, and every operation applied to a shop
 * (the database must then match {@link ExpectedModel}) and reversed (it must match the shop again).
 */
class H2RoundTripTest {

    private static final QualifiedName CUSTOMERS = QualifiedName.of("PUBLIC", "CUSTOMERS");
    private static final QualifiedName TICKETS = QualifiedName.of("PUBLIC", "TICKETS");
    private static final QualifiedName ORDERS = QualifiedName.of("Sales", "Orders");

    // ------------------------------------------------------------------------------------ whole schemas

    static Stream<Arguments> schemas() {
        String everyType = H2IntrospectorTest.types()
                .map(row -> ((ColumnType) row.get()[1]).sql())
                .collect(Collectors.joining(",\n    ", "CREATE TABLE all_types (\n    c0 INTEGER,\n    ", "\n)"));
        everyType = numberColumns(everyType);
        String keywords = H2Identifiers.KEYWORDS.stream().sorted().map(k -> "\"" + k + "\" INTEGER")
                .collect(Collectors.joining(", "));
        return Stream.of(
                Arguments.of("every kind of object (the domain it uses is outside the model)",
                        "CREATE DOMAIN positive_int AS INTEGER CHECK (VALUE > 0)", Fixtures.EVERY_KIND),
                Arguments.of("the shop", "", Fixtures.SHOP),
                Arguments.of("every column type", "", everyType),
                Arguments.of("keywords as names", "", "CREATE SCHEMA \"USER\";\n"
                        + "CREATE TABLE \"USER\".\"ORDER\" (" + keywords + ", CONSTRAINT \"CHECK\" CHECK (\"VALUE\" > 0),"
                        + " CONSTRAINT \"PRIMARY\" PRIMARY KEY (\"KEY\"), CONSTRAINT \"UNIQUE\" UNIQUE (\"YEAR\", \"MONTH\"));\n"
                        + "CREATE INDEX \"INDEX\" ON \"USER\".\"ORDER\" (\"DAY\" DESC);\n"
                        + "CREATE TABLE \"GROUP\" (\"ROW\" INTEGER, CONSTRAINT \"FOREIGN\" FOREIGN KEY (\"ROW\") "
                        + "REFERENCES \"USER\".\"ORDER\" (\"KEY\"));\n"
                        + "CREATE SEQUENCE \"USER\".\"VALUES\";\n"
                        + "CREATE VIEW \"USER\".\"SELECT\" AS SELECT \"KEY\", \"VALUE\" FROM \"USER\".\"ORDER\""),
                Arguments.of("defaults, checks, generated columns and comments", "", """
                        CREATE SEQUENCE numbers;
                        CREATE TABLE t (
                            id BIGINT DEFAULT NEXT VALUE FOR numbers PRIMARY KEY,
                            s VARCHAR(20) DEFAULT 'it''s' CHECK (s IN ('it''s', 'b') OR s LIKE 'x%'),
                            d DATE DEFAULT CURRENT_DATE,
                            ts TIMESTAMP(3) DEFAULT LOCALTIMESTAMP(3),
                            u UUID DEFAULT RANDOM_UUID(),
                            n NUMERIC(5, 1) DEFAULT 1.5 CHECK (n BETWEEN 0 AND 100),
                            flag BOOLEAN DEFAULT TRUE NOT NULL,
                            j JSON DEFAULT JSON '{"a": 1}',
                            upper_s VARCHAR(20) GENERATED ALWAYS AS (UPPER(s)),
                            kind VARCHAR(10) GENERATED ALWAYS AS (CASE WHEN n > 50 THEN 'big' ELSE 'small' END),
                            CONSTRAINT t_ts_ck CHECK (ts > TIMESTAMP '2000-01-01 00:00:00' AND d IS NOT NULL)
                        );
                        COMMENT ON TABLE t IS 'line one
                        line two, with ''quotes''';
                        COMMENT ON COLUMN t.s IS '';
                        COMMENT ON COLUMN t.n IS 'a "number"'"""),
                Arguments.of("identities and sequences", "", """
                        CREATE TABLE ids (
                            a INT GENERATED ALWAYS AS IDENTITY (START WITH -10 INCREMENT BY -2),
                            b BIGINT GENERATED BY DEFAULT AS IDENTITY (START WITH 5 INCREMENT BY 100),
                            c SMALLINT
                        );
                        CREATE TABLE ids2 (a BIGINT GENERATED ALWAYS AS IDENTITY (INCREMENT BY -1));
                        CREATE SEQUENCE s1 AS INTEGER START WITH 3 INCREMENT BY 2 MINVALUE 1 MAXVALUE 100 CACHE 5 CYCLE;
                        CREATE SEQUENCE s2 AS NUMERIC(20) START WITH -5 INCREMENT BY -1 MINVALUE -100 MAXVALUE 0 NO CACHE;
                        CREATE SEQUENCE s3 AS SMALLINT;
                        CREATE SEQUENCE s4 AS DECIMAL(30, 0)"""),
                Arguments.of("foreign keys in a cycle and across schemas", "", """
                        CREATE SCHEMA a;
                        CREATE SCHEMA b;
                        CREATE TABLE a.x (id INT PRIMARY KEY, y_id INT, y_code CHAR(3));
                        CREATE TABLE b.y (id INT, code CHAR(3), x_id INT REFERENCES a.x ON DELETE SET NULL,
                            PRIMARY KEY (code, id));
                        ALTER TABLE a.x ADD CONSTRAINT x_y_fk FOREIGN KEY (y_code, y_id) REFERENCES b.y (code, id)
                            ON UPDATE CASCADE ON DELETE SET DEFAULT;
                        CREATE TABLE a.z (id INT PRIMARY KEY, parent INT REFERENCES a.z)"""),
                Arguments.of("indexes", "", """
                        CREATE TABLE t (a INT, b VARCHAR(10), c TIMESTAMP, g GEOMETRY);
                        CREATE INDEX ON t (a);
                        CREATE UNIQUE INDEX t_abc ON t (a DESC, b NULLS LAST, c DESC NULLS FIRST);
                        CREATE INDEX "t lower" ON t (b);
                        CREATE SPATIAL INDEX t_g ON t (g)"""),
                Arguments.of("views over views", "", """
                        CREATE TABLE t (id INT, name VARCHAR(10));
                        CREATE VIEW v1 AS SELECT id, name FROM t WHERE id > 0;
                        CREATE VIEW v2 AS SELECT v1.id, COUNT(*) AS n FROM v1 JOIN t ON t.id = v1.id GROUP BY v1.id;
                        CREATE VIEW v3 AS SELECT * FROM v2 UNION ALL SELECT id, 0 FROM t;
                        COMMENT ON VIEW v3 IS 'three'"""));
    }

    /** Names the columns c1, c2, ... (the generated DDL has one type a line). */
    private static String numberColumns(String ddl) {
        String[] lines = ddl.split("\n");
        for (int k = 2; k < lines.length - 1; k++) {
            lines[k] = "    c" + (k - 1) + " " + lines[k].strip();
        }
        return String.join("\n", lines);
    }

    /** Source DDL is run on one database; the prelude creates what the model needs but does not hold. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void createsASchemaFromItsModelAndReadsItBackEqual(String name, String prelude, String ddl) throws SQLException {
        createsASchemaFromItsModel("", prelude, ddl);
    }

    /** The same where names fold to lower case, so that H2's generated names (CONSTRAINT_1) must be quoted. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void createsASchemaFromItsModelInADatabaseThatFoldsToLowerCase(String name, String prelude, String ddl)
            throws SQLException {
        createsASchemaFromItsModel(";DATABASE_TO_LOWER=TRUE", prelude, ddl);
    }

    private static void createsASchemaFromItsModel(String settings, String prelude, String ddl) throws SQLException {
        DatabaseSchema source;
        try (H2TestDatabase db = H2TestDatabase.create(settings)) {
            source = db.run(ddl).introspect();
        }
        try (H2TestDatabase db = H2TestDatabase.create(settings)) {
            db.run(prelude).apply(createAll(source));

            DatabaseSchema copy = db.introspect();
            assertThat(copy.defaultSchema()).isEqualTo(source.defaultSchema());
            assertThat(copy.schemas()).isEqualTo(source.schemas());
        }
    }

    /**
     * The operations that build {@code model} in an empty database: schemas, sequences, tables after the tables
     * their foreign keys reference (keys that close a cycle added afterwards), views after what they read.
     */
    static List<SchemaOp> createAll(DatabaseSchema model) {
        List<SchemaOp> ops = new ArrayList<>();
        for (Schema schema : model.schemas()) {
            if (!schema.name().equalsIgnoreCase("PUBLIC")) {
                ops.add(new SchemaOp.CreateSchema(schema.name()));
            }
            schema.sequences().forEach(s -> ops.add(new SchemaOp.CreateSequence(schema.name(), s)));
        }
        List<DatabaseSchema.QualifiedTable> pending = new ArrayList<>(model.allTables());
        Set<QualifiedName> created = new HashSet<>();
        List<SchemaOp> laterKeys = new ArrayList<>();
        while (!pending.isEmpty()) {
            DatabaseSchema.QualifiedTable next = pending.stream()
                    .filter(t -> t.table().foreignKeys().stream().allMatch(k -> ready(k, t.name(), created)))
                    .findFirst().orElse(pending.get(0));
            Table table = next.table();
            List<ForeignKey> now = table.foreignKeys().stream().filter(k -> ready(k, next.name(), created)).toList();
            table.foreignKeys().stream().filter(k -> !now.contains(k))
                    .forEach(k -> laterKeys.add(new SchemaOp.AddForeignKey(next.name(), k)));
            ops.add(new SchemaOp.CreateTable(next.name().schema(), table.withForeignKeys(now)));
            created.add(next.name());
            pending.remove(next);
        }
        ops.addAll(laterKeys);
        List<SchemaOp.CreateView> views = new ArrayList<>();
        model.schemas().forEach(s -> s.views().forEach(v -> views.add(new SchemaOp.CreateView(s.name(), v))));
        while (!views.isEmpty()) {
            SchemaOp.CreateView next = views.stream().filter(v -> v.view().dependencies().stream()
                    .noneMatch(d -> views.stream().anyMatch(w -> w.name().equals(d)))).findFirst().orElseThrow();
            ops.add(next);
            views.remove(next);
        }
        return ops;
    }

    private static boolean ready(ForeignKey key, QualifiedName table, Set<QualifiedName> created) {
        return key.target().equals(table) || created.contains(key.target());
    }

    // ------------------------------------------------------------------------------------------ operations

    static Stream<Arguments> operations() {
        Identity byDefault = new Identity(Identity.Generation.BY_DEFAULT, 10L, null);
        return Stream.of(
                op("create schema", db -> new SchemaOp.CreateSchema("Extra")),
                op("create sequence", db -> new SchemaOp.CreateSequence("Sales",
                        new Sequence("INVOICE_NUMBERS", "NUMERIC(20)", -5, -1, -100, 0, 1, true))),
                op("drop sequence", db -> new SchemaOp.DropSequence("PUBLIC", sequence(db))),
                op("alter sequence options", db -> new SchemaOp.AlterSequence("PUBLIC", sequence(db),
                        new Sequence("SEQ", "BIGINT", 7, 3, 1, 1000, 1, true))),
                op("alter sequence type", db -> new SchemaOp.AlterSequence("PUBLIC", sequence(db),
                        new Sequence("SEQ", "INTEGER", 5, 1, 1, Integer.MAX_VALUE, 32, false))),
                op("create table", db -> new SchemaOp.CreateTable("PUBLIC", invoices())),
                op("create table referencing another schema", db -> new SchemaOp.CreateTable("Sales", refunds())),
                op("drop table", db -> new SchemaOp.DropTable("Sales", Models.table(db, ORDERS))),
                op("rename table", db -> new SchemaOp.RenameTable("Sales", "Orders", "Orders_2024")),
                op("table comment", db -> new SchemaOp.AlterTableComment(TICKETS, null, "it's a ticket")),
                op("add column", db -> new SchemaOp.AddColumn(CUSTOMERS,
                        new Column("SINCE", type("DATE"), false, "CURRENT_DATE", null, null, "customer since"))),
                op("add identity column", db -> new SchemaOp.AddColumn(ORDERS, new Column("SEQ_NO", BIGINT, false,
                        null, new Identity(Identity.Generation.BY_DEFAULT, 100L, 2L), null, null))),
                op("add generated column", db -> new SchemaOp.AddColumn(ORDERS,
                        new Column("TWICE", INTEGER, true, null, null, "\"AMOUNT\" * 2", null))),
                op("drop column", db -> new SchemaOp.DropColumn(CUSTOMERS, Models.column(db, CUSTOMERS, "NOTE"))),
                op("drop generated column", db -> new SchemaOp.DropColumn(CUSTOMERS,
                        Models.column(db, CUSTOMERS, "DOUBLED"))),
                op("rename column", db -> new SchemaOp.RenameColumn(CUSTOMERS, "NOTE", "Remark")),
                typeChange("longer varchar", CUSTOMERS, "NAME", type("CHARACTER VARYING(80)", "CHARACTER VARYING",
                        80, null, null)),
                typeChange("enum label added", CUSTOMERS, "MOOD", type("ENUM('a', 'b', 'c')", "ENUM", null, null,
                        null)),
                typeChange("numeric precision", CUSTOMERS, "TOTAL", type("NUMERIC(12, 4)", "NUMERIC", null, 12, 4)),
                typeChange("integer to bigint", CUSTOMERS, "CODE", BIGINT),
                typeChange("varchar to clob", CUSTOMERS, "NOTE", type("CHARACTER LARGE OBJECT",
                        "CHARACTER LARGE OBJECT", null, null, null)),
                typeChange("generated column with a comment", CUSTOMERS, "DOUBLED", type("NUMERIC(14, 2)", "NUMERIC",
                        null, 14, 2)),
                typeChange("identity key with a comment", TICKETS, "ID", BIGINT),
                typeChange("to a domain", TICKETS, "LABEL", new ColumnType("\"PUBLIC\".\"LABEL_TEXT\"",
                        "\"PUBLIC\".\"LABEL_TEXT\"", null, null, null, QualifiedName.of("PUBLIC", "LABEL_TEXT"))),
                typeChange("to a timestamp with time zone", TICKETS, "LABEL", type("TIMESTAMP(3) WITH TIME ZONE",
                        "TIMESTAMP WITH TIME ZONE", null, 3, null)),
                op("set not null", db -> new SchemaOp.AlterColumnNullability(CUSTOMERS, "NOTE", true, false)),
                op("drop not null", db -> new SchemaOp.AlterColumnNullability(CUSTOMERS, "CODE", false, true)),
                op("set default", db -> new SchemaOp.AlterColumnDefault(CUSTOMERS, "NOTE", null, "'it''s'")),
                op("change default", db -> new SchemaOp.AlterColumnDefault(CUSTOMERS, "MOOD", "'a'", "'b'")),
                op("numeric default", db -> new SchemaOp.AlterColumnDefault(CUSTOMERS, "TOTAL", null, "1.5")),
                op("drop default", db -> new SchemaOp.AlterColumnDefault(CUSTOMERS, "MOOD", "'a'", null)),
                identityChange("identity generation", db -> new Identity(Identity.Generation.BY_DEFAULT, 10L, null)),
                identityChange("identity start and increment", db -> new Identity(Identity.Generation.ALWAYS, 20L, 3L)),
                identityChange("identity back to defaults", db -> new Identity(Identity.Generation.ALWAYS, null, null)),
                identityChange("drop identity", db -> null),
                op("add identity", db -> new SchemaOp.AlterColumnIdentity(ORDERS, Models.column(db, ORDERS, "ID"),
                        null, byDefault)),
                op("column comment", db -> new SchemaOp.AlterColumnComment(CUSTOMERS, "NOTE", null, "a note")),
                op("drop column comment", db -> new SchemaOp.AlterColumnComment(CUSTOMERS, "DOUBLED", "twice", null)),
                op("add primary key", db -> new SchemaOp.AddPrimaryKey(ORDERS,
                        new PrimaryKey("ORDERS_PK", List.of("ID")))),
                op("drop primary key", db -> new SchemaOp.DropPrimaryKey(TICKETS,
                        Models.table(db, TICKETS).primaryKey())),
                op("add unique constraint", db -> new SchemaOp.AddUniqueConstraint(ORDERS,
                        new UniqueConstraint("ORDERS_UQ", List.of("CUSTOMER_ID", "AMOUNT")))),
                op("drop unique constraint", db -> new SchemaOp.DropUniqueConstraint(CUSTOMERS,
                        Models.table(db, CUSTOMERS).uniqueConstraints().get(0))),
                op("add check", db -> new SchemaOp.AddCheck(ORDERS,
                        new CheckConstraint("ORDERS_AMOUNT_CK", "\"AMOUNT\" > 0"))),
                op("drop check", db -> new SchemaOp.DropCheck(CUSTOMERS, Models.table(db, CUSTOMERS).checks().get(0))),
                op("add foreign key across schemas", db -> new SchemaOp.AddForeignKey(ORDERS,
                        new ForeignKey("ORDERS_TICKET_FK", List.of("ID"), TICKETS, List.of("ID"),
                                ReferentialAction.CASCADE, ReferentialAction.CASCADE, Deferrability.NOT_DEFERRABLE))),
                op("drop foreign key", db -> new SchemaOp.DropForeignKey(ORDERS,
                        Models.table(db, ORDERS).foreignKeys().get(0))),
                op("create index", db -> new SchemaOp.CreateIndex(CUSTOMERS, new Index("CUSTOMERS_MOOD_IDX", false,
                        List.of(new IndexKey("MOOD", null, true, IndexKey.NullsOrder.FIRST), IndexKey.column("NOTE")),
                        null, null, List.of()))),
                op("create unique index", db -> new SchemaOp.CreateIndex(TICKETS, new Index("Tickets By Label", true,
                        List.of(IndexKey.column("LABEL")), null, null, List.of()))),
                op("drop index in another schema", db -> new SchemaOp.DropIndex(ORDERS,
                        Models.table(db, ORDERS).indexes().get(0))),
                op("create view over a view", db -> new SchemaOp.CreateView("Sales", new View("RICH_ORDERS", """
                        SELECT
                            "O"."ID",
                            "R"."NAME"
                        FROM "Sales"."Orders" "O"
                        INNER JOIN "PUBLIC"."RICH" "R"
                            ON 1=1
                        WHERE "R"."ID" = "O"."CUSTOMER_ID\"""",
                        List.of(QualifiedName.of("PUBLIC", "RICH"), ORDERS), "orders of rich customers"))),
                op("drop view", db -> new SchemaOp.DropView("PUBLIC",
                        db.schema("PUBLIC").orElseThrow().view("RICH").orElseThrow())));
    }

    private static Arguments op(String name, Function<DatabaseSchema, SchemaOp> op) {
        return Arguments.of(name, op);
    }

    private static Arguments typeChange(String name, QualifiedName table, String column, ColumnType to) {
        return op("type: " + name, db -> {
            Column before = Models.column(db, table, column);
            return new SchemaOp.AlterColumnType(table, before, before.type(), to);
        });
    }

    private static Arguments identityChange(String name, Function<DatabaseSchema, Identity> to) {
        return op(name, db -> {
            Column id = Models.column(db, TICKETS, "ID");
            return new SchemaOp.AlterColumnIdentity(TICKETS, id, id.identity(), to.apply(db));
        });
    }

    private static Sequence sequence(DatabaseSchema db) {
        return db.schema("PUBLIC").orElseThrow().sequences().get(0);
    }

    private static Table invoices() {
        return new Table("INVOICES", List.of(
                new Column("ID", BIGINT, false, null, new Identity(Identity.Generation.ALWAYS, 1000L, 10L), null,
                        null),
                new Column("CUSTOMER_ID", INTEGER, false, null, null, null, null),
                new Column("Status", type("ENUM('open', 'paid')", "ENUM", null, null, null), true, "'open'", null,
                        null, "where it stands"),
                new Column("AMOUNT", MONEY, false, "0", null, null, null),
                new Column("TAX", type("NUMERIC(12, 2)", "NUMERIC", null, 12, 2), true, null, null,
                        "\"AMOUNT\" / 5", null),
                new Column("ISSUED", type("TIMESTAMP(3) WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE", null, 3, null),
                        true, "CURRENT_TIMESTAMP(3)", null, null, null)),
                new PrimaryKey("INVOICES_PK", List.of("ID")),
                List.of(new UniqueConstraint("INVOICES_CUSTOMER_UQ", List.of("CUSTOMER_ID", "Status"))),
                List.of(new ForeignKey("INVOICES_CUSTOMER_FK", List.of("CUSTOMER_ID"), CUSTOMERS, List.of("ID"),
                        ReferentialAction.NO_ACTION, ReferentialAction.CASCADE, Deferrability.NOT_DEFERRABLE)),
                List.of(new CheckConstraint("INVOICES_AMOUNT_CK", "\"AMOUNT\" >= CAST(0 AS NUMERIC(1))")),
                List.of(new Index("INVOICES_ISSUED_IDX", false,
                        List.of(new IndexKey("ISSUED", null, true, IndexKey.NullsOrder.FIRST)), null, null, List.of())),
                "it's invoices");
    }

    private static Table refunds() {
        return new Table("Refunds", List.of(
                new Column("ID", INTEGER, false, null, null, null, null),
                Column.of("TICKET_ID", INTEGER)),
                new PrimaryKey("REFUNDS_PK", List.of("ID")), List.of(),
                List.of(new ForeignKey("REFUNDS_TICKET_FK", List.of("TICKET_ID"), TICKETS, List.of("ID"),
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, Deferrability.NOT_DEFERRABLE)),
                List.of(), List.of(), null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void appliesTheOperationThenItsReverse(String name, Function<DatabaseSchema, SchemaOp> make) throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create()) {
            DatabaseSchema before = db.run(Fixtures.SHOP).introspect();
            SchemaOp op = make.apply(before);
            DatabaseSchema expected = ExpectedModel.after(before, op);
            assertThat(expected).as("the operation changes the model").isNotEqualTo(before);

            db.apply(op);
            assertThat(db.introspect()).as("after " + op.description()).isEqualTo(expected);

            db.apply(op.reverse());
            DatabaseSchema back = ExpectedModel.after(expected, op.reverse());
            assertThat(db.introspect()).as("after reversing " + op.description()).isEqualTo(back);
            if (!(op instanceof SchemaOp.DropColumn)) {
                assertThat(back).isEqualTo(before);
            }
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("dev.migrate.dialect.h2.H2IntrospectorTest#types")
    void addsAndDropsAColumnOfEveryType(String written, ColumnType type) throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create()) {
            DatabaseSchema before = db.run("CREATE TABLE t (id INT)").introspect();
            SchemaOp add = new SchemaOp.AddColumn(QualifiedName.of("PUBLIC", "T"),
                    new Column("C", type, false, null, null, null, "of type " + written));

            db.apply(add);
            assertThat(db.introspect()).isEqualTo(ExpectedModel.after(before, add));
            db.apply(add.reverse());
            assertThat(db.introspect()).isEqualTo(before);
        }
    }

    /** In a database that folds names to lower case, H2 still generates upper-case names; they must be quoted. */
    @Test
    void dropsAndRestoresConstraintsWithGeneratedNamesWhereNamesFoldToLowerCase() throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create(";DATABASE_TO_LOWER=TRUE")) {
            DatabaseSchema before = db.run("CREATE TABLE t (id INT PRIMARY KEY, code INT UNIQUE CHECK (code > 0))")
                    .introspect();
            QualifiedName t = QualifiedName.of("public", "t");
            Table table = Models.table(before, t);
            List<SchemaOp> drops = List.of(new SchemaOp.DropCheck(t, table.checks().get(0)),
                    new SchemaOp.DropUniqueConstraint(t, table.uniqueConstraints().get(0)),
                    new SchemaOp.DropPrimaryKey(t, table.primaryKey()));
            assertThat(db.render(drops.get(0)).get(0)).matches("ALTER TABLE t DROP CONSTRAINT \"CONSTRAINT_[0-9A-F_]+\"");

            db.apply(drops);
            assertThat(Models.table(db.introspect(), t)).isEqualTo(table.withPrimaryKey(null)
                    .withUniqueConstraints(List.of()).withChecks(List.of()));

            db.apply(MigrationScriptRenderer.reverse(drops));
            assertThat(db.introspect()).isEqualTo(before);
        }
    }

    /**
     * A dropped column comes back last: {@code AddColumn} has no position, though H2 could place it
     * ({@code ADD COLUMN ... AFTER c}). Everything else about the table is as before.
     */
    @Test
    void aDroppedColumnComesBackAtTheEndOfTheTable() throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create()) {
            DatabaseSchema before = db.run(Fixtures.SHOP).introspect();
            SchemaOp drop = new SchemaOp.DropColumn(CUSTOMERS, Models.column(before, CUSTOMERS, "NOTE"));

            db.apply(drop).apply(drop.reverse());

            Table table = Models.table(db.introspect(), CUSTOMERS);
            assertThat(table.columns()).extracting(Column::name).endsWith("NOTE");
            assertThat(table.withColumns(Models.table(before, CUSTOMERS).columns()))
                    .isEqualTo(Models.table(before, CUSTOMERS));
            assertThat(table.columns()).containsExactlyInAnyOrderElementsOf(Models.table(before, CUSTOMERS).columns());
        }
    }
}
