package dev.migrate.maven;

import dev.migrate.api.Migrator;
import dev.migrate.report.HistoryReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists the revisions from newest to oldest with what they revise, their message and date, and whether the
 * database has them applied. Writes {@code history.json}.
 *
 * @since 0.1.0
 */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends AbstractMigrateMojo {

    /**
     * Adds each revision's file to the listing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    private boolean verbose;

    @Override
    protected String goal() {
        return "history";
    }

    @Override
    protected void run(Migrator migrator) throws MojoExecutionException {
        HistoryReport report = migrator.history();
        report.toText(verbose).forEach(getLog()::info);
        writeReport("history.json", report.toJson());
    }
}
