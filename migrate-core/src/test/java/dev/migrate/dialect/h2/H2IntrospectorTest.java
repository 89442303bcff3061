package dev.migrate.dialect.h2;

import dev.migrate.schema.introspect.IntrospectOptions;
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
import dev.migrate.schema.model.UnsupportedObject;
import dev.migrate.schema.model.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static dev.migrate.dialect.h2.Models.BIGINT;
import static dev.migrate.dialect.h2.Models.INTEGER;
import static dev.migrate.dialect.h2.Models.MONEY;
import static dev.migrate.dialect.h2.Models.type;
import static org.assertj.core.api.Assertions.assertThat;

class H2IntrospectorTest {

    private static final QualifiedName CUSTOMERS = QualifiedName.of("PUBLIC", "CUSTOMERS");
    private static final QualifiedName ORDERS = QualifiedName.of("Sales", "Orders");
    private static final QualifiedName ORDER_LINES = QualifiedName.of("Sales", "ORDER_LINES");
    private static final ColumnType CHAR_2 = type("CHARACTER(2)", "CHARACTER", 2, null, null);

    @Test
    void readsEveryKindOfObjectIntoTheExactModel() throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create()) {
            db.run(Fixtures.EVERY_KIND);

            assertThat(db.introspect()).isEqualTo(new DatabaseSchema("PUBLIC",
                    List.of(expectedPublicSchema(), expectedSalesSchema()),
                    List.of(new UnsupportedObject("constant", QualifiedName.of("PUBLIC", "ANSWER")),
                            new UnsupportedObject("synonym", QualifiedName.of("PUBLIC", "CLIENTS")),
                            new UnsupportedObject("trigger", QualifiedName.of("PUBLIC", "CUSTOMERS_AUDIT")),
                            new UnsupportedObject("domain", QualifiedName.of("PUBLIC", "POSITIVE_INT")),
                            new UnsupportedObject("function", QualifiedName.of("PUBLIC", "TWICE")))));
        }
    }

    private static Schema expectedPublicSchema() {
        Table customers = new Table("CUSTOMERS", List.of(
                new Column("ID", INTEGER, false, null, new Identity(Identity.Generation.ALWAYS, 100L, 5L), null,
                        null),
                new Column("EMAIL", type("CHARACTER VARYING(255)", "CHARACTER VARYING", 255, null, null), false,
                        null, null, null, "where we write"),
                new Column("MOOD", type("ENUM('happy', 'sad')", "ENUM", null, null, null), true, "'happy'", null,
                        null, null),
                new Column("BALANCE", MONEY, false, "0", null, null, null),
                Column.of("CREATED", type("TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE", null, 6, null)),
                Column.of("VISITS", new ColumnType("\"PUBLIC\".\"POSITIVE_INT\"", "\"PUBLIC\".\"POSITIVE_INT\"", null, null, null,
                        QualifiedName.of("PUBLIC", "POSITIVE_INT")))),
                new PrimaryKey("CUSTOMERS_PK", List.of("ID")),
                List.of(new UniqueConstraint("CUSTOMERS_EMAIL_UQ", List.of("EMAIL"))),
                List.of(),
                List.of(new CheckConstraint("CUSTOMERS_BALANCE_CK", "\"BALANCE\" >= CAST(0 AS NUMERIC(1))")),
                List.of(new Index("CUSTOMERS_CREATED_UQ", true,
                        List.of(new IndexKey("CREATED", null, false, IndexKey.NullsOrder.LAST)), null, null,
                        List.of())),
                "people who buy");
        View bigCustomers = new View("BIG_CUSTOMERS", """
                SELECT
                    "ID",
                    "EMAIL"
                FROM "PUBLIC"."CUSTOMERS"
                WHERE "BALANCE" > CAST(1000 AS NUMERIC(4))""", List.of(CUSTOMERS), "rich ones");
        Sequence orderNumbers = new Sequence("ORDER_NUMBERS", "BIGINT", 1000, 10, 1, Long.MAX_VALUE, 32, false);
        return new Schema("PUBLIC", List.of(customers), List.of(bigCustomers), List.of(orderNumbers), List.of());
    }

    private static Schema expectedSalesSchema() {
        Table orderLines = new Table("ORDER_LINES", List.of(
                new Column("ORDER_ID", BIGINT, false, null, null, null, null),
                new Column("REGION", CHAR_2, false, null, null, null, null),
                new Column("LINE", INTEGER, false, null, null, null, null),
                Column.of("PARENT_LINE", INTEGER)),
                new PrimaryKey("ORDER_LINES_PK", List.of("ORDER_ID", "REGION", "LINE")),
                List.of(),
                List.of(new ForeignKey("LINES_ORDER_FK", List.of("REGION", "ORDER_ID"), ORDERS,
                                List.of("Region", "Id"), ReferentialAction.CASCADE, ReferentialAction.CASCADE,
                                Deferrability.NOT_DEFERRABLE),
                        new ForeignKey("LINES_PARENT_FK", List.of("ORDER_ID", "REGION", "PARENT_LINE"), ORDER_LINES,
                                List.of("ORDER_ID", "REGION", "LINE"), ReferentialAction.NO_ACTION,
                                ReferentialAction.NO_ACTION, Deferrability.NOT_DEFERRABLE)),
                List.of(), List.of(), null);
        Table orders = new Table("Orders", List.of(
                new Column("Id", BIGINT, false, null, new Identity(Identity.Generation.BY_DEFAULT, null, null), null,
                        null),
                new Column("Region", CHAR_2, false, null, null, null, null),
                new Column("CUSTOMER_ID", INTEGER, false, null, null, null, null),
                Column.of("REFERRER_ID", INTEGER),
                Column.of("user", type("CHARACTER VARYING(40)", "CHARACTER VARYING", 40, null, null)),
                Column.of("order", INTEGER),
                Column.of("TOTAL", MONEY),
                new Column("DOUBLED", type("NUMERIC(12, 2)", "NUMERIC", null, 12, 2), true, null, null,
                        "\"TOTAL\" * 2", null)),
                new PrimaryKey("ORDERS_PK", List.of("Id", "Region")),
                List.of(),
                List.of(new ForeignKey("ORDERS_CUSTOMER_FK", List.of("CUSTOMER_ID"), CUSTOMERS, List.of("ID"),
                                ReferentialAction.NO_ACTION, ReferentialAction.CASCADE, Deferrability.NOT_DEFERRABLE),
                        new ForeignKey("ORDERS_REFERRER_FK", List.of("REFERRER_ID"), CUSTOMERS, List.of("ID"),
                                ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL,
                                Deferrability.NOT_DEFERRABLE)),
                List.of(),
                List.of(new Index("ORDERS_TOTAL_IDX", false, List.of(
                        new IndexKey("TOTAL", null, true, IndexKey.NullsOrder.DEFAULT), IndexKey.column("order")),
                        null, null, List.of())),
                null);
        View bigOrders = new View("BIG_ORDERS", """
                SELECT
                    "O"."Id",
                    "C"."EMAIL"
                FROM "Sales"."Orders" "O"
                INNER JOIN "PUBLIC"."BIG_CUSTOMERS" "C"
                    ON 1=1
                WHERE "C"."ID" = "O"."CUSTOMER_ID\"""",
                List.of(QualifiedName.of("PUBLIC", "BIG_CUSTOMERS"), ORDERS), null);
        return new Schema("Sales", List.of(orderLines, orders), List.of(bigOrders), List.of(), List.of());
    }

    // ------------------------------------------------------------------------------------------------- types

    /** Rows: the type as written, then the canonical type H2 reads back (text, base, length, precision, scale). */
    static Stream<Arguments> types() {
        return Stream.of(
                row("INT", "INTEGER", "INTEGER", null, null, null),
                row("TINYINT", "TINYINT", "TINYINT", null, null, null),
                row("SMALLINT", "SMALLINT", "SMALLINT", null, null, null),
                row("BIGINT", "BIGINT", "BIGINT", null, null, null),
                row("BOOLEAN", "BOOLEAN", "BOOLEAN", null, null, null),
                row("REAL", "REAL", "REAL", null, null, null),
                row("FLOAT(10)", "REAL", "REAL", null, null, null),
                row("FLOAT", "DOUBLE PRECISION", "DOUBLE PRECISION", null, null, null),
                row("DOUBLE PRECISION", "DOUBLE PRECISION", "DOUBLE PRECISION", null, null, null),
                row("NUMERIC(10, 2)", "NUMERIC(10, 2)", "NUMERIC", null, 10, 2),
                row("DECIMAL(5)", "NUMERIC(5)", "NUMERIC", null, 5, 0),
                row("NUMERIC(10, 0)", "NUMERIC(10)", "NUMERIC", null, 10, 0),
                row("NUMERIC", "NUMERIC", "NUMERIC", null, 100_000, 0),
                row("DECFLOAT", "DECFLOAT", "DECFLOAT", null, 100_000, null),
                row("DECFLOAT(20)", "DECFLOAT(20)", "DECFLOAT", null, 20, null),
                row("VARCHAR(10)", "CHARACTER VARYING(10)", "CHARACTER VARYING", 10, null, null),
                row("VARCHAR", "CHARACTER VARYING", "CHARACTER VARYING", 1_000_000_000, null, null),
                row("CHARACTER VARYING(1000000000)", "CHARACTER VARYING", "CHARACTER VARYING", 1_000_000_000, null,
                        null),
                row("CHAR", "CHARACTER", "CHARACTER", 1, null, null),
                row("CHAR(3)", "CHARACTER(3)", "CHARACTER", 3, null, null),
                row("VARCHAR_IGNORECASE(5)", "VARCHAR_IGNORECASE(5)", "VARCHAR_IGNORECASE", 5, null, null),
                row("CLOB", "CHARACTER LARGE OBJECT", "CHARACTER LARGE OBJECT", null, null, null),
                row("CLOB(100)", "CHARACTER LARGE OBJECT(100)", "CHARACTER LARGE OBJECT", 100, null, null),
                row("VARBINARY(20)", "BINARY VARYING(20)", "BINARY VARYING", 20, null, null),
                row("VARBINARY", "BINARY VARYING", "BINARY VARYING", 1_000_000_000, null, null),
                row("BINARY(4)", "BINARY(4)", "BINARY", 4, null, null),
                row("BLOB", "BINARY LARGE OBJECT", "BINARY LARGE OBJECT", null, null, null),
                row("BLOB(2K)", "BINARY LARGE OBJECT(2048)", "BINARY LARGE OBJECT", 2048, null, null),
                row("JSON", "JSON", "JSON", 1_000_000_000, null, null),
                row("JSON(100)", "JSON(100)", "JSON", 100, null, null),
                row("JAVA_OBJECT", "JAVA_OBJECT", "JAVA_OBJECT", 1_000_000_000, null, null),
                row("UUID", "UUID", "UUID", null, null, null),
                row("DATE", "DATE", "DATE", null, null, null),
                row("TIME", "TIME", "TIME", null, 0, null),
                row("TIME(3)", "TIME(3)", "TIME", null, 3, null),
                row("TIME(2) WITH TIME ZONE", "TIME(2) WITH TIME ZONE", "TIME WITH TIME ZONE", null, 2, null),
                row("TIMESTAMP", "TIMESTAMP", "TIMESTAMP", null, 6, null),
                row("TIMESTAMP(6)", "TIMESTAMP", "TIMESTAMP", null, 6, null),
                row("TIMESTAMP(9)", "TIMESTAMP(9)", "TIMESTAMP", null, 9, null),
                row("TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE", null, 6,
                        null),
                row("TIMESTAMP(3) WITH TIME ZONE", "TIMESTAMP(3) WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE", null,
                        3, null),
                row("INTERVAL YEAR", "INTERVAL YEAR", "INTERVAL YEAR", null, 2, null),
                row("INTERVAL YEAR(3) TO MONTH", "INTERVAL YEAR(3) TO MONTH", "INTERVAL YEAR TO MONTH", null, 3,
                        null),
                row("INTERVAL DAY TO SECOND(3)", "INTERVAL DAY TO SECOND(3)", "INTERVAL DAY TO SECOND", null, 2, 3),
                row("INTERVAL DAY(5) TO SECOND", "INTERVAL DAY(5) TO SECOND", "INTERVAL DAY TO SECOND", null, 5, 6),
                row("INTERVAL HOUR TO MINUTE", "INTERVAL HOUR TO MINUTE", "INTERVAL HOUR TO MINUTE", null, 2, null),
                row("INTERVAL SECOND", "INTERVAL SECOND", "INTERVAL SECOND", null, 2, 6),
                row("INTERVAL SECOND(3, 2)", "INTERVAL SECOND(3, 2)", "INTERVAL SECOND", null, 3, 2),
                row("INTERVAL MINUTE(4)", "INTERVAL MINUTE(4)", "INTERVAL MINUTE", null, 4, null),
                row("ENUM('a', 'b''c')", "ENUM('a', 'b''c')", "ENUM", null, null, null),
                row("INT ARRAY", "INTEGER ARRAY", "INTEGER ARRAY", 65_536, null, null),
                row("INT ARRAY[3]", "INTEGER ARRAY[3]", "INTEGER ARRAY", 3, null, null),
                row("VARCHAR(5) ARRAY[2] ARRAY", "CHARACTER VARYING(5) ARRAY[2] ARRAY",
                        "CHARACTER VARYING(5) ARRAY[2] ARRAY", 65_536, null, null),
                row("NUMERIC(20, 5) ARRAY[4]", "NUMERIC(20, 5) ARRAY[4]", "NUMERIC(20, 5) ARRAY", 4, null, null),
                row("ENUM('x', 'y') ARRAY", "ENUM('x', 'y') ARRAY", "ENUM('x', 'y') ARRAY", 65_536, null, null),
                row("ROW(a INT, \"b\" VARCHAR(3))", "ROW(\"A\" INTEGER, \"b\" CHARACTER VARYING(3))", "ROW", null,
                        null, null),
                row("ROW(x ENUM('p'), y INT ARRAY)", "ROW(\"X\" ENUM('p'), \"Y\" INTEGER ARRAY)", "ROW", null, null,
                        null),
                row("GEOMETRY", "GEOMETRY", "GEOMETRY", null, null, null),
                row("GEOMETRY(POINT)", "GEOMETRY(POINT)", "GEOMETRY", null, null, null),
                row("GEOMETRY(POLYGON Z, 4326)", "GEOMETRY(POLYGON Z, 4326)", "GEOMETRY", null, null, null),
                row("GEOMETRY(GEOMETRY, 4326)", "GEOMETRY(GEOMETRY, 4326)", "GEOMETRY", null, null, null));
    }

    private static Arguments row(String written, String sql, String base, Integer length, Integer precision,
                                 Integer scale) {
        return Arguments.of(written, type(sql, base, length, precision, scale));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @MethodSource("types")
    void readsEachTypeInOneCanonicalSpellingThatReadsBackTheSame(String written, ColumnType expected)
            throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create()) {
            db.run("CREATE TABLE written (c " + written + ");\nCREATE TABLE canonical (c " + expected.sql() + ")");

            DatabaseSchema model = db.introspect();
            assertThat(Models.column(model, QualifiedName.of("PUBLIC", "WRITTEN"), "C").type()).isEqualTo(expected);
            assertThat(Models.column(model, QualifiedName.of("PUBLIC", "CANONICAL"), "C").type()).isEqualTo(expected);
        }
    }

    // ------------------------------------------------------------------------------------------ what is read

    @Test
    void readsOnlyTheSchemasAskedForAndLeavesOutExcludedTablesWhateverTheirCase() throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create()) {
            db.run(Fixtures.EVERY_KIND + "CREATE TABLE \"Sales\".\"Migrate_History\" (x INT)");

            DatabaseSchema sales = db.introspect(new IntrospectOptions(List.of("Sales"),
                    Set.of("migrate_version", "MIGRATE_HISTORY")));

            assertThat(sales.schemas()).extracting(Schema::name).containsExactly("Sales");
            assertThat(sales.schemas().get(0).tables()).extracting(Table::name).containsExactly("ORDER_LINES",
                    "Orders");
            assertThat(sales.unsupported()).isEmpty();
            assertThat(sales.defaultSchema()).isEqualTo("PUBLIC");
        }
    }

    @Test
    void defaultSchemaIsTheConnectionsCurrentSchema() throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create()) {
            db.run("CREATE SCHEMA app;\nSET SCHEMA app");

            assertThat(db.introspect().defaultSchema()).isEqualTo("APP");
            assertThat(db.introspect().schemas()).extracting(Schema::name).containsExactly("APP", "PUBLIC");
        }
    }

    @Test
    void leavesOutTheIndexesH2CreatesForConstraintsButKeepsAUserIndexAConstraintReuses() throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create()) {
            db.run("""
                    CREATE TABLE parent (id INT PRIMARY KEY, code INT UNIQUE);
                    CREATE TABLE child (id INT, parent_id INT REFERENCES parent (id), code INT, CHECK (code > 0));
                    CREATE UNIQUE INDEX child_code ON child (code);
                    ALTER TABLE child ADD CONSTRAINT child_code_uq UNIQUE (code)""");

            DatabaseSchema model = db.introspect();

            assertThat(Models.table(model, QualifiedName.of("PUBLIC", "PARENT")).indexes()).isEmpty();
            Table child = Models.table(model, QualifiedName.of("PUBLIC", "CHILD"));
            assertThat(child.indexes()).extracting(Index::name).containsExactly("CHILD_CODE");
            assertThat(child.uniqueConstraints()).extracting(UniqueConstraint::name).containsExactly("CHILD_CODE_UQ");
            assertThat(child.foreignKeys()).singleElement().satisfies(fk -> {
                assertThat(fk.name()).matches("CONSTRAINT_[0-9A-F]+(_[0-9]+)?");
                assertThat(fk.targetColumns()).containsExactly("ID");
            });
            assertThat(child.checks()).singleElement().extracting(CheckConstraint::expression).isEqualTo("\"CODE\" > 0");
        }
    }

    @Test
    void readsKeyColumnsByTheirNewNamesAfterARename() throws SQLException {
        // H2 2.3 keeps old names in KEY_COLUMN_USAGE after RENAME COLUMN; the indexes know the new ones.
        try (H2TestDatabase db = H2TestDatabase.create()) {
            db.run("""
                    CREATE TABLE parent (id INT NOT NULL, code INT NOT NULL, CONSTRAINT parent_pk PRIMARY KEY (code, id));
                    CREATE TABLE child (id INT PRIMARY KEY, a INT, b INT, x INT,
                        CONSTRAINT child_fk FOREIGN KEY (a, b) REFERENCES parent (code, id));
                    CREATE UNIQUE INDEX child_xa ON child (x, a);
                    ALTER TABLE child ADD CONSTRAINT child_ax UNIQUE (a, x);
                    ALTER TABLE parent RENAME COLUMN code TO kode;
                    ALTER TABLE child RENAME COLUMN a TO aa""");

            DatabaseSchema model = db.introspect();

            Table parent = Models.table(model, QualifiedName.of("PUBLIC", "PARENT"));
            assertThat(parent.primaryKey().columns()).containsExactly("KODE", "ID");
            Table child = Models.table(model, QualifiedName.of("PUBLIC", "CHILD"));
            assertThat(child.foreignKeys()).singleElement().satisfies(fk -> {
                assertThat(fk.columns()).containsExactly("AA", "B");
                assertThat(fk.targetColumns()).containsExactly("KODE", "ID");
            });
            assertThat(child.uniqueConstraints()).singleElement().satisfies(u ->
                    assertThat(u.columns()).containsExactly("AA", "X"));
            // Left open: renaming two columns of a constraint that reuses a user index in another column order is
            // ambiguous, since H2 keeps no old-to-new mapping; the differ would then recreate the constraint.
        }
    }

    @Test
    void readsNullsOrderRelativeToTheDatabasesDefaultNullOrdering() throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create()) {
            db.run("""
                    SET DEFAULT_NULL_ORDERING HIGH;
                    CREATE TABLE t (a INT, b INT);
                    CREATE INDEX t_plain ON t (a, b DESC);
                    CREATE INDEX t_explicit ON t (a NULLS FIRST, b DESC NULLS LAST)""");

            assertThat(Models.table(db.introspect(), QualifiedName.of("PUBLIC", "T")).indexes()).containsExactly(
                    new Index("T_EXPLICIT", false, List.of(new IndexKey("A", null, false, IndexKey.NullsOrder.FIRST),
                            new IndexKey("B", null, true, IndexKey.NullsOrder.LAST)), null, null, List.of()),
                    new Index("T_PLAIN", false, List.of(IndexKey.column("A"),
                            new IndexKey("B", null, true, IndexKey.NullsOrder.DEFAULT)), null, null, List.of()));
        }
    }

    @Test
    void reportsWhatTheModelCannotHold() throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create()) {
            db.run("""
                    CREATE TABLE t (
                        id INT,
                        touched TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
                        filled INT DEFAULT 0 DEFAULT ON NULL,
                        hidden INT INVISIBLE,
                        code INT,
                        CONSTRAINT t_code_uq UNIQUE NULLS NOT DISTINCT (code)
                    );
                    CREATE UNIQUE NULLS NOT DISTINCT INDEX t_id_uq ON t (id);
                    CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
                    CREATE GLOBAL TEMPORARY TABLE scratch (x INT)""");

            DatabaseSchema model = db.introspect();

            assertThat(model.unsupported()).containsExactly(
                    new UnsupportedObject("materialized view", QualifiedName.of("PUBLIC", "MV")),
                    new UnsupportedObject("global temporary", QualifiedName.of("PUBLIC", "SCRATCH")),
                    new UnsupportedObject("column DEFAULT ON NULL", QualifiedName.of("PUBLIC", "T.FILLED")),
                    new UnsupportedObject("invisible column", QualifiedName.of("PUBLIC", "T.HIDDEN")),
                    new UnsupportedObject("column ON UPDATE expression", QualifiedName.of("PUBLIC", "T.TOUCHED")),
                    new UnsupportedObject("unique constraint NULLS NOT DISTINCT",
                            QualifiedName.of("PUBLIC", "T_CODE_UQ")),
                    new UnsupportedObject("unique index NULLS NOT DISTINCT", QualifiedName.of("PUBLIC", "T_ID_UQ")));
            assertThat(model.schemas().get(0).tables()).extracting(Table::name).containsExactly("T");
            assertThat(model.schemas().get(0).views()).isEmpty();
        }
    }

    /** H2 2.3.232 fails on the nested-type catalogs once a materialized view exists; the types then come from H2. */
    @Test
    void readsNestedTypesAsH2WritesThemWhenAMaterializedViewExists() throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create()) {
            db.run("""
                    CREATE TABLE t (id INT, mood ENUM('a', 'b'), tags VARCHAR(5) ARRAY[3], pair ROW(x INT, y INT));
                    CREATE MATERIALIZED VIEW mv AS SELECT id FROM t""");

            Table t = Models.table(db.introspect(), QualifiedName.of("PUBLIC", "T"));

            assertThat(t.columns()).extracting(c -> c.type().sql()).containsExactly("INTEGER", "ENUM('a', 'b')",
                    "CHARACTER VARYING(5) ARRAY[3]", "ROW(\"X\" INTEGER, \"Y\" INTEGER)");
        }
    }

    @Test
    void leavesOutTheSchemasH2KeepsForItselfInEveryMode() throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create(";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
            db.run("CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10) NOT NULL)");

            DatabaseSchema model = db.introspect();

            assertThat(model.defaultSchema()).isEqualTo("public");
            assertThat(model.schemas()).extracting(Schema::name).containsExactly("public");
            assertThat(model.allTables()).singleElement().satisfies(t -> assertThat(t.table().columns())
                    .extracting(c -> c.type().sql()).containsExactly("INTEGER", "CHARACTER VARYING(10)"));
        }
    }

    @Test
    void derivesViewDependenciesFromQualifiedNamesOutsideStringLiterals() throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create()) {
            db.run("""
                    CREATE SCHEMA other;
                    CREATE TABLE a (id INT, name VARCHAR(40));
                    CREATE TABLE other.b (id INT);
                    CREATE TABLE c (id INT);
                    CREATE VIEW v1 AS SELECT a.id FROM a, other.b WHERE a.id = b.id AND a.name <> '"PUBLIC"."C"';
                    CREATE VIEW v2 AS SELECT * FROM v1 UNION SELECT id FROM (SELECT id FROM c) x""");

            Schema schema = db.introspect().schema("PUBLIC").orElseThrow();

            assertThat(schema.view("V1").orElseThrow().dependencies()).containsExactly(
                    QualifiedName.of("OTHER", "B"), QualifiedName.of("PUBLIC", "A"));
            assertThat(schema.view("V2").orElseThrow().dependencies()).containsExactly(
                    QualifiedName.of("PUBLIC", "C"), QualifiedName.of("PUBLIC", "V1"));
        }
    }

    // ------------------------------------------------------------------------------------------------ bulk

    @Test
    void readsFiveTablesAndTwoHundredTablesWithTheSameNumberOfQueries() throws SQLException {
        int five = queriesToIntrospect(5);
        int twoHundred = queriesToIntrospect(200);

        assertThat(twoHundred).isEqualTo(five);
        assertThat(five).isLessThanOrEqualTo(15);
    }

    private static int queriesToIntrospect(int tables) throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create()) {
            StringBuilder ddl = new StringBuilder("CREATE SCHEMA s;\nCREATE SEQUENCE s.seq;\n");
            for (int k = 0; k < tables; k++) {
                String schema = k % 2 == 0 ? "PUBLIC" : "s";
                ddl.append("CREATE TABLE ").append(schema).append(".t").append(k).append(" (id INT PRIMARY KEY, ")
                        .append("parent INT REFERENCES ").append(schema).append(".t").append(k)
                        .append(", code VARCHAR(10) UNIQUE, mood ENUM('a', 'b'), tags INT ARRAY, ")
                        .append("n INT GENERATED ALWAYS AS (id + 1), CHECK (id > 0));\n")
                        .append("CREATE INDEX i").append(k).append(" ON ").append(schema).append(".t").append(k)
                        .append(" (code DESC);\n")
                        .append("CREATE VIEW ").append(schema).append(".v").append(k).append(" AS SELECT * FROM ")
                        .append(schema).append(".t").append(k).append(";\n");
            }
            db.run(ddl.toString());
            AtomicInteger queries = new AtomicInteger();
            DatabaseSchema model = new H2Introspector().introspect(counting(db.connection(), queries),
                    IntrospectOptions.allSchemas());
            assertThat(model.allTables()).hasSize(tables);
            return queries.get();
        }
    }

    /** The connection, counting every statement executed through it. */
    private static Connection counting(Connection connection, AtomicInteger queries) {
        return (Connection) Proxy.newProxyInstance(H2IntrospectorTest.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if (result instanceof Statement statement) {
                        Class<?> kind = method.getReturnType();
                        return Proxy.newProxyInstance(H2IntrospectorTest.class.getClassLoader(), new Class<?>[]{kind},
                                (p, m, a) -> {
                                    if (m.getName().startsWith("execute")) {
                                        queries.incrementAndGet();
                                    }
                                    return invoke(statement, m, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
