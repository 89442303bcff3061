package dev.migrate.cli;

import dev.migrate.report.RevisionSummary;
import dev.migrate.report.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Set;
import java.util.stream.Collectors;

@Command(name = "current", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Print the revision(s) the database is at, one line each, marked (head) when nothing "
                + "follows; nothing when no revision is applied yet."})
final class CurrentCommand extends CliCommand {

    @Option(names = "--json", description = "Print the status report as JSON (what `migrate status --json` prints).")
    boolean json;

    @Override
    String name() {
        return "current";
    }

    @Override
    public Integer call() {
        StatusReport report = migrator(true, false).status();
        if (json) {
            printJson(report.toJson());
            return ExitCode.OK;
        }
        Set<String> heads = report.heads().stream().map(RevisionSummary::revision).collect(Collectors.toSet());
        for (RevisionSummary revision : report.current()) {
            out().println(revision.label() + (heads.contains(revision.revision()) ? " (head)" : ""));
        }
        out().flush();
        if (report.current().isEmpty()) {
            note("No revision is applied to " + report.database() + " yet.");
        }
        return ExitCode.OK;
    }
}
