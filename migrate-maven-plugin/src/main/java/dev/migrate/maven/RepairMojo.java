package dev.migrate.maven;

import dev.migrate.api.Migrator;
import dev.migrate.report.RepairResult;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Accepts the current checksums of applied revisions whose files changed, and clears failed states, each journalled
 * with who and when. Runs no revision's SQL: undo or complete by hand whatever a failed revision left first.
 *
 * @since 0.1.0
 */
@Mojo(name = "repair", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
public class RepairMojo extends AbstractDatabaseMojo {

    @Override
    protected String goal() {
        return "repair";
    }

    @Override
    protected void run(Migrator migrator) {
        RepairResult result = migrator.repair();
        if (!result.nothingToDo()) {
            getLog().info("Repaired " + result.actions().size() + " revision(s) in " + result.durationMillis() + " ms.");
        }
    }
}
