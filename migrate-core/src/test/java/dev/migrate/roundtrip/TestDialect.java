package dev.migrate.roundtrip;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaSupport;
import dev.migrate.dialect.h2.H2Dialect;
import dev.migrate.dialect.mariadb.MariaDbDialect;
import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.schema.render.IdentifierStyle;
import dev.migrate.script.SqlSplitter;
import dev.migrate.script.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dialect the round-trip tests run on, with what the tests need to know about it: its id (as written in
 * {@code -- dialects:} lines and file names), its default schema and how it folds unquoted identifiers.
 */
enum TestDialect {

    POSTGRESQL(new PostgresDialect(), "public", false, true),
    H2(new H2Dialect(), "PUBLIC", true, true),
    /**
     * The connection's database, reported as the unnamed schema (see the MariaDB introspector). The realistic shop
     * is not written in MariaDB's SQL yet.
     */
    MARIADB(new MariaDbDialect(), "", false, false);

    private final Dialect dialect;
    private final String defaultSchema;
    private final IdentifierStyle identifiers;
    private final boolean realistic;

    TestDialect(Dialect dialect, String defaultSchema, boolean foldsToUpper, boolean realistic) {
        this.dialect = dialect;
        this.defaultSchema = defaultSchema;
        this.identifiers = new IdentifierStyle(foldsToUpper, Set.of());
        this.realistic = realistic;
    }

    /** Whether the realistic shop ({@code realistic/stepN.<id>.sql}) exists in this dialect's SQL. */
    boolean hasRealisticShop() {
        return realistic;
    }

    /** The id used in corpus files, e.g. {@code postgresql}. */
    String id() {
        return dialect.name();
    }

    Dialect dialect() {
        return dialect;
    }

    /** The schema that unqualified names in the corpus resolve to. */
    String defaultSchema() {
        return defaultSchema;
    }

    /** The name the database stores for an identifier written as {@code written} (quoted or not). */
    String fold(String written) {
        return identifiers.fold(written);
    }

    /** The dialect's autogenerate support, or a failure that says it is missing. */
    SchemaSupport schemaSupport() {
        if (dialect instanceof SchemaSupport support) {
            return support;
        }
        throw new IllegalStateException(dialect.getClass().getName() + " does not implement "
                + SchemaSupport.class.getName() + " (yet): " + dialect.displayName() + " cannot autogenerate");
    }

    static Optional<TestDialect> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id().equals(id)).findFirst();
    }

    /** The statements of {@code text}, split the way migrate splits revision files; directives are left out. */
    List<SqlStatement> statements(String text) {
        return new SqlSplitter(dialect.splitOptions()).split(text).stream()
                .filter(SqlStatement.class::isInstance)
                .map(SqlStatement.class::cast)
                .toList();
    }

    /** Runs every statement of {@code source}; a failing statement is reported with its file and line. */
    void run(Connection connection, SqlSource source) throws SqlFailure {
        try (Statement jdbc = connection.createStatement()) {
            for (SqlStatement statement : statements(source.text())) {
                try {
                    jdbc.execute(statement.sql());
                } catch (SQLException e) {
                    throw new SqlFailure(source, statement, e);
                }
            }
        } catch (SQLException e) {
            throw new SqlFailure(source, null, e);
        }
    }

    /** A statement of a SQL source that the database refused. */
    static final class SqlFailure extends Exception {
        SqlFailure(SqlSource source, SqlStatement statement, SQLException cause) {
            super(statement == null
                    ? source.location() + ": " + cause.getMessage()
                    : source.location() + ":" + statement.line() + ": " + cause.getMessage().strip()
                            + "\n    statement: " + statement.sql().strip().replace("\n", "\n               "),
                    cause);
        }
    }
}
