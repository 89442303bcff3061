package dev.migrate.maven;

import dev.migrate.api.GenerateRequest;
import dev.migrate.api.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a new, empty revision file on top of the current head of the migrations directory, like
 * {@code alembic revision -m "..."}. Needs no database.
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

    @Override
    protected String goal() {
        return "generate";
    }

    @Override
    protected boolean announcesDatabase() {
        return false;
    }

    @Override
    protected void run(Migrator migrator) {
        migrator.generate(new GenerateRequest(message, revisionId));
    }
}
