package dev.migrate.cli;

import dev.migrate.report.StampResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Record the database as being at a target without running any SQL, and journal it: to adopt "
                + "a database whose schema already exists, or after repairing one by hand."})
final class StampCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "<target>", description = "A revision id or unique prefix, head, heads, "
            + "a branch label, <label>@head, +N/-N, or base (nothing applied).")
    String target;

    @Option(names = "--purge", description = "Remove every version row first, including rows the migrations do not "
            + "know.")
    boolean purge;

    @Override
    String name() {
        return "stamp";
    }

    @Override
    public Integer call() {
        StampResult result = migrator(true, true).stamp(target, purge);
        if (!result.nothingToDo()) {
            out().println("Stamped: " + (result.headsAfter().isEmpty() ? "base"
                    : String.join(", ", result.headsAfter())) + " in " + result.durationMillis()
                    + " ms; no migration ran.");
            out().flush();
        }
        return ExitCode.OK;
    }
}
