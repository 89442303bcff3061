package dev.migrate.api;

import dev.migrate.connect.Connections;
import dev.migrate.graph.Direction;
import dev.migrate.report.UpgradeResult;
import dev.migrate.script.ScriptDirectory;

import java.sql.SQLException;

/**
 * Applies pending revisions up to a target: checks the files and the target, then the database (failed revisions,
 * changed files) without the lock, then takes the lock, checks again and applies ({@link ApplyPipeline}).
 */
final class UpgradeCommand {

    private final MigrateConfig config;
    private final Connections connections;

    UpgradeCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    UpgradeResult run(String target) throws SQLException {
        return run(target, RevisionFiles.load(config, connections, connections.dialect().splitOptions()));
    }

    /** With revision files already loaded (shadow replays reuse them instead of reading every file again). */
    UpgradeResult run(String target, ScriptDirectory scripts) throws SQLException {
        ApplyPipeline.Outcome outcome = new ApplyPipeline(config, connections, Direction.UPGRADE).run(target, scripts);
        return new UpgradeResult(target, outcome.before(), outcome.after(), outcome.applied(), outcome.millis());
    }
}
