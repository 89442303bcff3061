package dev.migrate.dialect.postgres;

import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.ColumnType;
import dev.migrate.schema.model.CompositeType;
import dev.migrate.schema.model.Domain;
import dev.migrate.schema.model.Extension;
import dev.migrate.schema.model.RangeType;
import dev.migrate.schema.model.Routine;
import dev.migrate.schema.model.Trigger;
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
import dev.migrate.schema.model.Policy;
import dev.migrate.schema.model.TableOptions;
import dev.migrate.schema.model.UniqueConstraint;
import dev.migrate.schema.model.View;
import dev.migrate.schema.ops.SchemaOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each operation's PostgreSQL statements and those of its reverse. */
class PostgresRendererTest {

    private final PostgresRenderer underTest = new PostgresRenderer("public");

    private static final QualifiedName T = QualifiedName.of("public", "t");
    private static final QualifiedName ORDERS = QualifiedName.of("sales", "orders");
    private static final ColumnType INTEGER = ColumnType.of("integer");
    private static final ColumnType BIGINT = ColumnType.of("bigint");
    private static final ColumnType TEXT = ColumnType.of("text");
    private static final ColumnType MOOD = new ColumnType("public.mood", "public.mood", null, null, null,
            QualifiedName.of("public", "mood"));
    private static final Identity SERIAL = new Identity(Identity.Generation.SERIAL, null, null);
    private static final Identity ALWAYS_100_5 = new Identity(Identity.Generation.ALWAYS, 100L, 5L);
    private static final Identity BY_DEFAULT = new Identity(Identity.Generation.BY_DEFAULT, null, null);
    private static final Column ID = Column.of("id", INTEGER).withNullable(false);
    private static final Sequence INVOICES = new Sequence("invoices", "bigint", 1000, 10, 1, 99999, 1, false);
    private static final ForeignKey TO_ORDERS = new ForeignKey("t_order_fkey", List.of("region", "number"), ORDERS,
            List.of("region", "number"), ReferentialAction.CASCADE, ReferentialAction.SET_NULL,
            Deferrability.DEFERRABLE_INITIALLY_DEFERRED);
    private static final Index PARTIAL = new Index("t_partial", true, List.of(
            new IndexKey("a", null, true, IndexKey.NullsOrder.LAST), IndexKey.expression("lower(b)")), null,
            "(a > 0)", List.of("c"));
    private static final Policy TENANT = new Policy("orders", "Tenant", false, "UPDATE", List.of("public", "Reader"),
            "(tenant = 1)", "(tenant = 1)", "per tenant");
    private static final View VIEW = new View("v", " SELECT t.a\n   FROM t;", List.of(T), "it's v");
    private static final Extension TRGM = new Extension("pg_trgm", "1.6");
    private static final Domain AMOUNT = new Domain("amount", "numeric(12,2)", "pg_catalog.\"C\"", "0", true, List.of(
            new CheckConstraint("Small", "(VALUE < (100)::numeric)"),
            new CheckConstraint("amount_check", "(VALUE >= (0)::numeric)")), "it's money");
    private static final CompositeType ADDRESS = new CompositeType("address", List.of(
            new CompositeType.Attribute("street", "text"), new CompositeType.Attribute("number", "integer")), "where");
    private static final Routine ADD_ONE = new Routine("add_one", "integer", "x integer", "x integer",
            Routine.Kind.FUNCTION,
            "integer", """
            CREATE OR REPLACE FUNCTION util.add_one(x integer)
             RETURNS integer
             LANGUAGE sql
            AS $function$SELECT x + 1$function$""", false, "one more");
    private static final Routine TIDY = new Routine("tidy", "integer", "IN keep integer", "IN keep integer", Routine.Kind.PROCEDURE,
            null, """
            CREATE OR REPLACE PROCEDURE public.tidy(IN keep integer)
             LANGUAGE plpgsql
            AS $procedure$BEGIN DELETE FROM t WHERE a <> keep; END$procedure$""", false, null);

    record Row(String name, SchemaOp op, List<String> sql, List<String> reverse) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row row(String name, SchemaOp op, List<String> sql, List<String> reverse) {
        return new Row(name, op, sql, reverse);
    }

    private static Row row(String name, SchemaOp op, String sql, String reverse) {
        return new Row(name, op, List.of(sql), List.of(reverse));
    }

