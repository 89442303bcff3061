package dev.migrate.backup;

import dev.migrate.dialect.Dialect;
import dev.migrate.report.BackupEntry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The list of backups, a table {@value #TABLE} in schema {@value Backups#SCHEMA} next to the copies: one row per
 * backup, so that {@code backups} lists them with what they hold and how to restore it, and prunes them. Each row
 * names the schema it backs up ({@code origin}): two schemas of one database (two databases of one MariaDB server)
 * share the backup schema, and each sees its own backups only.
 */
final class BackupCatalog {

    static final String TABLE = "migrate_backups";

    private final Dialect dialect;
    private final String schemaSql;
    private final String tableSql;

    BackupCatalog(Dialect dialect) {
        this.dialect = dialect;
        this.schemaSql = dialect.quoteIdentifier(dialect.foldIdentifier(Backups.SCHEMA));
        this.tableSql = schemaSql + "." + dialect.quoteIdentifier(dialect.foldIdentifier(TABLE));
    }

    /** Creates the schema and the list if they are missing. */
    void prepare(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            for (String sql : dialect.createSchemaIfMissing(dialect.foldIdentifier(Backups.SCHEMA))) {
                st.execute(sql);
            }
            if (!exists(connection)) {
                st.execute("CREATE TABLE " + tableSql + " (origin VARCHAR(300) NOT NULL, name VARCHAR(1000) NOT NULL, "
                        + "kind VARCHAR(10) NOT NULL, "
                        + "source VARCHAR(300) NOT NULL, revision VARCHAR(1000) NOT NULL, made_at "
                        + dialect.timestampType() + " NOT NULL, made_by VARCHAR(256), row_count BIGINT, "
                        + "restore_sql VARCHAR(4000))");
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private boolean exists(Connection connection) throws SQLException {
        return dialect.tableExists(connection, dialect.foldIdentifier(Backups.SCHEMA), dialect.foldIdentifier(TABLE));
    }

    /** The names (unfolded) of the copies on the list, of every origin. */
    Set<String> tableNames(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        for (BackupEntry entry : list(connection, null)) {
            if (entry.kind() == BackupEntry.Kind.TABLE) {
                names.add(entry.name().substring(Backups.SCHEMA.length() + 1));
            }
        }
        return names;
    }

    /** Whether {@code name} (unfolded) is a table in the backup schema. */
    boolean tableExists(Connection connection, String name) throws SQLException {
        return dialect.tableExists(connection, dialect.foldIdentifier(Backups.SCHEMA), dialect.foldIdentifier(name));
    }

    /** Copies {@code source} into the new table {@code copy} (both SQL) and counts the rows it copied. */
    long copy(Connection connection, String source, String copy) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.execute(dialect.copyTableStatement(copy, source));
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + copy)) {
                rs.next();
                return rs.getLong(1);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    void dropCopy(Connection connection, String copy) throws SQLException {
        update(connection, "DROP TABLE IF EXISTS " + copy);
    }

    void record(Connection connection, String origin, BackupEntry entry) throws SQLException {
        update(connection, "INSERT INTO " + tableSql + " (origin, name, kind, source, revision, made_at, made_by, "
                + "row_count, restore_sql) VALUES (" + dialect.stringLiteral(origin) + ", "
                + dialect.stringLiteral(entry.name()) + ", "
                + dialect.stringLiteral(entry.kind().word()) + ", " + dialect.stringLiteral(entry.source()) + ", "
                + dialect.stringLiteral(entry.revision()) + ", " + dialect.timestampLiteral(entry.madeAt()) + ", "
                + (entry.madeBy() == null ? "NULL" : dialect.stringLiteral(entry.madeBy())) + ", " + entry.rows()
                + ", " + dialect.stringLiteral(entry.restore()) + ")");
    }

    void forget(Connection connection, BackupEntry entry) throws SQLException {
        update(connection, "DELETE FROM " + tableSql + " WHERE name = " + dialect.stringLiteral(entry.name()));
    }

    /** The backups of {@code origin} (null: of all), oldest first; empty when there is no list. */
    List<BackupEntry> list(Connection connection, String origin) throws SQLException {
        List<BackupEntry> entries = new ArrayList<>();
        if (!exists(connection)) {
            return entries;
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT name, kind, source, "
                + "revision, made_at, made_by, row_count, restore_sql FROM " + tableSql + (origin == null ? ""
                : " WHERE origin = " + dialect.stringLiteral(origin)) + " ORDER BY made_at, name")) {
            while (rs.next()) {
                entries.add(new BackupEntry(rs.getString("name"), BackupEntry.Kind.of(rs.getString("kind")),
                        rs.getString("source"), rs.getString("revision"), dialect.readTimestamp(rs, "made_at"),
                        rs.getString("made_by"), rs.getLong("row_count"), rs.getString("restore_sql")));
            }
        }
        return entries;
    }

    private static void update(Connection connection, String sql) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(sql);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
