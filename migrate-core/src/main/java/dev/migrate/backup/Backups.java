package dev.migrate.backup;

import dev.migrate.apply.JournalEntry;
import dev.migrate.apply.VersionStore;
import dev.migrate.dialect.DatabaseDump;
import dev.migrate.dialect.Dialect;
import dev.migrate.lint.Finding;
import dev.migrate.lint.LintContext;
import dev.migrate.report.BackupEntry;
import dev.migrate.report.MigrationListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backups before a run that can lose data ({@code migrate.backup}), the list of them, and their removal.
 *
 * <p>{@code tables}: each table a pending statement drops, truncates, deletes every row from, drops a column of or
 * narrows a column of (the lint's data-loss findings that name a table) is copied with {@code CREATE TABLE ... AS
 * SELECT} into schema {@value #SCHEMA} as {@code <table>__<revision>} before anything runs. {@code dump}: the
 * dialect's {@link DatabaseDump} writes the schema to a file in {@code migrate.backupDirectory}. Either way each
 * backup is recorded in {@value #SCHEMA}.{@value BackupCatalog#TABLE} (what {@code backups} lists and prunes) and as
 * a journal row, and a backup that fails stops the run before any revision runs.
 */
public final class Backups {

    /** The schema that holds table copies and the list of backups. */
    public static final String SCHEMA = "migrate_backup";

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Dialect dialect;
    private final MigrationListener listener;
    private final Clock clock;
    private final String user;
    private final BackupCatalog catalog;
    private final String schema;

    /**
     * @param schema the schema the revisions work in ({@code migrate.schema}), or null for the connection's: what a
     *               dump holds, and whose backups are listed and pruned
     */
    public Backups(Dialect dialect, MigrationListener listener, Clock clock, String user, String schema) {
        this.dialect = dialect;
        this.listener = listener;
        this.clock = clock;
        this.user = user;
        this.schema = schema;
        this.catalog = new BackupCatalog(dialect);
    }

    private String origin(Connection connection) throws SQLException {
        return schema != null ? dialect.foldIdentifier(schema) : dialect.currentSchema(connection);
    }

    /**
     * What a dump connects with.
     *
     * @param jdbcUrl  the JDBC URL
     * @param password the password, or null
     */
    public record DumpSource(String jdbcUrl, String password) {
    }

    /**
     * Makes the backups {@code settings} ask for, before a run whose sections have {@code losses} (the lint's
     * data-loss findings, in run order); nothing when there are none.
     *
     * @param store  the version store, to journal each backup
     * @param source what a dump connects with
     * @throws BackupException when a backup cannot be made: nothing ran
     */
    public List<BackupEntry> beforeRun(Connection connection, BackupSettings settings, List<Finding> losses,
                                       VersionStore store, DumpSource source)
            throws SQLException, BackupException {
        if (!settings.enabled() || losses.isEmpty()) {
            return List.of();
        }
        return settings.mode() == BackupMode.TABLES ? copyTables(connection, losses, store)
                : dump(connection, settings, losses, store, source);
    }

    private List<BackupEntry> copyTables(Connection connection, List<Finding> losses, VersionStore store) throws SQLException, BackupException {
        // One copy per table and revision: the first finding on it is the reason.
        Map<String, Finding> tables = new LinkedHashMap<>();
        for (Finding finding : losses) {
            if (finding.table() == null) {
                listener.warn("migrate.backup = tables cannot tell which tables " + finding.location() + ":"
                        + finding.line() + " (" + finding.code() + ", " + finding.statement() + ") affects; "
                        + "nothing is copied for it. Use migrate.backup = dump to keep the whole schema.");
                continue;
            }
            String key = finding.revision() + "\u0000" + LintContext.plain(finding.table());
            tables.putIfAbsent(key, finding);
        }
        if (tables.isEmpty()) {
            return List.of();
        }
        catalog.prepare(connection);
        Set<String> taken = catalog.tableNames(connection);
        List<BackupEntry> made = new ArrayList<>();
        for (Finding finding : tables.values()) {
            String table = LintContext.plain(finding.table());
            String name = BackupNames.candidate(table, finding.revision(), 1);
            for (int n = 2; taken.contains(name) || catalog.tableExists(connection, name); n++) {
                name = BackupNames.candidate(table, finding.revision(), n);
            }
            taken.add(name);
            Instant start = clock.instant();
            String copy = qualified(name);
            String sourceSql = finding.table();
            long rows;
            try {
                rows = catalog.copy(connection, sourceSql, copy);
            } catch (SQLException e) {
                throw new BackupException("migrate.backup = tables: copying " + finding.table() + " to " + SCHEMA + "."
                        + name + " (before " + finding.revision() + ", " + finding.code() + " at " + finding.location()
                        + ":" + finding.line() + ") failed: " + firstLine(e.getMessage()) + ". " + finding.revision()
                        + " did not run; "
                        + "fix the cause (privileges to create schema " + SCHEMA + " and tables in it, disk space), "
                        + "or run without migrate.backup.", e);
            }
            BackupEntry entry = new BackupEntry(SCHEMA + "." + name, BackupEntry.Kind.TABLE,
                    LintContext.plain(finding.table()), finding.revision(), start, user, rows,
                    restore(finding, sourceSql, copy));
            catalog.record(connection, origin(connection), entry);
            journal(connection, store, entry, start);
            listener.info("Backed up " + entry.source() + " (" + rows + " row(s)) as " + entry.name() + " before "
                    + entry.revision() + " (" + finding.code() + " " + finding.location() + ":" + finding.line()
                    + "); restore: " + entry.restore());
            made.add(entry);
        }
        return made;
    }

    private List<BackupEntry> dump(Connection connection, BackupSettings settings, List<Finding> losses,
                                   VersionStore store, DumpSource source) throws SQLException, BackupException {
        if (!(dialect instanceof DatabaseDump dumper)) {
            throw new BackupException("migrate.backup = dump: migrate cannot dump " + dialect.displayName()
                    + " databases; use migrate.backup = tables. Nothing was run.");
        }
        if (settings.directory() == null) {
            throw new BackupException("migrate.backup = dump needs migrate.backupDirectory (where to write the dump). "
                    + "Nothing was run.");
        }
        String revision = losses.get(0).revision();
        Instant start = clock.instant();
        Path file = settings.directory().resolve(SCHEMA + "-" + FILE_TIME.format(start) + "-" + revision + ".sql")
                .toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new BackupException("migrate.backup = dump: cannot create " + file.getParent() + " ("
                    + "migrate.backupDirectory): " + e.getMessage() + ". Nothing was run.", e);
        }
        String schema = origin(connection);
        String restore;
        try {
            restore = dumper.dump(new DatabaseDump.Request(connection, source.jdbcUrl(),
                    connection.getMetaData().getUserName(), source.password(), schema, file));
        } catch (DatabaseDump.DumpException e) {
            throw new BackupException("migrate.backup = dump: " + e.getMessage() + " Nothing was run.", e);
        }
        Set<String> revisions = losses.stream().map(Finding::revision).collect(Collectors.toCollection(
                java.util.LinkedHashSet::new));
        BackupEntry entry = new BackupEntry(file.toString(), BackupEntry.Kind.DUMP, schema,
                String.join(",", revisions), start, user, -1, restore);
        catalog.prepare(connection);
        catalog.record(connection, schema, entry);
        journal(connection, store, entry, start);
        listener.info("Backed up schema " + schema + " to " + file + " before " + String.join(", ", revisions)
                + " (which can lose data); restore: " + restore);
        return List.of(entry);
    }

    private void journal(Connection connection, VersionStore store, BackupEntry entry, Instant start)
            throws SQLException {
        String what = entry.kind() == BackupEntry.Kind.TABLE ? "backup of " + entry.source() + " as " + entry.name()
                + " (" + entry.rows() + " row(s))" : "dump of " + entry.source() + " to " + entry.name();
        for (String revision : entry.revision().split(",")) {
            store.appendJournal(connection, new JournalEntry(revision, VersionStore.BACKUP, what, null, user,
                    connection.getMetaData().getUserName(), start, Duration.between(start, clock.instant()).toMillis(),
                    true, 0, 0, null, null, null));
        }
    }

    /** Every backup, oldest first; empty when none was ever made. */
    public List<BackupEntry> list(Connection connection) throws SQLException {
        return catalog.list(connection, origin(connection));
    }

    /** The backups made before {@code revisions} ran, oldest first: what a downgrade of them names. */
    public List<BackupEntry> of(Connection connection, Collection<String> revisions) throws SQLException {
        return list(connection).stream()
                .filter(b -> List.of(b.revision().split(",")).stream().anyMatch(revisions::contains)).toList();
    }

    /**
     * Removes backups: those older than {@code olderThan} (when given), then all but the newest {@code keep} (when
     * given). Returns what it removed.
     */
    public List<BackupEntry> prune(Connection connection, Integer keep, Duration olderThan) throws SQLException {
        List<BackupEntry> all = new ArrayList<>(list(connection));
        all.sort(Comparator.comparing(BackupEntry::madeAt));
        List<BackupEntry> remove = new ArrayList<>();
        Instant now = clock.instant();
        if (olderThan != null) {
            all.stream().filter(b -> b.madeAt().isBefore(now.minus(olderThan))).forEach(remove::add);
        }
        if (keep != null) {
            List<BackupEntry> left = all.stream().filter(b -> !remove.contains(b)).toList();
            remove.addAll(left.subList(0, Math.max(0, left.size() - keep)));
        }
        for (BackupEntry backup : remove) {
            if (backup.kind() == BackupEntry.Kind.TABLE) {
                catalog.dropCopy(connection, qualified(backup.name().substring(SCHEMA.length() + 1)));
            } else {
                try {
                    Files.deleteIfExists(Path.of(backup.name()));
                } catch (IOException e) {
                    listener.warn("Cannot delete the dump " + backup.name() + ": " + e.getMessage()
                            + "; delete it by hand.");
                }
            }
            catalog.forget(connection, backup);
        }
        return remove;
    }

    /**
     * How to bring the data back: rows of a dropped or emptied table go back in with one INSERT; values of a dropped
     * or narrowed column go back by the table's key, once a downgrade restored the column.
     */
    private static String restore(Finding finding, String table, String copy) {
        if (finding.code().equals("MG101") || finding.code().equals("MG104")) {
            return "INSERT INTO " + table + " SELECT * FROM " + copy;
        }
        return "the copy holds every row of " + table + " with all its columns as they were; update " + table
                + " from it by its key, e.g. UPDATE " + table + " t SET <column> = (SELECT b.<column> FROM " + copy
                + " b WHERE b.<key> = t.<key>)";
    }

    private String qualified(String name) {
        return dialect.quoteIdentifier(dialect.foldIdentifier(SCHEMA)) + "."
                + dialect.quoteIdentifier(dialect.foldIdentifier(name));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
