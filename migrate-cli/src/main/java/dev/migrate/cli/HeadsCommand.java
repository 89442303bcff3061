package dev.migrate.cli;

import dev.migrate.report.HeadsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "heads", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"List the heads of the migrations (the revisions nothing revises). Reads no database."})
final class HeadsCommand extends CliCommand {

    @Option(names = {"-v", "--verbose"}, description = "Add each head's header fields and file.")
    boolean verbose;

    @Option(names = "--json", description = "Print the report as JSON (the plugin's heads.json).")
    boolean json;

    @Option(names = "--fail-on-multiple-heads", description = "Exit with 3 when there is more than one head "
            + "(branches nobody has merged yet).")
    boolean failOnMultipleHeads;

    @Override
    String name() {
        return "heads";
    }

    @Override
    public Integer call() {
        HeadsReport report = migrator(false, false).heads();
        if (json) {
            printJson(report.toJson());
        } else {
            print(report.toText(verbose));
        }
        if (failOnMultipleHeads && report.hasMultipleHeads()) {
            note("The migrations have " + report.heads().size() + " heads; join them with `migrate merge -m "
                    + "<message>` (--fail-on-multiple-heads).");
            return ExitCode.GATE;
        }
        return ExitCode.OK;
    }
}
