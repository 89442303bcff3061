package dev.migrate.cli;

import dev.migrate.report.HistoryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Draw the revisions, newest first, as a graph: what each revises, its message and date, and "
                + "whether the database has it applied."})
final class HistoryCommand extends CliCommand {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "<lower>:<upper>", description = "Only this range, both ends "
            + "included: base:head, -3:current, current:heads, <rev1>:<rev2>; an empty end means base or heads.")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Add each revision's dependencies and file.")
    boolean verbose;

    @Option(names = "--json", description = "Print the report as JSON (the plugin's history.json).")
    boolean json;

    @Override
    String name() {
        return "history";
    }

    @Override
    public Integer call() {
        HistoryReport report = migrator(true, !json).history(range);
        if (json) {
            printJson(report.toJson());
        } else {
            print(report.toText(verbose));
        }
        return ExitCode.OK;
    }
}
