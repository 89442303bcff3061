package dev.migrate.api;

import dev.migrate.report.HeadsReport;
import dev.migrate.script.ScriptDirectory;

/** The heads of the revision files; reads no database. */
final class HeadsCommand {

    private final Workspace ws;

    HeadsCommand(Workspace ws) {
        this.ws = ws;
    }

    HeadsReport run() {
        ScriptDirectory scripts = ws.loadHeaders(ws.dialectOrDefault().splitOptions());
        return new HeadsReport(scripts.description(),
                scripts.graph().heads().stream().map(id -> Workspace.detail(scripts, id)).toList());
    }
}
