package dev.migrate.api;

import dev.migrate.apply.JournalRecord;
import dev.migrate.apply.JournalRow;
import dev.migrate.connect.Connections;
import dev.migrate.dialect.Dialect;
import dev.migrate.guard.DatabaseSession;
import dev.migrate.report.JournalReport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The latest journal rows, newest first. Reads no revision file, takes no lock and changes nothing. */
final class JournalCommand {

    private final MigrateConfig config;
    private final Connections connections;

    JournalCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    JournalReport run(int limit) throws SQLException {
        if (limit < 1) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "journal limit = " + limit
                    + "; give how many of the latest journal rows to read (1 or more)");
        }
        Dialect dialect = connections.dialect();
        try (Connection connection = connections.open(dialect)) {
            List<JournalReport.Entry> entries = new ArrayList<>();
            for (JournalRow row : DatabaseSession.versionStore(dialect, config.schema(), config.tables()).readJournalRows(connection, limit)) {
                JournalRecord record = row.record();
                entries.add(new JournalReport.Entry(record.id(), record.revision(), record.direction(), row.message(),
                        record.state().word(), record.checksum(), record.appliedBy(), row.dbUser(), record.startedAt(),
                        row.durationMillis(), record.statementsTotal(), record.statementsDone(), record.errorLine(),
                        record.errorMessage(), row.toolVersion()));
            }
            return new JournalReport(connections.shownAs(), limit, entries);
        }
    }
}
