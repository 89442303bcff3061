package dev.migrate.maven;

import dev.migrate.api.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Adopts a database that predates migrations: writes a baseline revision that creates its live schema from nothing
 * (checked on a shadow database) and stamps the database at it, running none of its SQL there. The migrations must
 * have no revision yet; the next {@code migrate:generate} revises the baseline.
 *
 * @since 0.1.0
 */
@Mojo(name = "baseline", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
public class BaselineMojo extends AbstractDatabaseMojo {

    /**
     * The baseline revision's message.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.message", defaultValue = "Baseline")
    private String message;

    /**
     * The revision id to use instead of a random 12-digit hex id.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.revisionId")
    private String revisionId;

    @Override
    protected String goal() {
        return "baseline";
    }

    @Override
    protected void run(Migrator migrator) {
        migrator.baseline(message, revisionId);
    }
}
