package dev.migrate.dialect.postgres;

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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL 12 and later: transactional DDL, dollar quotes, {@code E''} strings, lower-case folding, and
 * autogenerate support (catalog introspection, enum types, shadow databases on the same server).
 */
public final class PostgresDialect implements Dialect, SchemaSupport {

    /** Dollar quotes with tags, {@code E''} strings, nested block comments, {@code BEGIN ATOMIC} bodies. */
    public static final SplitOptions SPLITTING = new SplitOptions(true, true, true, true, false, false, true, false);

    private static final DialectFeatures FEATURES = new DialectFeatures(true, false, false, true);

    private static final String UNDEFINED_TABLE = "42P01";
    /** How often the server checks, during a statement, that a migrate client is still connected. */
    static final int CLIENT_CHECK_MILLIS = 2000;
    /** A session's start, as text that compares exactly (microseconds since 1970). */
    private static final String SESSION_START = "(extract(epoch FROM backend_start) * 1000000)::bigint::text";

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public boolean handlesUrl(String jdbcUrl) {
        return jdbcUrl.startsWith(urlPrefix());
    }

    @Override
    public String urlPrefix() {
        return "jdbc:postgresql:";
    }

    @Override
    public List<String> uriSchemes() {
        return List.of("postgres", "postgresql");
    }

