package dev.migrate.maven;

import dev.migrate.api.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists the branch points of the migrations directory and the revisions that start each branch, like
 * {@code alembic branches}. Reads no database.
 *
 * @since 0.1.0
 */
@Mojo(name = "branches", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
public class BranchesMojo extends AbstractMigrateMojo {

    /**
     * Adds each revision's file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    private boolean verbose;

    @Override
    protected String goal() {
        return "branches";
    }

    @Override
    protected void run(Migrator migrator) {
        migrator.branches().toText(verbose).forEach(getLog()::info);
    }
}
