package dev.migrate.dialect.h2;

import dev.migrate.dialect.DatabaseDump;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.DialectFeatures;
import dev.migrate.dialect.EmbeddedDatabase;
import dev.migrate.dialect.SchemaSupport;
import dev.migrate.dialect.ShadowDatabase;
import dev.migrate.dialect.ShadowRequest;
import dev.migrate.dialect.StatementEvidence;
import dev.migrate.lock.MigrationLock;
import dev.migrate.schema.diff.DiffHooks;
import dev.migrate.schema.introspect.Introspector;
import dev.migrate.schema.render.DdlRenderer;
import dev.migrate.script.SplitOptions;
import dev.migrate.script.SqlStatement;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * H2 2.x: DDL commits on its own (so a failed migration can be half-applied), {@code $$} bodies, {@code //}
 * comments, upper-case folding. It can autogenerate ({@link SchemaSupport}): shadow databases are private in-memory
 * databases unless a shadow URL is configured.
 */
public final class H2Dialect implements Dialect, SchemaSupport, DatabaseDump {

    /** {@code $$} bodies, nested block comments, {@code //} comments, backtick identifiers (MySQL mode). */
    public static final SplitOptions SPLITTING = new SplitOptions(true, false, false, true, true, true, false, false);

    /**
     * DDL commits on its own; upper-case folding; failed statements go to the {@code .trace.db} file; {@code ENUM} is
     * a column type, not a named type.
     */
    private static final DialectFeatures FEATURES = new DialectFeatures(false, true, true, false);

    /**
     * "Table not found", "... (candidates are ...)", "... (this database is empty)", and "Schema not found": a table
     * in a schema that does not exist does not exist either.
     */
    private static final java.util.Set<Integer> TABLE_NOT_FOUND = java.util.Set.of(42102, 42103, 42104, 90079);
    /** "Database may be already in use", "Connection is broken", "Database is already closed". */
    private static final java.util.Set<Integer> BUSY_OPENING = java.util.Set.of(90020, 90067, 90098);
    private static final int ERROR_OPENING_DATABASE = 8000;
    /** What H2 says when two processes write its lock file at the same moment. */
    private static final java.util.List<String> LOCK_FILE_RACES = java.util.List.of("Lock file recently modified",
            "Another process was faster", "Concurrent update");

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public String displayName() {
        return "H2";
    }

    @Override
    public boolean handlesUrl(String jdbcUrl) {
        return jdbcUrl.startsWith(urlPrefix());
    }

    @Override
    public String urlPrefix() {
        return "jdbc:h2:";
    }

    @Override
    public String exampleUrl() {
        return "jdbc:h2:file:./db";
    }

    /** {@code jdbc:h2:file:<file>} as user {@code sa} with no password, as H2's own tools create it. */
    @Override
    public Optional<EmbeddedDatabase> embeddedDatabase(java.nio.file.Path file) {
        return Optional.of(new EmbeddedDatabase("jdbc:h2:file:" + file.toAbsolutePath(), "sa", ""));
    }

    /** Another process has the file open without serving it (90020). */
    @Override
    public Optional<String> explainConnectFailure(SQLException e, String where, String detail) {
        if (!"90020".equals(e.getSQLState())) {
            return Optional.empty();
        }
        return Optional.of("cannot open " + where + ": another process has this H2 file database open. For several "
                + "processes on one file, add ;AUTO_SERVER=TRUE to the URL of every one of them (the first then serves "
                + "the others), or run an H2 server (jdbc:h2:tcp://...). H2 said: " + detail);
    }

    @Override
    public DialectFeatures features() {
        return FEATURES;
    }

    @Override
    public SplitOptions splitOptions() {
        return SPLITTING;
    }

    @Override
    public String textType() {
        return "CHARACTER LARGE OBJECT";
    }

    @Override
    public boolean isUndefinedTable(SQLException e) {
        return TABLE_NOT_FOUND.contains(e.getErrorCode()) || "42S02".equals(e.getSQLState());
    }

    /**
     * None: H2 has no setting that bounds only the login, and its {@code NETWORK_TIMEOUT} would cut long statements
     * off too, so the bound migrate puts on every attempt is all there is.
     */
    @Override
    public java.util.Map<String, String> connectTimeoutProperties(java.time.Duration timeout) {
        return java.util.Map.of();
    }

    @Override
    public void limitStatements(java.sql.Connection connection, java.time.Duration timeout) throws SQLException {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute("SET QUERY_TIMEOUT " + Math.max(1, timeout.toMillis()));
        }
    }

    /** {@code <session id>@<session start>}: ids start again from 1 each time the database is opened. */
    @Override
    public Optional<String> serverSession(java.sql.Connection connection) throws SQLException {
        try (java.sql.Statement st = connection.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT SESSION_ID() || '@' || CAST(SESSION_START AS VARCHAR) "
                     + "FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()")) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }

    @Override
    public Optional<String> activeSession(java.sql.Connection connection, String id) throws SQLException {
        int at = id.indexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        try (java.sql.PreparedStatement st = connection.prepareStatement("SELECT SESSION_STATE, EXECUTING_STATEMENT "
                + "FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = ? AND CAST(SESSION_START AS VARCHAR) = ?")) {
            st.setInt(1, Integer.parseInt(id.substring(0, at)));
            st.setString(2, id.substring(at + 1));
            try (java.sql.ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String running = rs.getString(2) == null ? "" : ", running: " + rs.getString(2).strip()
                        .replaceAll("\\s+", " ");
                return Optional.of("H2 session " + id.substring(0, at) + " (" + rs.getString(1) + running
                        + "); it ends on its own when its statement ends, or at once with CALL ABORT_SESSION("
                        + id.substring(0, at) + ")");
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<StatementEvidence> evidence(java.sql.Connection connection, SqlStatement statement)
            throws SQLException {
        return H2Statements.evidence(connection, statement.sql());
    }

    /**
     * With {@code AUTO_SERVER=TRUE}, the first process to open a file serves it to the others, and hands that role on
     * when it closes it. In between, a process finds the lock file being written ("Lock file recently modified"), the
     * file locked by a server that is going away, or its connection to that server broken: each goes away on the next
     * attempt.
     */
    @Override
    public boolean isBusy(SQLException e, String jdbcUrl) {
        if (!jdbcUrl.toUpperCase(Locale.ROOT).contains("AUTO_SERVER=TRUE")) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (BUSY_OPENING.contains(sql.getErrorCode())
                    || (sql.getErrorCode() == ERROR_OPENING_DATABASE && LOCK_FILE_RACES.stream()
                    .anyMatch(String.valueOf(sql.getMessage())::contains)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public java.sql.Connection whileOpening(String jdbcUrl, java.time.Duration patience, Opener opener)
            throws SQLException {
        return H2OpeningTurns.whileOpening(jdbcUrl, patience, opener);
    }

    /** The sessions of other processes on this process's own (embedded) database, when it serves it over TCP. */
    @Override
    public Optional<String> servedToOthers(java.sql.Connection connection) throws SQLException {
        try (java.sql.Statement st = connection.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT (SELECT CLIENT_ADDR FROM INFORMATION_SCHEMA.SESSIONS "
                     + "WHERE SESSION_ID = SESSION_ID()), COUNT(*), LISTAGG(DISTINCT CLIENT_ADDR, ', ') "
                     + "FROM INFORMATION_SCHEMA.SESSIONS WHERE CLIENT_ADDR IS NOT NULL")) {
            if (!rs.next() || rs.getString(1) != null || rs.getLong(2) == 0) {
                // This process reaches the database over TCP itself, or nobody else does.
                return Optional.empty();
            }
            return Optional.of(rs.getLong(2) + " session(s) of other processes (" + rs.getString(3) + ")");
        }
    }

    /**
     * The one row of the lock table ({@link H2LockRow}: {@code migrate_lock}, or {@code <versionTable>_lock} for a
     * custom version table), held by an uncommitted {@code UPDATE} on a connection that runs nothing else (DDL would
     * commit it).
     */
    @Override
    public Optional<MigrationLock> migrationLock(String schema, String versionTable) {
        return Optional.of(new H2LockRow(this, schema, versionTable));
    }

    @Override
    public Set<String> internalTables() {
        return Set.of(H2LockRow.TABLE);
    }

    @Override
    public Set<String> internalTables(String versionTable) {
        return Set.copyOf(java.util.List.of(H2LockRow.TABLE, H2LockRow.tableFor(versionTable)));
    }

    @Override
    public Introspector introspector() {
        return new H2Introspector();
    }

    @Override
    public DiffHooks diffHooks() {
        return new H2DiffHooks();
    }

    /** A renderer whose identifier folding matches the database's, judged by its default schema. */
    @Override
    public DdlRenderer renderer(String defaultSchema) {
        return new H2Renderer(defaultSchema, H2Identifiers.forDefaultSchema(defaultSchema));
    }

    @Override
    public ShadowDatabase createShadow(ShadowRequest request) throws SQLException {
        return H2ShadowDatabase.create(request);
    }

    @Override
    public ShadowDatabase attachShadow(ShadowRequest request) throws SQLException {
        return H2ShadowDatabase.attach(request);
    }

    @Override
    public String dump(Request request) throws SQLException, DumpException {
        return new H2Dump().dump(request);
    }
}
