package dev.migrate.maven;

import dev.migrate.api.GenerateRequest;
import dev.migrate.api.GeneratedRevision;
import dev.migrate.api.Migrator;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Locale;

/**
 * Writes a new revision file on top of the current head of the migrations directory, like
 * {@code alembic revision -m "..."}; with {@code autogenerate}, filled with the upgrade and downgrade that turn the
 * migrations' schema into the schema files' (like {@code alembic revision --autogenerate}).
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", threadSafe = true)
public class GenerateMojo extends AbstractMigrateMojo {

    /**
     * What the revision does, e.g. {@code "Add users table"}: the first line of the file and its name. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.message")
    private String message;

    /**
     * The revision id to use instead of a random 12-digit hex id (Alembic's {@code --rev-id}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.revisionId")
    private String revisionId;

    /**
     * Fills the revision with the difference between the schema the migrations produce and the schema files,
     * computed on a shadow database; the file is then replayed there to check it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.autogenerate", defaultValue = "false")
    private boolean autogenerate;

    /**
     * With autogenerate: {@code migrations} (a shadow database with every revision replayed; touches nothing live)
     * or {@code database} (the configured database, which must be up to date, as Alembic does).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.compareWith", defaultValue = "migrations")
    private String compareWith;

    /**
     * With autogenerate: write a file even when nothing differs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.allowEmpty", defaultValue = "false")
    private boolean allowEmpty;

    @Override
    protected String goal() {
        return "generate";
    }

    @Override
    protected boolean announcesDatabase() {
        return autogenerate;
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException {
        GeneratedRevision revision = migrator.generate(new GenerateRequest(message, revisionId, autogenerate,
                compareWith(), allowEmpty));
        if (!revision.verified()) {
            getLog().warn("The generated file did not pass its check on the shadow database; it is marked. "
                    + "Review and fix it before running migrate:upgrade.");
        }
    }

    private GenerateRequest.CompareWith compareWith() throws MojoFailureException {
        try {
            return GenerateRequest.CompareWith.valueOf(compareWith.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("migrate.compareWith = '" + compareWith
                    + "' is not known; use migrations or database");
        }
    }
}
