package dev.migrate.maven;

import dev.migrate.api.Migrator;
import dev.migrate.report.RepairResult;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Accepts the current checksums of applied revisions whose files changed, and clears failed states, each journalled
 * with who and when. Runs no revision's SQL: undo or complete by hand whatever a failed revision left first. An edit
 * that changed what an applied revision runs (not only its layout or comments) is shown and refused unless
 * {@code migrate.repairReason} says why it is accepted.
 *
 * @since 0.1.0
 */
@Mojo(name = "repair", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
public class RepairMojo extends AbstractDatabaseMojo {

    /**
     * Why an edit that changed an applied revision's statements is accepted (the database was changed by hand to
     * match, say); journalled with who and when. Without it such an edit is shown and refused; edits of layout and
     * comments need none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.repairReason")
    protected String repairReason;

    @Override
    protected String goal() {
        return "repair";
    }

    @Override
    protected void run(Migrator migrator) {
        RepairResult result = migrator.repair(repairReason);
        if (!result.nothingToDo()) {
            getLog().info("Repaired " + result.actions().size() + " revision(s) in " + result.durationMillis() + " ms.");
        }
    }
}
