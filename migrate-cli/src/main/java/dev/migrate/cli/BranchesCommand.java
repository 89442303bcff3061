package dev.migrate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "branches", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"List the branch points of the migrations and the revisions that start each branch. Reads "
                + "no database."})
final class BranchesCommand extends CliCommand {

    @Option(names = {"-v", "--verbose"}, description = "Add each revision's file.")
    boolean verbose;

    @Override
    String name() {
        return "branches";
    }

    @Override
    public Integer call() {
        print(migrator(false, false).branches().toText(verbose));
        return ExitCode.OK;
    }
}
