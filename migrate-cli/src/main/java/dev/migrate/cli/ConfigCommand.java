package dev.migrate.cli;

import picocli.CommandLine.Command;

import java.util.Map;

@Command(name = "config", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Print each setting that has a value and where it came from (an option, the environment, "
                + "migrate.properties and its line), passwords masked. Reads no database."})
final class ConfigCommand extends CliCommand {

    @Override
    String name() {
        return "config";
    }

    @Override
    public Integer call() {
        print(configuration(Map.of()).describe());
        return ExitCode.OK;
    }
}
