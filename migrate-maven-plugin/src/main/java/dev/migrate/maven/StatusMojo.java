package dev.migrate.maven;

import dev.migrate.api.Migrator;
import dev.migrate.report.RevisionSummary;
import dev.migrate.report.StatusReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows where the database stands: current revision(s), heads, pending revisions. Writes {@code status.json}. With
 * {@code failOnPending}, it is a release gate.
 *
 * @since 0.1.0
 */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractMigrateMojo {

    /**
     * Fails the build when any revision is pending.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.failOnPending", defaultValue = "false")
    private boolean failOnPending;

    @Override
    protected String goal() {
        return "status";
    }

    @Override
    protected boolean announcesDatabase() {
        return false;
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        StatusReport report = migrator.status();
        report.toText().forEach(getLog()::info);
        writeReport("status.json", report.toJson());
        if (failOnPending && !report.isUpToDate()) {
            throw new MojoFailureException(report.pending().size() + " revision(s) pending: "
                    + String.join(", ", report.pending().stream().map(RevisionSummary::revision).toList())
                    + "; run migrate:upgrade (migrate.failOnPending=true)");
        }
    }
}
