package dev.migrate.maven;

import dev.migrate.api.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Shows one revision, like {@code alembic show}: its header, the revisions it revises and that revise it, its file,
 * whether the database has it applied, and the SQL of its upgrade and downgrade sections.
 *
 * @since 0.1.0
 */
@Mojo(name = "show", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
public class ShowMojo extends AbstractDatabaseMojo {

    /**
     * The revision: an id or unique prefix, a branch label, {@code <label>@head}, {@code head} or {@code current}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.revision", defaultValue = "head")
    private String revision;

    @Override
    protected String goal() {
        return "show";
    }

    @Override
    protected void run(Migrator migrator) {
        migrator.show(revision).toText().forEach(getLog()::info);
    }
}
