package dev.migrate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Show one revision: its header, what it revises and what revises it, its file, whether the "
                + "database has it applied, and the SQL of its upgrade and downgrade."})
final class ShowCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", defaultValue = "head", paramLabel = "<revision>",
            description = "An id or unique prefix, a branch label, <label>@head, head (default) or current.")
    String revision;

    @Override
    String name() {
        return "show";
    }

    @Override
    public Integer call() {
        print(migrator(true, false).show(revision).toText());
        return ExitCode.OK;
    }
}
