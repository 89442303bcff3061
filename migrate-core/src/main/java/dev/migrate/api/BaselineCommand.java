package dev.migrate.api;

import dev.migrate.connect.Connections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * Adopts a database that predates migrations in one step: writes the baseline revision (its live schema, created from
 * nothing, checked on a shadow database) and stamps the database at it, so that the next autogenerate starts there.
 */
final class BaselineCommand {

    /** The message of a baseline revision when none is given. */
    static final String DEFAULT_MESSAGE = "Baseline";

    private final MigrateConfig config;
    private final Connections connections;

    BaselineCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    GeneratedRevision run(String message, String revisionId) throws SQLException, IOException {
        Path directory = RevisionFiles.writableDirectory(config, "baseline");
        if (Files.isDirectory(directory)) {
            List<String> heads = RevisionFiles.loadHeaders(config, connections, connections.dialect().splitOptions()).graph()
                    .heads();
            if (!heads.isEmpty()) {
                throw new MigrateException(ErrorKind.REFUSED, "baseline starts the history of a database that "
                        + "predates migrations, and " + directory + " already has revisions (head "
                        + String.join(", ", heads) + "); to adopt a database whose schema matches one of them, stamp "
                        + "it there (migrate:stamp) instead. Nothing was written or changed.");
            }
        }
        GeneratedRevision baseline = new GenerateCommand(config, connections).run(new GenerateRequest(
                message == null || message.isBlank() ? DEFAULT_MESSAGE : message, revisionId, true,
                GenerateRequest.CompareWith.DATABASE, false, null, false, List.of(), List.of(), null));
        if (baseline.noChanges()) {
            throw new MigrateException(ErrorKind.REFUSED, "the database " + connections.shownAs() + " has nothing to "
                    + "baseline (no tables, views or sequences in the configured schema); start with an empty "
                    + "revision instead. Nothing was written or changed.");
        }
        if (!baseline.verified()) {
            throw new MigrateException(ErrorKind.REFUSED, "the baseline " + baseline.file() + " does not reproduce "
                    + "the database on a shadow database (" + String.join("; ", baseline.warnings()) + "); the "
                    + "database was not stamped. Fix the file, then stamp the database at " + baseline.revision()
                    + " (migrate:stamp).");
        }
        new StampCommand(config, connections).run(baseline.revision(), false);
        return baseline;
    }
}
