package dev.migrate.dialect;

import dev.migrate.lint.LintRule;
import dev.migrate.lock.MigrationLock;
import dev.migrate.script.SplitOptions;
import dev.migrate.script.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
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

    /** A JDBC URL of this dialect as users write it, for messages, e.g. {@code jdbc:postgresql://host/db}. */
    default String exampleUrl() {
        return urlPrefix() + "//host/db";
    }

    /**
     * The schemes of the connection URIs this database's users write instead of a JDBC URL (the {@code DATABASE_URL}
     * of most hosting platforms), the usual one first, e.g. {@code postgres}; empty when there are none. Two dialects
     * must not claim one scheme.
     */
    default List<String> uriSchemes() {
        return List.of();
    }

    /** The JDBC URL for a connection URI of one of {@link #uriSchemes()}; its credentials were taken out before. */
    default String jdbcUrl(DatabaseUri uri) {
        throw new UnsupportedOperationException(displayName() + " reads no " + uri.scheme() + ":// URIs");
    }

    /**
     * A database this dialect can keep in a file without a server, at {@code file} (without an extension): what
     * migrate uses when no URL is configured anywhere; empty for a database that needs a server.
     */
    default Optional<EmbeddedDatabase> embeddedDatabase(java.nio.file.Path file) {
        return Optional.empty();
    }

    /**
     * One line that explains a failed attempt to connect with a condition of this database (a database that is
     * starting up, a file another process holds), or empty to let the generic explanation stand.
     *
     * @param where  the database as shown to users, its password masked
     * @param detail the driver's message, secrets already scrubbed
     */
    default Optional<String> explainConnectFailure(SQLException e, String where, String detail) {
        return Optional.empty();
    }

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
     * JDBC properties that make the driver itself give up connecting and logging in after {@code timeout}: a server
     * that accepts the connection and never answers must not hang a goal. A read timeout among them must be lifted by
     * {@link #liftConnectTimeout} once the connection is open, so that no statement is ever cut off by it. migrate
     * bounds every attempt on its own as well; these make the driver stop its work too.
     */
    default java.util.Map<String, String> connectTimeoutProperties(java.time.Duration timeout) {
        return java.util.Map.of();
    }

    /** Lifts the read timeout {@link #connectTimeoutProperties} set, on a connection just opened. */
    default void liftConnectTimeout(Connection connection) throws SQLException {
    }

    /**
     * Makes the database cancel any statement of this session that runs longer than {@code timeout}
     * ({@code migrate.statementTimeout}).
     */
    default void limitStatements(Connection connection, java.time.Duration timeout) throws SQLException {
        throw new SQLFeatureNotSupportedException(displayName() + " has no statement timeout migrate knows how to set");
    }

    /**
     * Whether {@code statement} can run inside a transaction block, together with migrate's record that it ran. Where
     * it can, a statement of a section that runs statement by statement (a {@code transaction:false} section; any
     * section with DDL on a database whose DDL commits on its own) commits in one transaction with its progress
     * record, so a killed run leaves no doubt about it. Where it cannot ({@code CREATE INDEX CONCURRENTLY},
     * {@code VACUUM}, any DDL on H2), a statement running when the run stopped is in doubt.
     */
    default boolean canRunInTransaction(SqlStatement statement) {
        return features().transactionalDdl() || statement.changesDataOnly();
    }

    /**
     * An id of the connection's session on the server that {@link #activeSession} recognises later, from another
     * session, for as long as the session lives (a process id alone could be reused); empty where the database has
     * no such notion (an embedded database dies with the process that opened it).
     */
    default Optional<String> serverSession(Connection connection) throws SQLException {
        return Optional.empty();
    }

    /**
     * The server session {@code id} (from {@link #serverSession}) if it still exists, described for people: what it
     * runs and how to end it. A session whose client was killed can run its statement to the end; migrate waits for
     * it to end before it judges what the killed run left.
     */
    default Optional<String> activeSession(Connection connection, String id) throws SQLException {
        return Optional.empty();
    }

    /**
     * What the catalog shows about the effect of {@code statement}, for the shapes the dialect can check (an index
     * created or dropped, a table created or dropped, ...); empty otherwise.
     */
    default Optional<StatementEvidence> evidence(Connection connection, SqlStatement statement) throws SQLException {
        return Optional.empty();
    }

    /**
     * Whether a failed attempt to connect means the database is busy for a moment and the next attempt will do (an
     * embedded database that another process is opening, or stops serving): migrate then tries again for up to
     * {@code migrate.connectTimeout}, whatever {@code migrate.connectRetries} says.
     */
    default boolean isBusy(SQLException e, String jdbcUrl) {
        return false;
    }

    /** Opens one connection; see {@link #whileOpening}. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /**
     * Opens a connection through {@code opener}, taking turns with other processes where opening at the same time
     * goes wrong (H2's {@code AUTO_SERVER=TRUE}, whose lock-file protocol makes processes that open one file at once
     * keep each other out), waiting up to {@code patience} for the turn.
     */
    default Connection whileOpening(String jdbcUrl, java.time.Duration patience, Opener opener) throws SQLException {
        return opener.open();
    }

    /**
     * Other processes that reach this database through this process, so that closing it would cut them off (an H2
     * file that this process serves with {@code AUTO_SERVER=TRUE}), described for people; empty when there are none.
     * A goal waits for them before it lets go of the database.
     */
    default Optional<String> servedToOthers(Connection connection) throws SQLException {
        return Optional.empty();
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
