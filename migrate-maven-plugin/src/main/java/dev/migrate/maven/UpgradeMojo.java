package dev.migrate.maven;

import dev.migrate.api.FleetRequest;
import dev.migrate.api.Migrator;
import dev.migrate.report.OfflineSql;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies pending revisions, each in its own transaction, up to a target. Holds the migration lock for the whole run,
 * and refuses to start while a revision is in a failed state or an applied revision's file has changed. With
 * {@code migrate.sql} it writes the SQL instead, and changes nothing.
 *
 * @since 0.1.0
 */
@Mojo(name = "upgrade", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
public class UpgradeMojo extends AbstractApplyMojo {

    /**
     * Where to stop: {@code head} (the default), {@code heads} (every branch), a revision id or unique prefix, a
     * branch label, {@code <label>@head}, {@code <label>@+N}, {@code +N} or {@code <rev>+N}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.target", defaultValue = "head")
    private String target;

    @Override
    protected String goal() {
        return "upgrade";
    }

    @Override
    protected boolean runsOverFleets() {
        return true;
    }

    @Override
    protected void apply(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        FleetRequest fleet = fleet();
        if (fleet != null) {
            reportFleet(migrator.fleetUpgrade(fleet, target));
            return;
        }
        logOutcome("Upgraded", migrator.upgrade(target));
    }

    @Override
    protected OfflineSql script(Migrator migrator, String from) {
        return migrator.upgradeSql(target, from);
    }
}
