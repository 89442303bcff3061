package dev.migrate.maven;

import dev.migrate.api.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs downgrade sections down to a target. Refuses before touching the database when a revision on the way has no
 * downgrade section.
 *
 * @since 0.1.0
 */
@Mojo(name = "downgrade", threadSafe = true)
public class DowngradeMojo extends AbstractApplyMojo {

    /**
     * Where to stop: {@code -1} (the default), {@code -N}, {@code <rev>-N}, a revision id or unique prefix (that
     * revision stays applied), {@code <label>@-N} (one branch), {@code <label>@base} (remove a branch), or
     * {@code base} (undo everything).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.target", defaultValue = "-1")
    private String target;

    @Override
    protected String goal() {
        return "downgrade";
    }

    @Override
    protected void run(Migrator migrator) {
        logOutcome("Downgraded", migrator.downgrade(target));
    }
}
