package dev.migrate.api;

import dev.migrate.connect.Connections;
import dev.migrate.graph.Direction;
import dev.migrate.report.DowngradeResult;
import dev.migrate.script.ScriptDirectory;

import java.sql.SQLException;

/**
 * Runs downgrade sections down to a target; refuses before touching anything when a revision on the way cannot be
 * undone, a revision is in a failed state, an applied file changed, or (with {@code migrate.allowDestructive=false})
 * a downgrade section loses data. Checks without the lock first, then again under it ({@link ApplyPipeline}).
 */
final class DowngradeCommand {

    private final MigrateConfig config;
    private final Connections connections;

    DowngradeCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    DowngradeResult run(String target) throws SQLException {
        return run(target, RevisionFiles.load(config, connections, connections.dialect().splitOptions()));
    }

    /** With revision files already loaded (shadow replays reuse them instead of reading every file again). */
    DowngradeResult run(String target, ScriptDirectory scripts) throws SQLException {
        ApplyPipeline.Outcome outcome = new ApplyPipeline(config, connections, Direction.DOWNGRADE)
                .run(target, scripts);
        return new DowngradeResult(target, outcome.before(), outcome.after(), outcome.applied(), outcome.millis());
    }
}
