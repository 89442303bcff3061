package dev.migrate.cli;

import dev.migrate.api.CheckRequest;
import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;
import dev.migrate.report.CheckReport;
import dev.migrate.report.CheckResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

@Command(name = "check", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Run the checks a release waits for, and exit with 3 when one fails: graph, checksums, model "
                + "(migrations vs schema files), round trips of every revision, drift of the database, pending "
                + "revisions, lint. Changes nothing but shadow databases, which it drops."})
final class CheckCommand extends CliCommand {

    @Option(names = "--checks", paramLabel = "<checks>", split = ",", description = "The checks to run, "
            + "comma-separated: graph, checksums, model, roundtrip, drift, pending, lint; default: all (each skips "
            + "itself, saying why, when it cannot apply).")
    List<String> checks;

    @Option(names = "--allow-multiple-heads", description = "Let the graph check pass with several heads.")
    boolean allowMultipleHeads;

    @Option(names = "--fail-on-pending", description = "Fail the pending check when revisions are pending.")
    boolean failOnPending;

    @Option(names = "--lint-since", paramLabel = "<revision>", description = "Lint the revisions after this one "
            + "instead of the ones pending in the database.")
    String lintSince;

    @Option(names = "--fail-on-lint", paramLabel = "<level>", defaultValue = "none", description = "Which lint "
            + "findings fail: none (default; they are warnings), error (data loss) or warning (every finding).")
    String failOnLint;

    @Mixin
    ShadowOptions shadow;

    @Option(names = "--json", description = "Print the report as JSON (the plugin's check.json).")
    boolean json;

    @Option(names = "--junit-xml", paramLabel = "<file>", description = "Also write the report as JUnit XML (one test "
            + "case per check), for CI servers.")
    String junitXml;

    @Override
    String name() {
        return "check";
    }

    @Override
    public Integer call() {
        CheckReport report = migrator(shadow.settings(), true, !json).check(new CheckRequest(
                checks == null ? null : new LinkedHashSet<>(checks), allowMultipleHeads, failOnPending, lintSince,
                lintLevel()));
        if (json) {
            printJson(report.toJson());
        } else {
            print(report.toText());
        }
        if (junitXml != null) {
            write(junitXml, "--junit-xml", report.toJUnitXml());
        }
        if (!report.passed()) {
            note("migrate check failed: " + String.join("; ", report.failures().stream()
                    .map(result -> result.name() + " (" + result.summary() + ")").toList()));
            return ExitCode.GATE;
        }
        return ExitCode.OK;
    }

    private CheckRequest.LintLevel lintLevel() {
        try {
            return CheckRequest.LintLevel.valueOf(failOnLint.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "--fail-on-lint " + failOnLint + " is not known; use "
                    + "none, error or warning");
        }
    }
}
