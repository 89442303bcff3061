package dev.migrate.maven;

import dev.migrate.api.Migrator;
import dev.migrate.report.HeadsReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists the heads of the migrations directory (the revisions nothing revises), like {@code alembic heads}. Reads no
 * database. Writes {@code heads.json}. With {@code failOnMultipleHeads}, a build gate that catches two unmerged
 * branches before deployment does.
 *
 * @since 0.1.0
 */
@Mojo(name = "heads", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
public class HeadsMojo extends AbstractMigrateMojo {

    /**
     * Adds each head's header fields and file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    private boolean verbose;

    /**
     * Fails the build when the migrations have more than one head (branches nobody has merged yet).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.failOnMultipleHeads", defaultValue = "false")
    private boolean failOnMultipleHeads;

    @Override
    protected String goal() {
        return "heads";
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        HeadsReport report = migrator.heads();
        report.toText(verbose).forEach(getLog()::info);
        writeReport("heads.json", report.toJson());
        if (failOnMultipleHeads && report.hasMultipleHeads()) {
            throw new MojoFailureException("the migrations have " + report.heads().size() + " heads ("
                    + String.join(", ", report.heads().stream().map(head -> head.id() + " in "
                    + head.revision().location()).toList()) + "); run migrate:merge to join them "
                    + "(migrate.failOnMultipleHeads=true)");
        }
    }
}
