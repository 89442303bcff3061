package dev.migrate.maven;

import dev.migrate.api.CheckRequest;
import dev.migrate.api.Migrator;
import dev.migrate.report.CheckReport;
import dev.migrate.report.CheckResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Runs the checks a build runs before it may release, and fails the build on any failure: the graph, the model
 * (migrations vs schema files), round trips of every revision, drift of the database, pending revisions, and lint of
 * pending (or new) revisions. Writes {@code check.json} and {@code TEST-migrate-check.xml} (JUnit XML, one test case
 * per check) so CI servers show it like tests.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
public class CheckMojo extends AbstractDatabaseMojo {

    /**
     * The checks to run, as a list or comma-separated: {@code graph}, {@code checksums}, {@code model}, {@code roundtrip},
     * {@code drift}, {@code pending}, {@code lint}. Default: all of them (each skips itself, saying why, when it
     * cannot apply).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.checks")
    private List<String> checks;

    /**
     * Lets the graph check pass with several heads.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.allowMultipleHeads", defaultValue = "false")
    private boolean allowMultipleHeads;

    /**
     * Fails the pending check when the database has revisions to apply.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.failOnPending", defaultValue = "false")
    private boolean failOnPending;

    /**
     * Release mode: pending revisions fail the build (as {@code failOnPending}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.release", defaultValue = "false")
    private boolean release;

    /**
     * Lints the revisions after this one (id, prefix or label) instead of the revisions pending in the database.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.lintSince")
    private String lintSince;

    /**
     * Which lint findings fail the build: {@code none} (findings are warnings), {@code error} (data loss) or
     * {@code warning} (every finding).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.failOnLint", defaultValue = "none")
    private CheckRequest.LintLevel failOnLint;

    @Override
    protected String goal() {
        return "check";
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        CheckReport report = migrator.check(new CheckRequest(new LinkedHashSet<>(items(checks)), allowMultipleHeads,
                failOnPending || release, lintSince, failOnLint));
        for (String line : report.toText()) {
            getLog().info(line);
        }
        writeReport("check.json", report.toJson());
        writeReport("TEST-migrate-check.xml", report.toJUnitXml());
        if (!report.passed()) {
            throw new MojoFailureException("migrate:check failed: " + String.join("; ", report.failures().stream()
                    .map(CheckResult::name).map(n -> n + " (" + summary(report, n) + ")").toList()));
        }
    }

    private static String summary(CheckReport report, String name) {
        return report.results().stream().filter(r -> r.name().equals(name)).findFirst().map(CheckResult::summary)
                .orElse("");
    }

}
