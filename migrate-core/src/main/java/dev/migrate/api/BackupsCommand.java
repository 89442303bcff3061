package dev.migrate.api;

import dev.migrate.apply.JournalEntry;
import dev.migrate.backup.Backups;
import dev.migrate.connect.Connections;
import dev.migrate.dialect.Dialect;
import dev.migrate.report.BackupEntry;
import dev.migrate.report.BackupsReport;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** Lists the backups {@code migrate.backup} made, and removes old ones. Reads no revision file and takes no lock. */
final class BackupsCommand {

    private final MigrateConfig config;
    private final Connections connections;

    BackupsCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    /**
     * The backups; with {@code keep} or {@code olderThan} given, after removing those older than {@code olderThan}
     * and all but the newest {@code keep}.
     */
    BackupsReport run(Integer keep, Duration olderThan) throws SQLException {
        if (keep != null && keep < 0) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "keep = " + keep + "; give how many of the newest "
                    + "backups to keep (0 or more)");
        }
        if (olderThan != null && olderThan.isNegative()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "older than " + olderThan + " is negative");
        }
        Dialect dialect = connections.dialect();
        Backups backups = new Backups(dialect, config.listener(), config.clock(), JournalEntry.currentUser(),
                config.schema());
        try (Connection connection = connections.open(dialect)) {
            List<BackupEntry> pruned = keep == null && olderThan == null ? List.of()
                    : backups.prune(connection, keep, olderThan);
            return new BackupsReport(backups.list(connection), pruned);
        }
    }
}
