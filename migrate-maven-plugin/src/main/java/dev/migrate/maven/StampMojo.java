package dev.migrate.maven;

import dev.migrate.api.Migrator;
import dev.migrate.report.StampResult;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records the database as being at a target without running any SQL, like {@code alembic stamp}: to adopt a
 * database whose schema already exists, or after repairing one by hand. Journals what it did in
 * {@code migrate_history}.
 *
 * @since 0.1.0
 */
@Mojo(name = "stamp", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
public class StampMojo extends AbstractDatabaseMojo {

    /**
     * Where the database is: a revision id or unique prefix, {@code head}, {@code heads}, a branch label,
     * {@code <label>@head}, {@code +N}/{@code -N}, or {@code base} (nothing applied). Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.target")
    private String target;

    /**
     * Removes every version row first, including rows the migrations do not know, so that the target is all that
     * is recorded afterwards.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.purge", defaultValue = "false")
    private boolean purge;

    @Override
    protected String goal() {
        return "stamp";
    }

    @Override
    protected void run(Migrator migrator) {
        StampResult result = migrator.stamp(target, purge);
        if (!result.nothingToDo()) {
            getLog().info("Stamped: " + (result.headsAfter().isEmpty() ? "base" : String.join(", ", result.headsAfter()))
                    + " in " + result.durationMillis() + " ms; no migration ran.");
        }
    }
}
