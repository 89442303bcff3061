package dev.migrate.api;

import dev.migrate.connect.Connections;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.TargetResolver;
import dev.migrate.guard.DatabaseSession;
import dev.migrate.report.ShowReport;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.Section;

import java.sql.SQLException;
import java.util.List;

/** One revision in full: header, neighbours, whether it is applied, and its SQL. */
final class ShowCommand {

    private final MigrateConfig config;
    private final Connections connections;

    ShowCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    ShowReport run(String reference) throws SQLException {
        if (reference == null || reference.isBlank()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.revision is required: a revision id or "
                    + "prefix, a branch label, head or current");
        }
        Dialect dialect = connections.dialect();
        ScriptDirectory scripts = RevisionFiles.loadHeaders(config, connections, dialect.splitOptions());
        RevisionGraph graph = scripts.graph();
        List<String> rows = DatabaseSession.currentRows(connections, dialect, config.schema(), config.tables(), scripts);
        String id = NewRevision.parameter("migrate.revision", reference.strip(), scripts,
                () -> new TargetResolver(graph).resolveOne(reference, rows));
        RevisionScript script = scripts.script(id);
        return new ShowReport(Descriptions.detail(scripts, id),
                Descriptions.summaries(scripts, graph.revision(id).parents()),
                Descriptions.summaries(scripts, graph.children(id)),
                Descriptions.summaries(scripts, graph.dependencies(id)),
                Descriptions.summaries(scripts, graph.dependents(id)),
                graph.appliedBy(rows).contains(id), rows.contains(id), script.checksum(),
                section(script.upgrade()), script.downgrade() == null ? null : section(script.downgrade()),
                script.irreversibleReason());
    }

    private ShowReport.Section section(Section section) {
        return new ShowReport.Section(section.line(), section.transactional(), section.statements().stream()
                .map(statement -> new ShowReport.Statement(statement.line(), Failures.scrub(config, statement.sql()))).toList());
    }
}
