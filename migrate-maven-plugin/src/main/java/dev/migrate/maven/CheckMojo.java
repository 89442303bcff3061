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

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the checks a build runs before it may release, and fails the build on any failure: the graph, the model
 * (migrations vs schema files), round trips of every revision, drift of the database, pending revisions, and lint of
 * pending (or new) revisions. Writes {@code check.json} and {@code TEST-migrate-check.xml} (JUnit XML, one test case
 * per check) so CI servers show it like tests.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = MaskingConfigurator.HINT)
public class CheckMojo extends AbstractMigrateMojo {

    /**
     * The checks to run, comma-separated: {@code graph}, {@code checksums}, {@code model}, {@code roundtrip},
     * {@code drift}, {@code pending}, {@code lint}. Default: all of them (each skips itself, saying why, when it
     * cannot apply).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.checks")
    private String checks;

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
    private String failOnLint;

    @Override
    protected String goal() {
        return "check";
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        CheckReport report = migrator.check(new CheckRequest(names(), allowMultipleHeads, failOnPending || release,
                lintSince, lintLevel()));
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

    private Set<String> names() {
        return checks == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(checks.split(",")));
    }

    private CheckRequest.LintLevel lintLevel() throws MojoFailureException {
        try {
            return CheckRequest.LintLevel.valueOf(failOnLint.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("migrate.failOnLint = '" + failOnLint + "' is not known; use none, error "
                    + "or warning");
        }
    }
}
