package dev.migrate.maven;

import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that write a new revision file (generate, merge) share: its message, id and branch labels. */
public abstract class AbstractNewRevisionMojo extends AbstractMigrateMojo {

    /**
     * What the revision does, e.g. {@code "Add users table"}, or for a merge what it joins: the first line of the
     * file and its name. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.message")
    protected String message;

    /**
     * The revision id to use instead of a random 12-digit hex id (Alembic's {@code --rev-id}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.revisionId")
    protected String revisionId;

    /**
     * Comma-separated branch labels for the new revision (Alembic's {@code --branch-label}); targets can then say
     * {@code <label>@head}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.branchLabel")
    protected String branchLabel;
}
