package dev.migrate.maven;

import dev.migrate.api.MergeRequest;
import dev.migrate.api.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/**
 * Writes a merge revision that joins the heads (or the revisions named), like {@code alembic merge}: its
 * {@code Revises} lists them and its upgrade and downgrade sections are empty. Reads no database.
 *
 * @since 0.1.0
 */
@Mojo(name = "merge", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
public class MergeMojo extends AbstractMigrateMojo {

    /**
     * What the merge joins, e.g. {@code "Merge billing and accounts"}: the first line of the file and its name.
     * Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.message")
    private String message;

    /**
     * The merge revision's id instead of a random 12-digit hex id (Alembic's {@code --rev-id}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.revisionId")
    private String revisionId;

    /**
     * Branch labels for the merge revision, a list or comma-separated; targets can then say {@code <label>@head}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.branchLabel")
    private List<String> branchLabel;

    /**
     * The revisions to merge: {@code heads} (every head, the default) or a list (or comma-separated) of revision ids,
     * unique prefixes, branch labels or {@code <label>@head}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.revisions", defaultValue = "heads")
    private List<String> revisions;

    @Override
    protected String goal() {
        return "merge";
    }

    @Override
    protected void run(Migrator migrator) {
        migrator.merge(new MergeRequest(message, items(revisions), revisionId, items(branchLabel)));
    }
}
