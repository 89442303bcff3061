package dev.migrate.cli;

import dev.migrate.report.RepairResult;
import picocli.CommandLine.Command;

@Command(name = "repair", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Accept the current checksums of applied revisions whose files changed, and clear failed "
                + "states, each journalled with who and when. Runs no revision's SQL: undo or complete by hand "
                + "whatever a failed revision left first."})
final class RepairCommand extends CliCommand {

    @Override
    String name() {
        return "repair";
    }

    @Override
    public Integer call() {
        RepairResult result = migrator(true, true).repair();
        if (!result.nothingToDo()) {
            out().println("Repaired " + result.actions().size() + " revision(s) in " + result.durationMillis()
                    + " ms.");
            out().flush();
        }
        return ExitCode.OK;
    }
}
