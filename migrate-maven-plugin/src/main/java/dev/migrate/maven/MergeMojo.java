package dev.migrate.maven;

import dev.migrate.api.MergeRequest;
import dev.migrate.api.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes a merge revision that joins the heads (or the revisions named), like {@code alembic merge}: its
 * {@code Revises} lists them and its upgrade and downgrade sections are empty. Reads no database.
 *
 * @since 0.1.0
 */
@Mojo(name = "merge", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = MaskingConfigurator.HINT)
public class MergeMojo extends AbstractNewRevisionMojo {

    /**
     * The revisions to merge: {@code heads} (every head, the default) or a comma-separated list of revision ids,
     * unique prefixes, branch labels or {@code <label>@head}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.revisions", defaultValue = "heads")
    private String revisions;

    @Override
    protected String goal() {
        return "merge";
    }

    @Override
    protected boolean announcesDatabase() {
        return false;
    }

    @Override
    protected void run(Migrator migrator) {
        migrator.merge(new MergeRequest(message, commaSeparated(revisions), revisionId, commaSeparated(branchLabel)));
    }
}
