package dev.migrate.apply;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.MigrationStep;
import dev.migrate.script.ScriptHeader;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two tables migrate keeps in the target database:
 * <ul>
 *   <li>{@code migrate_version}: one row per applied head (Alembic's model), so branches and merges need no
 *       special cases;</li>
 *   <li>{@code migrate_history}: a journal of every step, successful or not, with checksum, file text, user,
 *       timing, and how far it got. Rows are never deleted; a step that runs outside a single transaction writes
 *       its row when it starts ({@link StepState#RUNNING}) and updates it as statements complete, so that a killed
 *       process leaves a trace.</li>
 * </ul>
 * Table and schema names are quoted in the case the database folds unquoted names to, so users can query them
 * without quotes; column names are plain.
 */
public final class VersionStore {

    public static final String TOOL_VERSION = "0.1.0";
    /** The direction word of the rows {@code repair} writes. */
    public static final String REPAIR = "repair";
    /**
     * The direction word of the rows that record what a user decided about a statement in doubt
     * ({@code migrate.resume=rerun} or {@code skip}). They say nothing about the revision's state, so they never count
     * as its latest row.
     */
    public static final String DECISION = "decision";
    /**
     * The direction word of the rows that record a backup made before a revision ran ({@code migrate.backup}). Like
     * decisions, they never count as the revision's latest row.
     */
    public static final String BACKUP = "backup";
    /** Files longer than this many characters are journalled without their text. */
    public static final int SCRIPT_LIMIT = 1_000_000;

    private static final int MESSAGE_LIMIT = 1000;
    /** The journal column that names the server session of a step that runs statement by statement. */
    private static final String SERVER_SESSION = "server_session";
    private static final String JOURNAL_COLUMNS = "id, revision, direction, state, success, checksum, applied_by, "
            + "db_user, started_at, duration_ms, statements_total, statements_done, error_line, error_message, "
            + "message, tool_version, CASE WHEN script IS NULL THEN 0 ELSE 1 END AS has_script";

    private final Dialect dialect;
    private final String schema;
    private final VersionTables tables;
    private final String versionTableSql;
    private final String historyTableSql;

    /** The tables under their default names. */
    public VersionStore(Dialect dialect, String schema) {
        this(dialect, schema, VersionTables.DEFAULTS);
    }

    /**
     * @param schema the schema that holds the tables, exactly as stored (already folded), or null for the
     *               connection's default
     * @param tables the tables' names as configured
     */
    public VersionStore(Dialect dialect, String schema, VersionTables tables) {
        this.dialect = dialect;
        this.schema = schema;
        this.tables = tables;
        this.versionTableSql = qualified(tables.version());
        this.historyTableSql = qualified(tables.history());
    }

    /** The database the tables are in. */
    public Dialect dialect() {
        return dialect;
    }

    /** The tables' names as configured. */
    public VersionTables tables() {
        return tables;
    }

    private String qualified(String table) {
        String quoted = dialect.quoteIdentifier(dialect.foldIdentifier(table));
        return schema == null ? quoted : dialect.quoteIdentifier(schema) + "." + quoted;
    }

    /** The version table as users would type it ({@code migrate_version} or {@code app.migrate_version}). */
    public String versionTable() {
        return schema == null ? tables.version() : schema + "." + tables.version();
    }

    /** The journal table as users would type it. */
    public String historyTable() {
        return schema == null ? tables.history() : schema + "." + tables.history();
    }

    /** The schema of the tables as configured (folded), or null for the connection's default. */
    public String schema() {
        return schema;
    }

    /**
     * The version rows, or empty when the version table does not exist yet. Runs in autocommit.
     *
     * @throws DatabaseStateException when a table of that name exists but is not migrate's
     */
    public Optional<List<String>> readHeads(Connection connection) throws SQLException {
        if (missing(connection, tables.version())) {
            return Optional.empty();
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + versionTableSql)) {
            checkVersionColumns(rs.getMetaData());
            List<String> heads = new ArrayList<>();
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
            return Optional.of(heads);
        } catch (SQLException e) {
            if (dialect.isUndefinedTable(e)) {
                return Optional.empty();
            }
            throw new DatabaseStateException("cannot read " + versionTable() + ": " + e.getMessage()
                    + "; if another tool owns a table of that name, set migrate.schema to keep migrate's tables apart", e);
        }
    }

    /**
     * Whether the catalog says {@code table} does not exist; asked only where a failed query would be logged by the
     * database itself. Elsewhere querying the table and catching "undefined table" costs one round trip less.
     */
    private boolean missing(Connection connection, String table) throws SQLException {
        return dialect.features().logsFailedStatements()
                && !dialect.tableExists(connection, schema, dialect.foldIdentifier(table));
    }

    private void checkVersionColumns(ResultSetMetaData meta) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (int k = 1; k <= meta.getColumnCount(); k++) {
            columns.add(meta.getColumnName(k).toLowerCase(Locale.ROOT));
        }
        if (!columns.equals(List.of("revision"))) {
            String guess = columns.contains("repository_id") ? " (it looks like sqlalchemy-migrate's)" : "";
            throw new DatabaseStateException(versionTable() + " exists but is not migrate's version table" + guess
                    + ": its columns are (" + String.join(", ", columns) + "), migrate's has one column (revision). "
                    + "Another tool or another format owns it; set migrate.schema to keep migrate's tables in a schema "
                    + "of their own. Nothing was changed.");
        }
    }

    /**
     * What the journal says about each revision, or empty when there is no journal yet. One query.
     *
     * @throws DatabaseStateException when a table of that name exists in another format
     */
    public Optional<JournalFacts> readJournal(Connection connection) throws SQLException {
        if (missing(connection, tables.history())) {
            return Optional.empty();
        }
        String sql = "SELECT 'latest' AS which, " + JOURNAL_COLUMNS + " FROM " + historyTableSql
                + " WHERE id IN (SELECT MAX(id) FROM " + historyTableSql + " WHERE direction NOT IN ('" + DECISION + "', '" + BACKUP + "')"
                + " GROUP BY revision)"
                + " UNION ALL SELECT 'accepted' AS which, " + JOURNAL_COLUMNS + " FROM " + historyTableSql
                + " WHERE id IN (SELECT MAX(id) FROM " + historyTableSql + " WHERE success = TRUE"
                + " AND direction IN ('upgrade', '" + REPAIR + "', '" + Stamper.STAMP + "') AND checksum IS NOT NULL"
                + " GROUP BY revision)";
        Map<String, JournalRecord> latest = new HashMap<>();
        Map<String, JournalRecord> accepted = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                JournalRecord row = record(rs);
                ("latest".equals(rs.getString("which")) ? latest : accepted).put(row.revision(), row);
            }
        } catch (SQLException e) {
            if (dialect.isUndefinedTable(e)) {
                return Optional.empty();
            }
            if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
                throw new DatabaseStateException(historyTable() + " exists but is not migrate's journal in the format "
                        + "this version writes (the database said: " + firstLine(e.getMessage()) + "). Another tool or "
                        + "another version of migrate owns it; set migrate.schema to keep migrate's tables in a schema "
                        + "of their own. Nothing was changed.", e);
            }
            throw e;
        }
        return Optional.of(new JournalFacts(latest, accepted));
    }

    private JournalRecord record(ResultSet rs) throws SQLException {
        Instant started = dialect.readTimestamp(rs, "started_at");
        int errorLine = rs.getInt("error_line");
        Integer line = rs.wasNull() ? null : errorLine;
        return new JournalRecord(rs.getLong("id"), rs.getString("revision"), rs.getString("direction"),
                StepState.of(rs.getString("state")), rs.getString("checksum"), rs.getString("applied_by"),
                started, rs.getInt("statements_total"),
                rs.getInt("statements_done"), line, rs.getString("error_message"), rs.getInt("has_script") == 1);
    }

    /** The file text a journal row keeps, if any. */
    public Optional<String> readScript(Connection connection, long id) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT script FROM " + historyTableSql + " WHERE id = " + id)) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }

    /**
     * The latest {@code limit} journal rows, newest first, without the file texts; empty when there is no journal yet.
     *
     * @throws DatabaseStateException when a table of that name exists in another format
     */
    public List<JournalRow> readJournalRows(Connection connection, int limit) throws SQLException {
        if (missing(connection, tables.history())) {
            return List.of();
        }
        List<JournalRow> rows = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            st.setMaxRows(limit);
            try (ResultSet rs = st.executeQuery("SELECT " + JOURNAL_COLUMNS + " FROM " + historyTableSql
                    + " ORDER BY id DESC")) {
                while (rs.next()) {
                    long millis = rs.getLong("duration_ms");
                    Long duration = rs.wasNull() ? null : millis;
                    rows.add(new JournalRow(record(rs), rs.getString("message"), rs.getString("db_user"), duration,
                            rs.getString("tool_version")));
                }
            }
        } catch (SQLException e) {
            if (dialect.isUndefinedTable(e)) {
                return List.of();
            }
            if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
                throw new DatabaseStateException(historyTable() + " exists but is not migrate's journal in the format "
                        + "this version writes (the database said: " + firstLine(e.getMessage()) + "). Nothing was "
                        + "changed.", e);
            }
            throw e;
        }
        return rows;
    }

    /** Creates the schema (if configured) and whichever table is missing. Runs in autocommit. */
    public void createTables(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            for (String sql : createTableStatements()) {
                st.execute(sql);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The statements that create the schema (if configured) and whichever table is missing. */
    public List<String> createTableStatements() {
        List<String> sql = new ArrayList<>();
        if (schema != null) {
            sql.addAll(dialect.createSchemaIfMissing(schema));
        }
        sql.add("CREATE TABLE IF NOT EXISTS " + versionTableSql + " ("
                + "revision VARCHAR(" + ScriptHeader.MAX_ID_LENGTH + ") NOT NULL PRIMARY KEY)");
        sql.add("CREATE TABLE IF NOT EXISTS " + historyTableSql + " ("
                + "id " + dialect.identityColumn() + ", "
                + "revision VARCHAR(" + ScriptHeader.MAX_ID_LENGTH + ") NOT NULL, "
                + "direction VARCHAR(16) NOT NULL, "
                + "state VARCHAR(16) NOT NULL, "
                + "message VARCHAR(" + MESSAGE_LIMIT + "), "
                + "checksum VARCHAR(64), "
                + "applied_by VARCHAR(256) NOT NULL, "
                + "db_user VARCHAR(256), "
                + "started_at " + dialect.timestampType() + " NOT NULL, "
                + "duration_ms BIGINT NOT NULL, "
                + "success BOOLEAN NOT NULL, "
                + "statements_total INTEGER NOT NULL, "
                + "statements_done INTEGER NOT NULL, "
                + "error_line INTEGER, "
                + "error_message " + dialect.textType() + ", "
                + "script " + dialect.textType() + ", "
                + "tool_version VARCHAR(32) NOT NULL, "
                + SERVER_SESSION + " VARCHAR(200))");
        return sql;
    }

    /**
     * Adds what this version of migrate keeps in the journal to a journal written by an earlier one (the server
     * session of a step that runs statement by statement). Runs in autocommit, under the lock; a no-op (one catalog
     * query) once done.
     */
    public void upgradeFormat(Connection connection) throws SQLException {
        String in = schema != null ? schema : dialect.currentSchema(connection);
        try (ResultSet rs = connection.getMetaData().getColumns(null, in, dialect.foldIdentifier(tables.history()),
                dialect.foldIdentifier(SERVER_SESSION))) {
            if (rs.next() || !dialect.tableExists(connection, schema, dialect.foldIdentifier(tables.history()))) {
                return;
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.execute("ALTER TABLE " + historyTableSql + " ADD COLUMN IF NOT EXISTS " + SERVER_SESSION
                    + " VARCHAR(200)");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * The statements that move the version rows for one step: an UPDATE when one row becomes another, otherwise
     * DELETEs and INSERTs. Each must change exactly one row.
     */
    public List<String> versionRowStatements(MigrationStep step) {
        List<String> sql = new ArrayList<>();
        if (step.rowsToDelete().size() == 1 && step.rowsToInsert().size() == 1) {
            sql.add("UPDATE " + versionTableSql + " SET revision = " + literal(step.rowsToInsert().iterator().next())
                    + " WHERE revision = " + literal(step.rowsToDelete().iterator().next()));
            return sql;
        }
        for (String row : step.rowsToDelete()) {
            sql.add(deleteRow(row));
        }
        for (String row : step.rowsToInsert()) {
            sql.add(insertRow(row));
        }
        return sql;
    }

    /** The DELETE that removes the version row {@code revision}. */
    public String deleteRow(String revision) {
        return "DELETE FROM " + versionTableSql + " WHERE revision = " + literal(revision);
    }

    /** The INSERT that adds the version row {@code revision}. */
    public String insertRow(String revision) {
        return "INSERT INTO " + versionTableSql + " (revision) VALUES (" + literal(revision) + ")";
    }

    /** The INSERT that appends {@code entry} to the journal. */
    public String journalInsert(JournalEntry entry) {
        return journalInsert(entry, dialect.timestampLiteral(entry.startedAt()),
                literal(truncate(entry.databaseUser(), 256)));
    }

    /**
     * The INSERT that journals {@code entry} from a script run later by someone else (offline SQL): the start time
     * and the database user are the database's own when the script runs ({@code CURRENT_TIMESTAMP},
     * {@code CURRENT_USER}), not migrate's when it wrote the script.
     */
    public String deferredJournalInsert(JournalEntry entry) {
        return journalInsert(entry, dialect.currentTimestamp(), "CURRENT_USER");
    }

    private String journalInsert(JournalEntry entry, String startedAt, String databaseUser) {
        return "INSERT INTO " + historyTableSql + " (revision, direction, state, message, checksum, applied_by, "
                + "db_user, started_at, duration_ms, success, statements_total, statements_done, error_line, "
                + "error_message, script, tool_version) VALUES ("
                + literal(entry.revision()) + ", "
                + literal(entry.direction()) + ", "
                + literal(entry.state().word()) + ", "
                + literal(truncate(entry.message(), MESSAGE_LIMIT)) + ", "
                + literal(entry.checksum()) + ", "
                + literal(truncate(entry.appliedBy(), 256)) + ", "
                + databaseUser + ", "
                + startedAt + ", "
                + entry.durationMillis() + ", "
                + (entry.success() ? "TRUE" : "FALSE") + ", "
                + entry.statementsTotal() + ", "
                + entry.statementsDone() + ", "
                + (entry.errorLine() == null ? "NULL" : entry.errorLine().toString()) + ", "
                + literal(entry.errorMessage()) + ", "
                + literal(entry.script() == null || entry.script().length() > SCRIPT_LIMIT ? null : entry.script()) + ", "
                + literal(TOOL_VERSION) + ")";
    }

    /** Appends {@code entry} in its own transaction (used for failures, after the migration rolled back). */
    public void appendJournal(Connection connection, JournalEntry entry) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(journalInsert(entry));
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Writes the row of a step that starts now and runs outside one transaction, and commits it, so that the step is
     * on record even if the process dies. Returns the row's id.
     *
     * @param serverSession the server session the step runs in ({@link Dialect#serverSession}), or null
     */
    public long insertRunning(Connection connection, JournalEntry entry, String serverSession) throws SQLException {
        String insert = journalInsert(entry);
        if (serverSession != null) {
            int columns = insert.indexOf(") VALUES (");
            insert = insert.substring(0, columns) + ", " + SERVER_SESSION + insert.substring(columns, insert.length() - 1)
                    + ", " + literal(serverSession) + ")";
        }
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(insert, new String[] {dialect.foldIdentifier("id")});
            long id;
            try (ResultSet keys = st.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new row of " + historyTable());
                }
                id = keys.getLong(1);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return id;
        }
    }

    /** The UPDATE that records that the first {@code done} statements of a running step completed. */
    public String progressUpdate(long id, int done) {
        return "UPDATE " + historyTableSql + " SET statements_done = " + done + " WHERE id = " + id;
    }

    /** The UPDATE that records how a running step ended (changes exactly one row). */
    public String finishUpdate(long id, JournalEntry entry) {
        return "UPDATE " + historyTableSql + " SET state = " + literal(entry.state().word())
                + ", success = " + (entry.success() ? "TRUE" : "FALSE")
                + ", duration_ms = " + entry.durationMillis()
                + ", statements_done = " + entry.statementsDone()
                + ", error_line = " + (entry.errorLine() == null ? "NULL" : entry.errorLine().toString())
                + ", error_message = " + literal(entry.errorMessage())
                + " WHERE id = " + id + " AND state = " + literal(StepState.RUNNING.word());
    }

    /**
     * A journal row still {@link StepState#RUNNING}: its process has not finished it, or stopped while it ran.
     *
     * @param id             the row
     * @param revision       its revision
     * @param direction      upgrade or downgrade
     * @param statementsDone statements it recorded as completed
     * @param serverSession  the server session it ran in, or null (not recorded, or a journal of an earlier format)
     */
    public record RunningRow(long id, String revision, String direction, int statementsDone, String serverSession) {
    }

    /** The rows still {@link StepState#RUNNING}, oldest first; run under the lock (see {@link #upgradeFormat}). */
    public List<RunningRow> readRunning(Connection connection) throws SQLException {
        List<RunningRow> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT id, revision, "
                + "direction, statements_done, " + SERVER_SESSION + " FROM " + historyTableSql + " WHERE state = "
                + literal(StepState.RUNNING.word()) + " ORDER BY id")) {
            while (rs.next()) {
                rows.add(new RunningRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5)));
            }
        }
        return rows;
    }

    /**
     * Closes a row whose process stopped while it ran as {@link StepState#INTERRUPTED}, keeping its count of completed
     * statements; in autocommit. The caller has made sure that the step's server session has ended, so the count is
     * final.
     */
    public void closeInterrupted(Connection connection, long id, Integer errorLine, String note) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("UPDATE " + historyTableSql + " SET state = " + literal(StepState.INTERRUPTED.word())
                    + ", success = FALSE, error_line = " + (errorLine == null ? "NULL" : errorLine.toString())
                    + ", error_message = " + literal(truncate(note, MESSAGE_LIMIT)) + " WHERE id = " + id
                    + " AND state = " + literal(StepState.RUNNING.word()));
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Records how a running step ended, in autocommit. */
    public void finish(Connection connection, long id, JournalEntry entry) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(finishUpdate(id, entry));
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private String literal(String value) {
        if (value == null) {
            return "NULL";
        }
        // NUL cannot be stored in PostgreSQL text; nothing we journal needs it.
        return dialect.stringLiteral(value.indexOf('\0') < 0 ? value : value.replace('\0', '\uFFFD'));
    }

    private static String truncate(String value, int limit) {
        if (value == null || value.length() <= limit) {
            return value;
        }
        return value.substring(0, limit - 3) + "...";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
