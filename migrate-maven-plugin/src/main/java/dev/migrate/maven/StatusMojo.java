package dev.migrate.maven;

import dev.migrate.api.FleetRequest;
import dev.migrate.api.Migrator;
import dev.migrate.report.FleetStatusReport;
import dev.migrate.report.IntegrityProblem;
import dev.migrate.report.RevisionSummary;
import dev.migrate.report.StatusReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Shows where the database stands: current revision(s), heads, pending revisions, and problems (revisions in a failed
 * state, applied files that changed). Writes {@code status.json}. Fails the build on problems; with
 * {@code failOnPending}, also when anything is pending, as a release gate.
 *
 * @since 0.1.0
 */
@Mojo(name = "status", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
public class StatusMojo extends AbstractDatabaseMojo {

    private static final String CHECKSUM_HINT = "Put edited files back as they were, or accept harmless edits with "
            + "migrate:repair.";

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
    protected boolean runsOverFleets() {
        return true;
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        FleetRequest fleet = fleet();
        if (fleet != null) {
            fleetStatus(migrator.fleetStatus(fleet));
            return;
        }
        StatusReport report = migrator.status();
        report.toText().forEach(getLog()::info);
        writeReport("status.json", report.toJson());
        exposeState(report);
        if (!report.isHealthy()) {
            throw new MojoFailureException(report.problems().size() + " problem(s) stop upgrade and downgrade:\n"
                    + String.join("\n", report.problems().stream().map(p -> p.message()).toList())
                    + (report.problems().stream().anyMatch(p -> p.kind() == IntegrityProblem.Kind.CHECKSUM)
                    ? "\n" + CHECKSUM_HINT : ""));
        }
        if (failOnPending && !report.isUpToDate()) {
            throw new MojoFailureException(report.pending().size() + " revision(s) pending: "
                    + String.join(", ", report.pending().stream().map(RevisionSummary::revision).toList())
                    + "; run migrate:upgrade (migrate.failOnPending=true)");
        }
    }

    /** The histogram in the log and {@code fleet-status.json}; fails on unreadable targets and problems. */
    private void fleetStatus(FleetStatusReport report) throws MojoFailureException, MojoExecutionException {
        report.toText().forEach(getLog()::info);
        writeReport("fleet-status.json", report.toJson());
        long broken = report.targets().stream().filter(t -> t.error() != null || !t.problems().isEmpty()).count();
        if (broken > 0) {
            throw new MojoFailureException(broken + " fleet target(s) cannot be read or have problems that stop "
                    + "upgrade (see the log and fleet-status.json)");
        }
        if (failOnPending && !report.isUpToDate()) {
            throw new MojoFailureException("fleet targets have pending revisions; run migrate:upgrade over the fleet "
                    + "(migrate.failOnPending=true)");
        }
    }
}