    static List<Row> rows() {
        Table table = new Table("t", List.of(
                Column.of("id", INTEGER).withNullable(false).withIdentity(new Identity(Identity.Generation.SERIAL, 50L,
                        null)),
                Column.of("n", BIGINT).withNullable(false).withIdentity(ALWAYS_100_5),
                Column.of("region", ColumnType.of("character(2)")).withComment("two letters"),
                Column.of("number", INTEGER),
                Column.of("order", ColumnType.of("numeric(10,2)")).withNullable(false).withDefault("0"),
                new Column("twice", INTEGER, true, null, null, "(number * 2)", null),
                Column.of("m", MOOD).withDefault("'ok'::mood")),
                new PrimaryKey("t_pkey", List.of("id")), List.of(new UniqueConstraint("t_n_key", List.of("n"))),
                List.of(TO_ORDERS), List.of(new CheckConstraint("t_number_check", "(number > 0)")),
                List.of(new Index("t_number_idx", false, List.of(IndexKey.column("number")), "brin", null, List.of())),
                "the t");
        return List.of(
                row("create schema", new SchemaOp.CreateSchema("sales"), "CREATE SCHEMA sales", "DROP SCHEMA sales"),
                row("create a mixed-case schema", new SchemaOp.CreateSchema("Audit"), "CREATE SCHEMA \"Audit\"",
                        "DROP SCHEMA \"Audit\""),
                row("create enum", new SchemaOp.CreateEnum("public", new EnumType("mood", List.of("sad", "it's"))),
                        "CREATE TYPE mood AS ENUM ('sad', 'it''s')", "DROP TYPE mood"),
                row("create enum in another schema", new SchemaOp.CreateEnum("sales",
                                new EnumType("Status", List.of("new"))),
                        "CREATE TYPE sales.\"Status\" AS ENUM ('new')", "DROP TYPE sales.\"Status\""),
                row("append enum labels; the reverse rebuilds", new SchemaOp.AlterEnum(QualifiedName.of("public", "mood"),
                                List.of("sad"), List.of("sad", "ok", "happy"), List.of(
                                new SchemaOp.ColumnUsage(T, "m", "'sad'::mood"),
                                new SchemaOp.ColumnUsage(ORDERS, "moods", null, true))),
                        List.of("ALTER TYPE mood ADD VALUE 'ok'", "ALTER TYPE mood ADD VALUE 'happy'"),
                        List.of("ALTER TYPE mood RENAME TO mood_old",
                                "CREATE TYPE mood AS ENUM ('sad')",
                                "ALTER TABLE t ALTER COLUMN m DROP DEFAULT",
                                "ALTER TABLE t ALTER COLUMN m TYPE mood USING m::text::mood",
                                "ALTER TABLE t ALTER COLUMN m SET DEFAULT 'sad'::mood",
                                "ALTER TABLE sales.orders ALTER COLUMN moods TYPE mood[] USING moods::text::mood[]",
                                "DROP TYPE mood_old")),
                row("insert an enum label between two others", new SchemaOp.AlterEnum(
                                QualifiedName.of("sales", "status"), List.of("new", "paid"), List.of("new", "open", "paid"),
                                List.of(new SchemaOp.ColumnUsage(ORDERS, "status", null))),
                        List.of("ALTER TYPE sales.status RENAME TO status_old",
                                "CREATE TYPE sales.status AS ENUM ('new', 'open', 'paid')",
                                "ALTER TABLE sales.orders ALTER COLUMN status TYPE sales.status"
                                        + " USING status::text::sales.status",
                                "DROP TYPE sales.status_old"),
                        List.of("ALTER TYPE sales.status RENAME TO status_old",
                                "CREATE TYPE sales.status AS ENUM ('new', 'paid')",
                                "ALTER TABLE sales.orders ALTER COLUMN status TYPE sales.status"
                                        + " USING status::text::sales.status",
                                "DROP TYPE sales.status_old")),
                row("create sequence", new SchemaOp.CreateSequence("sales", INVOICES),
                        "CREATE SEQUENCE sales.invoices AS bigint START WITH 1000 INCREMENT BY 10 MINVALUE 1 "
                                + "MAXVALUE 99999 CACHE 1 NO CYCLE", "DROP SEQUENCE sales.invoices"),
                row("alter sequence", new SchemaOp.AlterSequence("public", INVOICES,
                                new Sequence("invoices", "integer", 1000, -1, 1, 99999, 20, true)),
                        "ALTER SEQUENCE invoices AS integer INCREMENT BY -1 CACHE 20 CYCLE",
                        "ALTER SEQUENCE invoices AS bigint INCREMENT BY 10 CACHE 1 NO CYCLE"),
                row("create table", new SchemaOp.CreateTable("public", table), List.of("""
                                CREATE TABLE t (
                                    id serial NOT NULL,
                                    n bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5) NOT NULL,
                                    region character(2),
                                    number integer,
                                    "order" numeric(10,2) DEFAULT 0 NOT NULL,
                                    twice integer GENERATED ALWAYS AS ((number * 2)) STORED,
                                    m public.mood DEFAULT 'ok'::mood,
                                    CONSTRAINT t_pkey PRIMARY KEY (id),
                                    CONSTRAINT t_n_key UNIQUE (n),
                                    CONSTRAINT t_number_check CHECK (number > 0),
                                    CONSTRAINT t_order_fkey FOREIGN KEY (region, number) REFERENCES sales.orders \
                                (region, number) ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
                                )""",
                                "CREATE INDEX t_number_idx ON t USING brin (number)",
                                "COMMENT ON TABLE t IS 'the t'",
                                "COMMENT ON COLUMN t.region IS 'two letters'",
                                "DO $$BEGIN EXECUTE format('ALTER SEQUENCE %s START WITH 50 RESTART', "
                                        + "pg_get_serial_sequence('t', 'id')); END$$"),
                        List.of("DROP TABLE t")),
                row("rename table", new SchemaOp.RenameTable("sales", "orders", "Orders"),
                        "ALTER TABLE sales.orders RENAME TO \"Orders\"", "ALTER TABLE sales.\"Orders\" RENAME TO orders"),
                row("comment on table", new SchemaOp.AlterTableComment(T, null, "it's t"),
                        "COMMENT ON TABLE t IS 'it''s t'", "COMMENT ON TABLE t IS NULL"),
                row("add column", new SchemaOp.AddColumn(T, Column.of("user", TEXT).withDefault("CURRENT_USER")
                                .withComment("who")),
                        List.of("ALTER TABLE t ADD COLUMN \"user\" text DEFAULT CURRENT_USER",
                                "COMMENT ON COLUMN t.\"user\" IS 'who'"),
                        List.of("ALTER TABLE t DROP COLUMN \"user\"")),
                row("add a nullable bigserial column", new SchemaOp.AddColumn(ORDERS, Column.of("line", BIGINT)
                                .withIdentity(new Identity(Identity.Generation.SERIAL, null, 2L))),
                        List.of("ALTER TABLE sales.orders ADD COLUMN line bigserial",
                                "DO $$BEGIN EXECUTE format('ALTER SEQUENCE %s INCREMENT BY 2 RESTART', "
                                        + "pg_get_serial_sequence('sales.orders', 'line')); END$$",
                                "ALTER TABLE sales.orders ALTER COLUMN line DROP NOT NULL"),
                        List.of("ALTER TABLE sales.orders DROP COLUMN line")),
                row("add a smallserial column", new SchemaOp.AddColumn(T, Column.of("s", ColumnType.of("smallint"))
                                .withNullable(false).withIdentity(SERIAL)),
                        "ALTER TABLE t ADD COLUMN s smallserial NOT NULL", "ALTER TABLE t DROP COLUMN s"),
                row("rename column", new SchemaOp.RenameColumn(T, "order", "Group"),
                        "ALTER TABLE t RENAME COLUMN \"order\" TO \"Group\"",
                        "ALTER TABLE t RENAME COLUMN \"Group\" TO \"order\""),
                row("lengthen a varchar", new SchemaOp.AlterColumnType(T, Column.of("c", TEXT),
                                new ColumnType("character varying(10)", "character varying", 10, null, null, null),
                                new ColumnType("character varying(20)", "character varying", 20, null, null, null)),
                        "ALTER TABLE t ALTER COLUMN c TYPE character varying(20)",
                        "ALTER TABLE t ALTER COLUMN c TYPE character varying(10)"),
                row("text to integer", new SchemaOp.AlterColumnType(T, Column.of("c", TEXT), TEXT, INTEGER),
                        "ALTER TABLE t ALTER COLUMN c TYPE integer USING c::integer",
                        "ALTER TABLE t ALTER COLUMN c TYPE text USING c::text"),
                row("one enum to another", new SchemaOp.AlterColumnType(T, Column.of("c", MOOD), MOOD,
                                new ColumnType("sales.status", "sales.status", null, null, null,
                                        QualifiedName.of("sales", "status"))),
                        "ALTER TABLE t ALTER COLUMN c TYPE sales.status USING c::text::sales.status",
                        "ALTER TABLE t ALTER COLUMN c TYPE public.mood USING c::text::public.mood"),
                row("serial to bigserial", new SchemaOp.AlterColumnType(T, ID.withIdentity(SERIAL), INTEGER, BIGINT),
                        List.of("ALTER TABLE t ALTER COLUMN id TYPE bigint USING id::bigint",
                                "DO $$BEGIN EXECUTE format('ALTER SEQUENCE %s AS bigint', "
                                        + "pg_get_serial_sequence('t', 'id')); END$$"),
                        List.of("ALTER TABLE t ALTER COLUMN id TYPE integer USING id::integer",
                                "DO $$BEGIN EXECUTE format('ALTER SEQUENCE %s AS integer', "
                                        + "pg_get_serial_sequence('t', 'id')); END$$")),
                row("set not null", new SchemaOp.AlterColumnNullability(T, "c", true, false),
                        "ALTER TABLE t ALTER COLUMN c SET NOT NULL", "ALTER TABLE t ALTER COLUMN c DROP NOT NULL"),
                row("set default", new SchemaOp.AlterColumnDefault(T, "c", null, "'x'::text"),
                        "ALTER TABLE t ALTER COLUMN c SET DEFAULT 'x'::text", "ALTER TABLE t ALTER COLUMN c DROP DEFAULT"),
                row("none to identity", new SchemaOp.AlterColumnIdentity(T, ID, null, ALWAYS_100_5),
                        "ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5)",
                        "ALTER TABLE t ALTER COLUMN id DROP IDENTITY"),
                row("identity options", new SchemaOp.AlterColumnIdentity(T, ID.withIdentity(BY_DEFAULT), BY_DEFAULT,
                                ALWAYS_100_5),
                        List.of("ALTER TABLE t ALTER COLUMN id SET GENERATED ALWAYS",
                                "ALTER TABLE t ALTER COLUMN id SET START WITH 100",
                                "ALTER TABLE t ALTER COLUMN id SET INCREMENT BY 5"),
                        List.of("ALTER TABLE t ALTER COLUMN id SET GENERATED BY DEFAULT",
                                "ALTER TABLE t ALTER COLUMN id SET START WITH 1",
                                "ALTER TABLE t ALTER COLUMN id SET INCREMENT BY 1")),
                row("serial to identity", new SchemaOp.AlterColumnIdentity(T, ID.withIdentity(SERIAL), SERIAL,
                                BY_DEFAULT),
                        List.of("ALTER TABLE t ALTER COLUMN id DROP DEFAULT",
                                "DO $$BEGIN EXECUTE format('DROP SEQUENCE %s', pg_get_serial_sequence('t', 'id')); END$$",
                                "ALTER TABLE t ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY",
                                "SELECT setval(pg_get_serial_sequence('t', 'id'), max(id)) FROM t "
                                        + "HAVING max(id) IS NOT NULL"),
                        List.of("ALTER TABLE t ALTER COLUMN id DROP IDENTITY",
                                "CREATE SEQUENCE t_id_seq AS integer OWNED BY t.id",
                                "ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('t_id_seq'::regclass)",
                                "SELECT setval(pg_get_serial_sequence('t', 'id'), max(id)) FROM t "
                                        + "HAVING max(id) IS NOT NULL")),
                row("none to serial in another schema", new SchemaOp.AlterColumnIdentity(ORDERS, Column.of("Number",
                                BIGINT).withNullable(false), null, new Identity(Identity.Generation.SERIAL, 10L, 10L)),
                        List.of("CREATE SEQUENCE sales.\"orders_Number_seq\" AS bigint START WITH 10 INCREMENT BY 10 "
                                        + "OWNED BY sales.orders.\"Number\"",
                                "ALTER TABLE sales.orders ALTER COLUMN \"Number\" SET DEFAULT "
                                        + "nextval('sales.\"orders_Number_seq\"'::regclass)"),
                        List.of("ALTER TABLE sales.orders ALTER COLUMN \"Number\" DROP DEFAULT",
                                "DO $$BEGIN EXECUTE format('DROP SEQUENCE %s', "
                                        + "pg_get_serial_sequence('sales.orders', 'Number')); END$$")),
                row("serial start", new SchemaOp.AlterColumnIdentity(T, ID.withIdentity(SERIAL), SERIAL,
                                new Identity(Identity.Generation.SERIAL, 9L, null)),
                        "DO $$BEGIN EXECUTE format('ALTER SEQUENCE %s START WITH 9', pg_get_serial_sequence('t', 'id'));"
                                + " END$$",
                        "DO $$BEGIN EXECUTE format('ALTER SEQUENCE %s START WITH 1', pg_get_serial_sequence('t', 'id'));"
                                + " END$$"),
                row("comment on column", new SchemaOp.AlterColumnComment(T, "c", "old", "new"),
                        "COMMENT ON COLUMN t.c IS 'new'", "COMMENT ON COLUMN t.c IS 'old'"),
                row("add primary key", new SchemaOp.AddPrimaryKey(ORDERS, new PrimaryKey("orders_pkey",
                                List.of("region", "number"))),
                        "ALTER TABLE sales.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (region, number)",
                        "ALTER TABLE sales.orders DROP CONSTRAINT orders_pkey"),
                row("add unique constraint", new SchemaOp.AddUniqueConstraint(T, new UniqueConstraint("Unique Name",
                                List.of("name"))),
                        "ALTER TABLE t ADD CONSTRAINT \"Unique Name\" UNIQUE (name)",
                        "ALTER TABLE t DROP CONSTRAINT \"Unique Name\""),
                row("add check", new SchemaOp.AddCheck(T, new CheckConstraint("t_check", "((a > 0) AND (a < b))")),
                        "ALTER TABLE t ADD CONSTRAINT t_check CHECK ((a > 0) AND (a < b))",
                        "ALTER TABLE t DROP CONSTRAINT t_check"),
                row("add foreign key", new SchemaOp.AddForeignKey(T, TO_ORDERS),
                        "ALTER TABLE t ADD CONSTRAINT t_order_fkey FOREIGN KEY (region, number) REFERENCES sales.orders "
                                + "(region, number) ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED",
                        "ALTER TABLE t DROP CONSTRAINT t_order_fkey"),
                row("create a partial unique index", new SchemaOp.CreateIndex(T, PARTIAL),
                        "CREATE UNIQUE INDEX t_partial ON t (a DESC NULLS LAST, lower(b)) INCLUDE (c) WHERE (a > 0)",
                        "DROP INDEX t_partial"),
                row("create a gin index in another schema", new SchemaOp.CreateIndex(ORDERS, new Index("orders_tags",
                                false, List.of(IndexKey.column("tags")), "gin", null, List.of())),
                        "CREATE INDEX orders_tags ON sales.orders USING gin (tags)", "DROP INDEX sales.orders_tags"),
                row("create extension", new SchemaOp.CreateExtension(QualifiedName.of("ext", "pg_trgm"), TRGM),
                        "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ext VERSION '1.6'",
                        "DROP EXTENSION pg_trgm"),
                row("update extension", new SchemaOp.AlterExtension(QualifiedName.of("public", "pg_trgm"),
                                new Extension("pg_trgm", "1.5"), TRGM),
                        "ALTER EXTENSION pg_trgm UPDATE TO '1.6'", "ALTER EXTENSION pg_trgm UPDATE TO '1.5'"),
                row("create domain", new SchemaOp.CreateDomain(QualifiedName.of("billing", "amount"), AMOUNT),
                        List.of("CREATE DOMAIN billing.amount AS numeric(12,2) COLLATE pg_catalog.\"C\" DEFAULT 0 "
                                        + "NOT NULL CONSTRAINT \"Small\" CHECK ((VALUE < (100)::numeric)) "
                                        + "CONSTRAINT amount_check CHECK ((VALUE >= (0)::numeric))",
                                "COMMENT ON DOMAIN billing.amount IS 'it''s money'"),
                        List.of("DROP DOMAIN billing.amount")),
                row("alter domain", new SchemaOp.AlterDomain(QualifiedName.of("billing", "amount"), AMOUNT,
                                new Domain("amount", "numeric(12,2)", "pg_catalog.\"C\"", null, false, List.of(
                                        new CheckConstraint("amount_check", "(VALUE > (0)::numeric)"),
                                        new CheckConstraint("z", "(VALUE <> (7)::numeric)")), null)),
                        List.of("ALTER DOMAIN billing.amount DROP DEFAULT",
                                "ALTER DOMAIN billing.amount DROP CONSTRAINT \"Small\"",
                                "ALTER DOMAIN billing.amount DROP CONSTRAINT amount_check",
                                "ALTER DOMAIN billing.amount ADD CONSTRAINT amount_check CHECK ((VALUE > (0)::numeric))",
                                "ALTER DOMAIN billing.amount ADD CONSTRAINT z CHECK ((VALUE <> (7)::numeric))",
                                "ALTER DOMAIN billing.amount DROP NOT NULL",
                                "COMMENT ON DOMAIN billing.amount IS NULL"),
                        List.of("ALTER DOMAIN billing.amount SET DEFAULT 0",
                                "ALTER DOMAIN billing.amount DROP CONSTRAINT amount_check",
                                "ALTER DOMAIN billing.amount DROP CONSTRAINT z",
                                "ALTER DOMAIN billing.amount ADD CONSTRAINT \"Small\" CHECK ((VALUE < (100)::numeric))",
                                "ALTER DOMAIN billing.amount ADD CONSTRAINT amount_check CHECK ((VALUE >= (0)::numeric))",
                                "ALTER DOMAIN billing.amount SET NOT NULL",
                                "COMMENT ON DOMAIN billing.amount IS 'it''s money'")),
                row("create composite type", new SchemaOp.CreateCompositeType(QualifiedName.of("public", "address"),
                                ADDRESS),
                        List.of("CREATE TYPE address AS (\n    street text,\n    number integer\n)",
                                "COMMENT ON TYPE address IS 'where'"),
                        List.of("DROP TYPE address")),
                row("alter composite type", new SchemaOp.AlterCompositeType(QualifiedName.of("public", "address"),
                                ADDRESS, new CompositeType("address", List.of(
                                        new CompositeType.Attribute("number", "bigint"),
                                        new CompositeType.Attribute("zip", "character varying(10)")), "where")),
                        List.of("ALTER TYPE address DROP ATTRIBUTE street",
                                "ALTER TYPE address ALTER ATTRIBUTE number TYPE bigint",
                                "ALTER TYPE address ADD ATTRIBUTE zip character varying(10)"),
                        List.of("ALTER TYPE address DROP ATTRIBUTE zip",
                                "ALTER TYPE address ADD ATTRIBUTE street text",
                                "ALTER TYPE address ALTER ATTRIBUTE number TYPE integer")),
                row("create range type", new SchemaOp.CreateRangeType(QualifiedName.of("public", "floatrange"),
                                new RangeType("floatrange", "double precision", "public.float_ops", "pg_catalog.\"C\"",
                                        "float8mi", "floats")),
                        List.of("CREATE TYPE floatrange AS RANGE (SUBTYPE = double precision, "
                                        + "SUBTYPE_OPCLASS = public.float_ops, COLLATION = pg_catalog.\"C\", "
                                        + "SUBTYPE_DIFF = float8mi)",
                                "COMMENT ON TYPE floatrange IS 'floats'"),
                        List.of("DROP TYPE floatrange")),
                row("create a SQL function", new SchemaOp.CreateRoutine("util", ADD_ONE),
                        List.of("SET check_function_bodies = false", ADD_ONE.definition(),
                                "RESET check_function_bodies",
                                "COMMENT ON FUNCTION util.add_one(x integer) IS 'one more'"),
                        List.of("DROP FUNCTION util.add_one(x integer)")),
                row("create a procedure", new SchemaOp.CreateRoutine("public", TIDY),
                        List.of(TIDY.definition()), List.of("DROP PROCEDURE tidy(IN keep integer)")),
                row("replace a function", new SchemaOp.ReplaceRoutine(QualifiedName.of("util", "add_one(integer)"),
                                ADD_ONE, new Routine("add_one", "integer", "x integer", "x integer",
                                        Routine.Kind.FUNCTION, "integer",
                                        ADD_ONE.definition().replace("x + 1", "x + 2"), false, "one more")),
                        List.of("SET check_function_bodies = false", ADD_ONE.definition().replace("x + 1", "x + 2"),
                                "RESET check_function_bodies"),
                        List.of("SET check_function_bodies = false", ADD_ONE.definition(),
                                "RESET check_function_bodies")),
                row("create a disabled trigger with a comment", new SchemaOp.CreateTrigger(ORDERS, new Trigger(
                                "orders", "Touch", "CREATE TRIGGER \"Touch\" BEFORE UPDATE ON sales.orders FOR EACH ROW "
                                + "EXECUTE FUNCTION touch()", QualifiedName.of("public", "touch()"),
                                Trigger.Enabled.DISABLED, "keeps it fresh")),
                        List.of("CREATE TRIGGER \"Touch\" BEFORE UPDATE ON sales.orders FOR EACH ROW "
                                        + "EXECUTE FUNCTION touch()",
                                "ALTER TABLE sales.orders DISABLE TRIGGER \"Touch\"",
                                "COMMENT ON TRIGGER \"Touch\" ON sales.orders IS 'keeps it fresh'"),
                        List.of("DROP TRIGGER \"Touch\" ON sales.orders")),
                row("create a partitioned table", new SchemaOp.CreateTable(QualifiedName.of("sales", "events"),
                                Table.of("events", List.of(Column.of("at", ColumnType.of("date")).withNullable(false)))
                                        .withOptions(new TableOptions("RANGE (at)", null, null, List.of(), false, false, false, List.of()))),
                        List.of("CREATE TABLE sales.events (\n    at date NOT NULL\n) PARTITION BY RANGE (at)"),
                        List.of("DROP TABLE sales.events")),
                row("create a partition with a check of its own", new SchemaOp.CreateTable(QualifiedName.of("sales",
                                "events_rest"), Table.of("events_rest", List.of())
                                .withChecks(List.of(new CheckConstraint("positive", "(id > 0)")))
                                .withOptions(TableOptions.NONE.withPartitionOf(QualifiedName.of("sales", "events"),
                                        "DEFAULT"))),
                        List.of("CREATE TABLE sales.events_rest PARTITION OF sales.events (\n"
                                + "    CONSTRAINT positive CHECK (id > 0)\n) DEFAULT"),
                        List.of("DROP TABLE sales.events_rest")),
                row("create an unlogged child table", new SchemaOp.CreateTable(T, Table.of("t", List.of())
                                .withOptions(new TableOptions(null, null, null, List.of(ORDERS), true, false, false,
                                        List.of("fillfactor=70")))),
                        List.of("CREATE UNLOGGED TABLE t () INHERITS (sales.orders) WITH (fillfactor=70)"),
                        List.of("DROP TABLE t")),
                row("validate a check added NOT VALID", new SchemaOp.ValidateConstraint(T,
                                new CheckConstraint("t_positive", "(a > 0)", false), null, true),
                        List.of("ALTER TABLE t VALIDATE CONSTRAINT t_positive"),
                        List.of("ALTER TABLE t DROP CONSTRAINT t_positive",
                                "ALTER TABLE t ADD CONSTRAINT t_positive CHECK (a > 0) NOT VALID")),
                row("change storage parameters", new SchemaOp.AlterTableStorage(T, List.of("fillfactor=70",
                                "autovacuum_enabled=false"), List.of("fillfactor=90")),
                        List.of("ALTER TABLE t SET (fillfactor=90)", "ALTER TABLE t RESET (autovacuum_enabled)"),
                        List.of("ALTER TABLE t SET (fillfactor=70, autovacuum_enabled=false)")),
                row("attach a partition", new SchemaOp.AttachPartition(T, ORDERS, "FOR VALUES IN ('x')"),
                        "ALTER TABLE sales.orders ATTACH PARTITION t FOR VALUES IN ('x')",
                        "ALTER TABLE sales.orders DETACH PARTITION t"),
                row("enable and force row level security", new SchemaOp.AlterRowSecurity(T, false, false, true, true),
                        List.of("ALTER TABLE t ENABLE ROW LEVEL SECURITY", "ALTER TABLE t FORCE ROW LEVEL SECURITY"),
                        List.of("ALTER TABLE t DISABLE ROW LEVEL SECURITY", "ALTER TABLE t NO FORCE ROW LEVEL SECURITY")),
                row("create a restrictive policy with a comment", new SchemaOp.CreatePolicy(ORDERS, TENANT),
                        List.of("CREATE POLICY \"Tenant\" ON sales.orders AS RESTRICTIVE FOR UPDATE TO PUBLIC, "
                                        + "\"Reader\" USING ((tenant = 1)) WITH CHECK ((tenant = 1))",
                                "COMMENT ON POLICY \"Tenant\" ON sales.orders IS 'per tenant'"),
                        List.of("DROP POLICY \"Tenant\" ON sales.orders")),
                row("alter a policy's roles and condition", new SchemaOp.AlterPolicy(ORDERS, TENANT,
                                new Policy("orders", "Tenant", false, "UPDATE", List.of("public"), "(tenant = 2)",
                                        "(tenant = 1)", "per tenant")),
                        List.of("ALTER POLICY \"Tenant\" ON sales.orders TO PUBLIC USING ((tenant = 2))"),
                        List.of("ALTER POLICY \"Tenant\" ON sales.orders TO PUBLIC, \"Reader\" USING ((tenant = 1))")),
                row("set a table unlogged", new SchemaOp.AlterTablePersistence(T, true),
                        "ALTER TABLE t SET UNLOGGED", "ALTER TABLE t SET LOGGED"),
                row("create a materialized view with an index", new SchemaOp.CreateView("sales", new View("totals",
                                " SELECT orders.region, count(*) AS n\n   FROM sales.orders\n  GROUP BY orders.region;",
                                List.of(ORDERS), "per region", true, false, List.of(new Index("totals_region", true,
                                List.of(IndexKey.column("region")), null, null, List.of())))),
                        List.of("CREATE MATERIALIZED VIEW sales.totals AS\nSELECT orders.region, count(*) AS n\n"
                                        + "   FROM sales.orders\n  GROUP BY orders.region\nWITH NO DATA",
                                "CREATE UNIQUE INDEX totals_region ON sales.totals (region)",
                                "COMMENT ON MATERIALIZED VIEW sales.totals IS 'per region'"),
                        List.of("DROP MATERIALIZED VIEW sales.totals")),
                row("create an index with operator classes", new SchemaOp.CreateIndex(T, new Index("t_search", false,
                                List.of(new IndexKey("name", null, false, IndexKey.NullsOrder.DEFAULT,
                                        "public.gin_trgm_ops")), "gin", null, List.of())),
                        "CREATE INDEX t_search ON t USING gin (name public.gin_trgm_ops)", "DROP INDEX t_search"),
                row("create view", new SchemaOp.CreateView("public", VIEW),
                        List.of("CREATE VIEW v AS\nSELECT t.a\n   FROM t", "COMMENT ON VIEW v IS 'it''s v'"),
                        List.of("DROP VIEW v")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void rendersTheOperationAndItsReverse(Row row) {
        assertThat(underTest.render(row.op())).as("upgrade").containsExactlyElementsOf(row.sql());
        assertThat(underTest.render(row.op().reverse())).as("downgrade").containsExactlyElementsOf(row.reverse());
    }

    @Test
    void theRowsCoverEveryOperation() {
        Set<Class<?>> rendered = new HashSet<>();
        for (Row row : rows()) {
            rendered.add(row.op().getClass());
            rendered.add(row.op().reverse().getClass());
        }
        assertThat(rendered).containsExactlyInAnyOrderElementsOf(Arrays.asList(SchemaOp.class.getPermittedSubclasses())
                .stream().filter(SchemaOp.class::isAssignableFrom).toList());
    }

    @Test
    void aSerialColumnMustBeOfAnIntegerType() {
        Column column = Column.of("c", ColumnType.of("numeric")).withIdentity(SERIAL);

        assertThatThrownBy(() -> underTest.render(new SchemaOp.AddColumn(T, column)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column c is serial but of type numeric; serial needs smallint, integer or bigint");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "users           | users",
            "user            | \"user\"",
            "order           | \"order\"",
            "group           | \"group\"",
            "check           | \"check\"",
            "table           | \"table\"",
            "left            | \"left\"",
            "int             | int",
            "name            | name",
            "Users           | \"Users\"",
            "'with space'    | \"with space\"",
            "'we\"ird'       | \"we\"\"ird\"",
            "_x1             | _x1",
            "1x              | \"1x\""})
    void quotesOnlyWhatMustBeQuoted(String stored, String written) {
        assertThat(PostgresRenderer.IDENTIFIERS.quote(stored)).isEqualTo(written);
        assertThat(PostgresRenderer.IDENTIFIERS.fold(written)).isEqualTo(stored);
    }
}
