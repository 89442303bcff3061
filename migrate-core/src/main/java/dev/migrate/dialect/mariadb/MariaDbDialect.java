package dev.migrate.dialect.mariadb;

import dev.migrate.dialect.DatabaseUri;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.DialectFeatures;
import dev.migrate.dialect.SchemaSupport;
import dev.migrate.dialect.ShadowDatabase;
import dev.migrate.dialect.ShadowRequest;
import dev.migrate.dialect.StatementEvidence;
import dev.migrate.lint.LintRule;
import dev.migrate.lock.MigrationLock;
import dev.migrate.schema.diff.DiffHooks;
import dev.migrate.schema.introspect.Introspector;
import dev.migrate.schema.render.DdlRenderer;
import dev.migrate.script.SplitOptions;
import dev.migrate.script.SqlStatement;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * MariaDB 10.5 and later, and MySQL 8 through the same driver (MariaDB Connector/J speaks to both): DDL commits on
 * its own (so a failed migration can be half-applied, and migrate records its progress statement by statement), a
 * schema is a database, identifiers are stored as written and quoted with backticks, and scripts are split as the
 * {@code mariadb}/{@code mysql} command-line client splits them ({@code DELIMITER}, {@code #} comments, backslash
 * escapes, executable comments).
 */
public final class MariaDbDialect implements Dialect, SchemaSupport {

    /** Backtick identifiers and the MySQL client's syntax ({@code DELIMITER}, {@code #}, backslashes, {@code /*!}). */
    public static final SplitOptions SPLITTING = new SplitOptions(false, false, false, false, false, true, false, true);

    /** DDL commits on its own; identifiers are not folded (see {@link #foldIdentifier}); no named enum types. */
    private static final DialectFeatures FEATURES = new DialectFeatures(false, false, false, false);

    /** ER_NO_SUCH_TABLE, and ER_BAD_DB_ERROR: a table in a database that does not exist does not exist either. */
    private static final Set<Integer> TABLE_NOT_FOUND = Set.of(1146, 1049);
    private static final String MYSQL_SCHEME = "jdbc:mysql:";
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public String displayName() {
        return "MariaDB";
    }

    /** {@code jdbc:mariadb:} and {@code jdbc:mysql:}. */
    @Override
    public boolean handlesUrl(String jdbcUrl) {
        return jdbcUrl.startsWith(urlPrefix()) || jdbcUrl.startsWith(MYSQL_SCHEME);
    }

    @Override
    public String urlPrefix() {
        return "jdbc:mariadb:";
    }

    @Override
    public List<String> uriSchemes() {
        return List.of("mariadb", "mysql");
    }

    /** {@code mariadb://...} becomes {@code jdbc:mariadb://...}, {@code mysql://...} {@code jdbc:mysql://...}. */
    @Override
    public String jdbcUrl(DatabaseUri uri) {
        return "jdbc:" + uri.scheme() + "://" + uri.authority() + "/" + uri.database()
                + (uri.parameters().isEmpty() ? "" : "?" + String.join("&", uri.parameters()));
    }

    /**
     * A {@code jdbc:mysql:} URL as it is when a driver takes it (MySQL Connector/J on the class path); otherwise with
     * {@code permitMysqlScheme}, which makes MariaDB Connector/J (the driver migrate ships) take it.
     */
    @Override
    public String driverUrl(String jdbcUrl, Predicate<String> accepted) {
        if (!jdbcUrl.startsWith(MYSQL_SCHEME) || accepted.test(jdbcUrl) || jdbcUrl.contains("permitMysqlScheme")) {
            return jdbcUrl;
        }
        return jdbcUrl + (jdbcUrl.indexOf('?') < 0 ? "?" : "&") + "permitMysqlScheme";
    }

    /**
     * A statement whose text holds a semicolon (a procedure or trigger body) goes inside a {@code DELIMITER} block,
     * so that the {@code mariadb}/{@code mysql} client sends it whole.
     */
    @Override
    public String scriptStatement(String sql) {
        if (sql.indexOf(';') < 0) {
            return Dialect.super.scriptStatement(sql);
        }
        String delimiter = "$$";
        while (sql.contains(delimiter)) {
            delimiter += "$";
        }
        return "DELIMITER " + delimiter + "\n" + sql.stripTrailing() + "\n" + delimiter + "\nDELIMITER ;";
    }

    @Override
    public DialectFeatures features() {
        return FEATURES;
    }

    @Override
    public SplitOptions splitOptions() {
        return SPLITTING;
    }

    /**
     * Unchanged: MariaDB stores names as written (with {@code lower_case_table_names=0}, the default on Linux, table
     * names are case-sensitive; elsewhere the server folds them itself).
     */
    @Override
    public String foldIdentifier(String unquoted) {
        return unquoted;
    }

    @Override
    public String quoteIdentifier(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    /**
     * A plain literal when the value has no backslash; otherwise a hex literal converted to text, which reads back the
     * same whether or not {@code NO_BACKSLASH_ESCAPES} is set.
     */
    @Override
    public String stringLiteral(String value) {
        if (value.indexOf('\\') < 0) {
            return "'" + value.replace("'", "''") + "'";
        }
        return "CONVERT(X'" + HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)) + "' USING utf8mb4)";
    }

    @Override
    public String textType() {
        return "LONGTEXT";
    }

    @Override
    public String identityColumn() {
        return "BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY";
    }

    /** {@code DATETIME(3)} in UTC: {@code TIMESTAMP} ends in 2038 and follows the session's time zone. */
    @Override
    public String timestampType() {
        return "DATETIME(3)";
    }

    @Override
    public String timestampLiteral(Instant instant) {
        return "'" + DATETIME.format(instant) + "'";
    }

    @Override
    public String currentTimestamp() {
        return "UTC_TIMESTAMP(3)";
    }

    @Override
    public Instant readTimestamp(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    @Override
    public boolean isUndefinedTable(SQLException e) {
        return TABLE_NOT_FOUND.contains(e.getErrorCode()) || "42S02".equals(e.getSQLState());
    }

    @Override
    public boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT 1 FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?")) {
            st.setString(1, schema);
            st.setString(2, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            st.setString(1, schema);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The connection's database ({@code DATABASE()}); a schema is a database here. */
    @Override
    public String currentSchema(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT DATABASE()")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Override
    public List<String> createSchemaIfMissing(String schema) {
        return List.of("CREATE DATABASE IF NOT EXISTS " + quoteIdentifier(schema));
    }

    @Override
    public String useSchemaStatement(String schema) {
        return "USE " + quoteIdentifier(schema);
    }

    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(useSchemaStatement(schema));
        }
    }

    /** Names migrate's sessions in {@code performance_schema.session_connect_attrs}, where it is enabled. */
    @Override
    public Map<String, String> connectionProperties() {
        return Map.of("connectionAttributes", "program_name:migrate");
    }

    /** {@code connectTimeout} bounds the TCP connect, {@code socketTimeout} every read while logging in (ms). */
    @Override
    public Map<String, String> connectTimeoutProperties(Duration timeout) {
        String millis = Long.toString(Math.max(1, timeout.toMillis()));
        return Map.of("connectTimeout", millis, "socketTimeout", millis);
    }

    @Override
    public void liftConnectTimeout(Connection connection) throws SQLException {
        connection.setNetworkTimeout(Runnable::run, 0);
    }

    /** MariaDB's {@code max_statement_time} (seconds, any statement); MySQL has no equivalent for DDL. */
    @Override
    public void limitStatements(Connection connection, Duration timeout) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET SESSION max_statement_time = " + String.format(Locale.ROOT, "%.3f",
                    Math.max(1, timeout.toMillis()) / 1000.0));
        } catch (SQLException e) {
            throw new java.sql.SQLFeatureNotSupportedException("this server has no max_statement_time (MySQL bounds "
                    + "only SELECT statements)", e);
        }
    }

    /**
     * {@code <connection id>@<server start, epoch seconds>}: connection ids start again from 1 when the server
     * restarts.
     */
    @Override
    public Optional<String> serverSession(Connection connection) throws SQLException {
        return MariaDbSessions.current(connection);
    }

    @Override
    public Optional<String> activeSession(Connection connection, String id) throws SQLException {
        return MariaDbSessions.active(connection, id);
    }

    @Override
    public Optional<StatementEvidence> evidence(Connection connection, SqlStatement statement) throws SQLException {
        return MariaDbStatements.evidence(connection, statement.sql());
    }

    /**
     * A named lock ({@code GET_LOCK}) keyed by the version table ({@link MariaDbNamedLock}): it belongs to the session,
     * survives commits and DDL, and is released when the connection ends.
     */
    @Override
    public Optional<MigrationLock> migrationLock(String schema, String versionTable) {
        return Optional.of(new MariaDbNamedLock(schema, versionTable));
    }

    @Override
    public List<LintRule> lintRules() {
        return List.of(new MariaDbLintRules());
    }

    /** A schema is a database on the server. */
    @Override
    public boolean schemasAreDatabases() {
        return true;
    }

    /** The server's own databases: the grant tables, statistics and the {@code sys} views. */
    @Override
    public boolean isSystemSchema(String schema) {
        return java.util.Set.of("information_schema", "mysql", "performance_schema", "sys")
                .contains(schema.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public Introspector introspector() {
        return new MariaDbIntrospector();
    }

    @Override
    public DiffHooks diffHooks() {
        return new MariaDbDiffHooks();
    }

    /** Names in the connection's database render unqualified, whatever it is called ({@link MariaDbIntrospector}). */
    @Override
    public DdlRenderer renderer(String defaultSchema) {
        return new MariaDbRenderer(defaultSchema);
    }

    @Override
    public ShadowDatabase createShadow(ShadowRequest request) throws SQLException {
        return MariaDbShadowDatabase.create(request);
    }

    @Override
    public ShadowDatabase attachShadow(ShadowRequest request) throws SQLException {
        return MariaDbShadowDatabase.attach(request);
    }
}
