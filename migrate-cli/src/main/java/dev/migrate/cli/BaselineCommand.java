package dev.migrate.cli;

import dev.migrate.api.GeneratedRevision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.EnumMap;
import java.util.Map;

@Command(name = "baseline", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Adopt a database that predates migrations: write a baseline revision that creates its "
                + "schema from nothing (checked on a shadow database) and stamp the database at it, running none of "
                + "its SQL there. The migrations must have no revision yet; the next `revision --autogenerate` "
                + "starts from the baseline."})
final class BaselineCommand extends CliCommand {

    @Option(names = {"-m", "--message"}, paramLabel = "<message>", defaultValue = "Baseline",
            description = "The revision's message; default Baseline.")
    String message;

    @Option(names = "--rev-id", paramLabel = "<id>", description = "The revision id instead of a random one.")
    String revisionId;

    @Option(names = "--shadow-url", paramLabel = "<url>", description = "An existing, empty database to use as the "
            + "shadow (emptied again afterwards), instead of a temporary one.")
    String shadowUrl;

    @Override
    String name() {
        return "baseline";
    }

    @Override
    public Integer call() {
        Map<Setting, String> own = new EnumMap<>(Setting.class);
        own.put(Setting.SHADOW_URL, shadowUrl);
        GeneratedRevision baseline = migrator(own, true, true).baseline(message, revisionId);
        out().println(baseline.file());
        out().flush();
        return ExitCode.OK;
    }
}
