package dev.migrate.api;

import dev.migrate.connect.Connections;
import dev.migrate.report.HeadsReport;
import dev.migrate.script.ScriptDirectory;

/** The heads of the revision files; reads no database. */
final class HeadsCommand {

    private final MigrateConfig config;
    private final Connections connections;

    HeadsCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    HeadsReport run() {
        ScriptDirectory scripts = RevisionFiles.loadHeaders(config, connections, connections.dialectOrDefault().splitOptions());
        return new HeadsReport(scripts.description(),
                scripts.graph().heads().stream().map(id -> Descriptions.detail(scripts, id)).toList());
    }
}