    /** {@code jdbc:postgresql://authority/database?parameters}; libpq's {@code application_name} is renamed. */
    @Override
    public String jdbcUrl(DatabaseUri uri) {
        List<String> parameters = uri.parameters().stream()
                // libpq spells the application name differently from the JDBC driver.
                .map(p -> p.startsWith("application_name=")
                        ? "ApplicationName=" + p.substring("application_name=".length()) : p)
                .toList();
        return "jdbc:postgresql://" + uri.authority() + "/" + uri.database()
                + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    /** The server is starting up or shutting down (57P03): the retries are meant for that. */
    @Override
    public Optional<String> explainConnectFailure(SQLException e, String where, String detail) {
        if (!"57P03".equals(e.getSQLState())) {
            return Optional.empty();
        }
        return Optional.of("cannot connect to " + where + ": the server is starting up or shutting down; try again "
                + "shortly (migrate.connectRetries waits for it). Server said: " + detail);
    }

    @Override
    public DialectFeatures features() {
        return FEATURES;
    }

    @Override
    public SplitOptions splitOptions() {
        return SPLITTING;
    }

    /** Uses {@code E''} only when needed, so the literal reads back the same whatever standard_conforming_strings is. */
    @Override
    public String stringLiteral(String value) {
        String quoted = value.replace("'", "''");
        if (value.indexOf('\\') < 0) {
            return "'" + quoted + "'";
        }
        return "E'" + quoted.replace("\\", "\\\\") + "'";
    }

    @Override
    public String textType() {
        return "TEXT";
    }

    @Override
    public boolean isUndefinedTable(SQLException e) {
        return UNDEFINED_TABLE.equals(e.getSQLState());
    }

    @Override
    public Map<String, String> connectionProperties() {
        // Makes our sessions recognisable in pg_stat_activity (and to the migration lock's diagnostics).
        return Map.of("ApplicationName", "migrate");
    }

    /**
     * {@code connectTimeout} bounds the TCP connect, {@code loginTimeout} the whole login, and {@code socketTimeout}
     * every read while logging in (a silent server); the driver takes whole seconds.
     */
    @Override
    public Map<String, String> connectTimeoutProperties(Duration timeout) {
        String seconds = Long.toString(Math.max(1, (timeout.toMillis() + 999) / 1000));
        return Map.of("connectTimeout", seconds, "loginTimeout", seconds, "socketTimeout", seconds);
    }

    /** Back to no read timeout: a statement may run as long as it needs (see {@link #limitStatements}). */
    @Override
    public void liftConnectTimeout(Connection connection) throws SQLException {
        connection.setNetworkTimeout(Runnable::run, 0);
    }

    @Override
    public void limitStatements(Connection connection, Duration timeout) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET statement_timeout = " + Math.max(1, timeout.toMillis()));
        }
    }

    @Override
    public boolean canRunInTransaction(SqlStatement statement) {
        return PostgresStatements.canRunInTransaction(statement.sql());
    }

    /** {@code <pid>@<backend start in microseconds>}: a pid alone is reused by later sessions. */
    @Override
    public Optional<String> serverSession(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT pid || '@' || "
                + SESSION_START + " FROM pg_stat_activity WHERE pid = pg_backend_pid()")) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }

    @Override
    public Optional<String> activeSession(Connection connection, String id) throws SQLException {
        int at = id.indexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        try (PreparedStatement st = connection.prepareStatement("SELECT state, "
                + "floor(extract(epoch FROM clock_timestamp() - query_start))::bigint, left(query, 200) "
                + "FROM pg_stat_activity WHERE pid = ? AND " + SESSION_START + " = ?")) {
            st.setInt(1, Integer.parseInt(id.substring(0, at)));
            st.setString(2, id.substring(at + 1));
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String pid = id.substring(0, at);
                String query = rs.getString(3) == null ? "" : rs.getString(3).strip().replaceAll("\\s+", " ");
                return Optional.of("PostgreSQL session " + pid + " (" + rs.getString(1)
                        + ("active".equals(rs.getString(1)) ? ", for " + rs.getLong(2) + " s, running: " + query
                        : ", last statement: " + query) + "); it ends on its own when its statement ends, or at once "
                        + "with SELECT pg_terminate_backend(" + pid + ")");
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<StatementEvidence> evidence(Connection connection, SqlStatement statement) throws SQLException {
        return PostgresStatements.evidence(connection, statement.sql());
    }

    /**
     * A session advisory lock keyed by the version table ({@link PostgresAdvisoryLock}): it survives commits,
     * rollbacks and DDL on other connections, and waiting for it holds no snapshot, so {@code CREATE INDEX
     * CONCURRENTLY} never waits for a waiting migrate.
     */
    @Override
    public Optional<MigrationLock> migrationLock(String schema, String versionTable) {
        return Optional.of(new PostgresAdvisoryLock(schema, versionTable));
    }

    @Override
    public List<LintRule> lintRules() {
        return List.of(new PostgresLintRules());
    }

    /** The catalogs, TOAST and temporary schemas ({@code pg_*}) and {@code information_schema}. */
    @Override
    public boolean isSystemSchema(String schema) {
        return schema.startsWith("pg_") || schema.equalsIgnoreCase("information_schema");
    }

    @Override
    public String useSchemaStatement(String schema) {
        return "SET search_path TO " + quoteIdentifier(schema);
    }

    /**
     * On PostgreSQL 14 and later, makes the server check every {@value #CLIENT_CHECK_MILLIS} ms whether the client
     * is still there while a statement runs. Without it, a migrate killed during a long statement (a big
     * {@code CREATE INDEX}, a {@code pg_sleep}) leaves its server process running that statement to the end, holding
     * its transaction's locks, before it notices and rolls back.
     */
    @Override
    public void prepareSession(Connection connection) throws SQLException {
        if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
            try (Statement st = connection.createStatement()) {
                st.execute("SET client_connection_check_interval = " + CLIENT_CHECK_MILLIS);
            }
        }
    }

    @Override
    public Introspector introspector() {
        return new PostgresIntrospector();
    }

    @Override
    public DiffHooks diffHooks() {
        return new PostgresDiffHooks();
    }

    @Override
    public DdlRenderer renderer(String defaultSchema) {
        return new PostgresRenderer(defaultSchema);
    }

    @Override
    public ShadowDatabase createShadow(ShadowRequest request) throws SQLException {
        return PostgresShadowDatabase.create(request);
    }

    @Override
    public ShadowDatabase attachShadow(ShadowRequest request) throws SQLException {
        return PostgresShadowDatabase.attach(request);
    }
}
