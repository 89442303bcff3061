package dev.migrate.cli;

import dev.migrate.api.FleetRequest;
import dev.migrate.report.FleetStatusReport;
import dev.migrate.report.IntegrityProblem;
import dev.migrate.report.RevisionSummary;
import dev.migrate.report.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.Optional;

@Command(name = "status", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Show where the database stands: current revisions, heads, pending revisions, and problems "
                + "(revisions in a failed state, applied files that changed). Exits with 3 on problems, and with "
                + "--fail-on-pending when anything is pending."})
final class StatusCommand extends CliCommand {

    @Option(names = "--json", description = "Print the report as JSON (the plugin's status.json).")
    boolean json;

    @Option(names = "--fail-on-pending", description = "Exit with 3 when any revision is pending: a release gate.")
    boolean failOnPending;

    @Mixin
    FleetOptions fleetOptions;

    @Override
    String name() {
        return "status";
    }

    @Override
    public Integer call() {
        Optional<FleetRequest> fleet = fleetOptions.request(this);
        if (fleet.isPresent()) {
            return fleetStatus(fleetOptions.migrator(this, Map.of()).fleetStatus(fleet.get()));
        }
        StatusReport report = migrator(true, false).status();
        if (json) {
            printJson(report.toJson());
        } else {
            print(report.toText());
        }
        if (!report.isHealthy()) {
            note(report.problems().size() + " problem(s) stop upgrade and downgrade."
                    + (report.problems().stream().anyMatch(p -> p.kind() == IntegrityProblem.Kind.CHECKSUM)
                    ? " Put edited files back as they were, or accept harmless edits with `migrate repair`." : ""));
            return ExitCode.GATE;
        }
        if (failOnPending && !report.isUpToDate()) {
            note(report.pending().size() + " revision(s) pending: " + String.join(", ",
                    report.pending().stream().map(RevisionSummary::revision).toList())
                    + "; run `migrate upgrade` (--fail-on-pending).");
            return ExitCode.GATE;
        }
        return ExitCode.OK;
    }

    /** The histogram; exits with 3 when a target cannot be read or has problems, or with --fail-on-pending. */
    private int fleetStatus(FleetStatusReport report) {
        if (json) {
            printJson(report.toJson());
        } else {
            print(report.toText());
        }
        long broken = report.targets().stream().filter(t -> t.error() != null || !t.problems().isEmpty()).count();
        if (broken > 0) {
            note(broken + " fleet target(s) cannot be read or have problems that stop upgrade.");
            return ExitCode.GATE;
        }
        if (failOnPending && !report.isUpToDate()) {
            note("Fleet targets have pending revisions; run `migrate upgrade` over the fleet (--fail-on-pending).");
            return ExitCode.GATE;
        }
        return ExitCode.OK;
    }
}
