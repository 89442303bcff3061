package dev.migrate.cli;

import dev.migrate.report.RepairResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "repair", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Accept the current checksums of applied revisions whose files changed, and clear failed "
                + "states, each journalled with who and when. Runs no revision's SQL: undo or complete by hand "
                + "whatever a failed revision left first. An edit that changed what an applied revision runs "
                + "(not only layout or comments) is shown and refused without --reason."})
final class RepairCommand extends CliCommand {

    @Option(names = "--reason", paramLabel = "<why>", description = "Why an edit that changed an applied revision's "
            + "statements is accepted (the database was changed by hand to match, say); journalled with who and "
            + "when.")
    String reason;

    @Override
    String name() {
        return "repair";
    }

    @Override
    public Integer call() {
        RepairResult result = migrator(true, true).repair(reason);
        if (!result.nothingToDo()) {
            out().println("Repaired " + result.actions().size() + " revision(s) in " + result.durationMillis()
                    + " ms.");
            out().flush();
        }
        return ExitCode.OK;
    }
}
