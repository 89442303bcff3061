package dev.migrate.maven;

import dev.migrate.api.Migrator;
import dev.migrate.report.HistoryPicture;
import dev.migrate.report.HistoryReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;


/**
 * Draws the revisions from newest to oldest as a graph (like {@code git log --graph}), each with what it revises,
 * its message and date, and whether the database has it applied; heads, current revisions, branch points and merge
 * points are marked. Writes {@code history.json}.
 *
 * @since 0.1.0
 */
@Mojo(name = "history", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
public class HistoryMojo extends AbstractDatabaseMojo {

    /**
     * Adds each revision's dependencies and file to the listing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    private boolean verbose;

    /**
     * Only the revisions of a range, {@code <lower>:<upper>} with both ends included: {@code base:head},
     * {@code -3:current}, {@code current:heads}, {@code <rev1>:<rev2>}; an empty end means {@code base} or
     * {@code heads}. Each end is a target. Default: every revision.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.range")
    private String range;

    /**
     * Also draws the graph as {@code svg} (a picture), {@code dot} (Graphviz) or {@code mermaid} (for Markdown on
     * GitHub and GitLab), written to {@code history.<format>} in the reports directory for pull requests and wikis:
     * applied, pending and current revisions, branches, merges, labels, and dependencies as dashed lines.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.format")
    private GraphFormat format;

    @Override
    protected String goal() {
        return "history";
    }

    @Override
    protected void run(Migrator migrator) throws MojoExecutionException {
        HistoryReport report = migrator.history(range);
        report.toText(verbose).forEach(getLog()::info);
        writeReport("history.json", report.toJson());
        if (format != null) {
            writeReport("history." + format.word(), HistoryPicture.render(report, format.word()));
        }
    }
}
