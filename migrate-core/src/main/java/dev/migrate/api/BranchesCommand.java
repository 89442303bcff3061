package dev.migrate.api;

import dev.migrate.connect.Connections;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.report.BranchesReport;
import dev.migrate.script.ScriptDirectory;

import java.util.ArrayList;
import java.util.List;

/** The branch points of the revision files and the revisions that start each branch; reads no database. */
final class BranchesCommand {

    private final MigrateConfig config;
    private final Connections connections;

    BranchesCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    BranchesReport run() {
        ScriptDirectory scripts = RevisionFiles.loadHeaders(config, connections, connections.dialectOrDefault().splitOptions());
        RevisionGraph graph = scripts.graph();
        List<BranchesReport.BranchPoint> points = new ArrayList<>();
        for (String id : graph.branchPoints()) {
            List<BranchesReport.Child> children = new ArrayList<>();
            for (String child : graph.children(id)) {
                children.add(new BranchesReport.Child(Descriptions.detail(scripts, child), graph.children(child).isEmpty()));
            }
            points.add(new BranchesReport.BranchPoint(Descriptions.detail(scripts, id), children));
        }
        return new BranchesReport(scripts.description(), points);
    }
}
