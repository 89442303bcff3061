package dev.migrate.dialect;

import dev.migrate.lint.LintRule;
import dev.migrate.lock.MigrationLock;
import dev.migrate.script.SplitOptions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What migrate needs to know about one kind of database. Mostly data ({@link DialectFeatures}, how SQL is split)
 * plus a few narrow hooks: its lock, its lint rules, how it quotes and checks for tables. Optional capabilities live
 * in separate interfaces that a dialect may also implement ({@link SchemaSupport} for autogenerate).
 *
 * <p>Each database is one package under {@code dev.migrate.dialect}, and nothing outside it names the database.
 * Dialects are found with {@link java.util.ServiceLoader} (a line in
 * {@code META-INF/services/dev.migrate.dialect.Dialect}); see {@link DialectRegistry}.
 */
public interface Dialect {

    /** The short name used in configuration and reports, e.g. {@code postgresql}. */
    String name();

    /** Whether this dialect handles a JDBC URL, judged by its prefix. */
    boolean handlesUrl(String jdbcUrl);

    /** The JDBC URL prefix shown in messages, e.g. {@code jdbc:postgresql:}. */
    String urlPrefix();

    /** What the database does: transactional DDL, identifier case, a log of failed statements. */
    DialectFeatures features();

    /** How revision files are split into statements. */
    SplitOptions splitOptions();

    /** How the database stores an unquoted identifier, as {@link DialectFeatures#foldsToUpperCase()} says. */
    default String foldIdentifier(String unquoted) {
        return features().foldsToUpperCase() ? unquoted.toUpperCase(Locale.ROOT) : unquoted.toLowerCase(Locale.ROOT);
    }

    /** Quotes an identifier; the name is used exactly as given. */
    default String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A string literal that reads back as {@code value} whatever the session's settings. */
    default String stringLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** The type used for long text (stored scripts, error messages). */
    default String textType() {
        return "VARCHAR(1000000)";
    }

    /** Whether an exception says that a table does not exist. */
    boolean isUndefinedTable(SQLException e);

    /** Whether {@code table} (as stored, already folded) exists in {@code schema} (null: the connection's). */
    default boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        String in = schema != null ? schema : currentSchema(connection);
        try (java.sql.ResultSet rs = connection.getMetaData().getTables(null, in, table, null)) {
            return rs.next();
        }
    }

    /** Whether {@code schema} (as stored) exists. */
    default boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (java.sql.ResultSet rs = connection.getMetaData().getSchemas(null, schema)) {
            return rs.next();
        }
    }

    /** The schema a connection works in when none is configured. */
    default String currentSchema(Connection connection) throws SQLException {
        return connection.getSchema();
    }

    /** Statements that create {@code schema} if it does not exist. */
    default List<String> createSchemaIfMissing(String schema) {
        return List.of("CREATE SCHEMA IF NOT EXISTS " + quoteIdentifier(schema));
    }

    /**
     * The statement that makes {@code schema} the session's default schema, for scripts run by other tools (offline
     * SQL); {@link #useSchema} does the same on a connection.
     */
    default String useSchemaStatement(String schema) {
        return "SET SCHEMA " + quoteIdentifier(schema);
    }

    /** Makes {@code schema} the connection's default schema, so migrations create their objects in it. */
    default void useSchema(Connection connection, String schema) throws SQLException {
        connection.setSchema(schema);
    }

    /** Extra JDBC connection properties this dialect wants (e.g. an application name), unless the URL sets them. */
    default java.util.Map<String, String> connectionProperties() {
        return java.util.Map.of();
    }

    /**
     * The lock that keeps migrate processes working on one version table apart, held the way this database can
     * hold it; empty when it cannot, and migrate warns that concurrent runs are not protected.
     *
     * @param schema       the schema of the version table, exactly as stored
     * @param versionTable the version table's name, exactly as stored
     */
    default Optional<MigrationLock> migrationLock(String schema, String versionTable) {
        return Optional.empty();
    }

    /**
     * The lint rules about this database's own locks, transactions and syntax, run after the rules every database
     * shares (a {@code CREATE INDEX} that blocks writes is a PostgreSQL finding, not a generic one).
     */
    default List<LintRule> lintRules() {
        return List.of();
    }

    /**
     * Tables this dialect keeps for migrate besides the version tables (a lock table), as named before case folding:
     * autogenerate and the checks leave them alone like the version tables.
     */
    default Set<String> internalTables() {
        return Set.of();
    }

    /**
     * Prepares a connection migrate just opened, before anything runs on it (e.g. so that the server stops the work
     * of a client that was killed). Must not start a transaction.
     */
    default void prepareSession(Connection connection) throws SQLException {
    }

    /** A short human name, e.g. {@code PostgreSQL}. */
    default String displayName() {
        return name().substring(0, 1).toUpperCase(Locale.ROOT) + name().substring(1);
    }
}
