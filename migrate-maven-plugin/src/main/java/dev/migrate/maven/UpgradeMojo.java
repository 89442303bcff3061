package dev.migrate.maven;

import dev.migrate.api.Migrator;
import dev.migrate.report.UpgradeResult;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies pending revisions, each in its own transaction, up to a target.
 *
 * @since 0.1.0
 */
@Mojo(name = "upgrade", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class UpgradeMojo extends AbstractMigrateMojo {

    /**
     * Where to stop: {@code head} (the default), {@code heads}, a revision id or unique prefix, or {@code +N}.
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
    protected void run(Migrator migrator) {
        UpgradeResult result = migrator.upgrade(target);
        if (!result.nothingToDo()) {
            getLog().info("Upgraded to " + String.join(", ", result.headsAfter()) + ": " + result.migrations().size()
                    + " revision(s) in " + result.durationMillis() + " ms.");
        }
    }
}
