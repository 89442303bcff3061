package dev.migrate.maven;

import dev.migrate.api.Migrator;
import dev.migrate.report.OfflineSql;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs downgrade sections down to a target. Refuses before touching the database when a revision on the way has no
 * downgrade section. With {@code migrate.sql} it writes the SQL instead, and changes nothing.
 *
 * @since 0.1.0
 */
@Mojo(name = "downgrade", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
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
    protected void apply(Migrator migrator) {
        logOutcome("Downgraded", migrator.downgrade(target));
    }

    @Override
    protected OfflineSql script(Migrator migrator, String from) {
        return migrator.downgradeSql(target, from);
    }
}
