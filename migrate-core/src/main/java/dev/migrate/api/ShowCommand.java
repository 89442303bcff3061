package dev.migrate.api;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.TargetResolver;
import dev.migrate.report.ShowReport;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.Section;

import java.sql.SQLException;
import java.util.List;

/** One revision in full: header, neighbours, whether it is applied, and its SQL. */
final class ShowCommand {

    private final Workspace ws;

    ShowCommand(Workspace ws) {
        this.ws = ws;
    }

    ShowReport run(String reference) throws SQLException {
        if (reference == null || reference.isBlank()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.revision is required: a revision id or "
                    + "prefix, a branch label, head or current");
        }
        Dialect dialect = ws.dialect();
        ScriptDirectory scripts = ws.loadHeaders(dialect.splitOptions());
        RevisionGraph graph = scripts.graph();
        List<String> rows = ws.currentRows(dialect, scripts);
        String id = NewRevision.parameter("migrate.revision", reference.strip(), scripts,
                () -> new TargetResolver(graph).resolveOne(reference, rows));
        RevisionScript script = scripts.script(id);
        return new ShowReport(Workspace.detail(scripts, id),
                Workspace.summaries(scripts, graph.revision(id).parents()),
                Workspace.summaries(scripts, graph.children(id)),
                Workspace.summaries(scripts, graph.dependencies(id)),
                Workspace.summaries(scripts, graph.dependents(id)),
                graph.appliedBy(rows).contains(id), rows.contains(id), script.checksum(),
                section(script.upgrade()), script.downgrade() == null ? null : section(script.downgrade()),
                script.irreversibleReason());
    }

    private ShowReport.Section section(Section section) {
        return new ShowReport.Section(section.line(), section.transactional(), section.statements().stream()
                .map(statement -> new ShowReport.Statement(statement.line(), ws.scrub(statement.sql()))).toList());
    }
}
