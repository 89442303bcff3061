package dev.migrate.cli;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.FleetRequest;
import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.report.FleetReport;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * The options that run {@code upgrade} and {@code status} over a fleet of schemas or databases (the Maven plugin's
 * {@code migrate.targets}, {@code migrate.targetSchemas}, ...). See the README's "Fleets".
 */
final class FleetOptions {

    @Option(names = "--targets", paramLabel = "<urls>", description = "Run over a fleet: comma-separated URLs (each "
            + "with its credentials, or none and --user/--password for all) or schema names.")
    String targets;

    @Option(names = "--target-schemas", paramLabel = "<pattern>", description = "Run over every schema of the "
            + "database whose name matches this SQL LIKE pattern (tenant_%); on MariaDB, every matching database.")
    String targetSchemas;

    @Option(names = "--targets-query", paramLabel = "<sql>", description = "Run over the schema names or URLs in the "
            + "first column of this query on the database.")
    String targetsQuery;

    @Option(names = "--targets-file", paramLabel = "<file>", description = "Run over the targets in this file: one "
            + "URL or schema name per line, # comments.")
    String targetsFile;

    @Option(names = "--parallelism", paramLabel = "<n>", description = "Fleet targets at once; default cores x 2 "
            + "within --max-connections.")
    Integer parallelism;

    @Option(names = "--max-connections", paramLabel = "<n>", description = "The most connections a fleet run opens "
            + "(2 per running target); default 40.")
    Integer maxConnections;

    @Option(names = "--canary", paramLabel = "<n>", description = "Upgrade this many fleet targets first; stop if "
            + "any fails.")
    Integer canary;

    @Option(names = "--max-failures", paramLabel = "<n|p%>", description = "Fleet targets that may fail before no "
            + "new one starts (a count or a percentage); default 0. Running targets finish or roll back.")
    String maxFailures;

    @Option(names = "--shard", paramLabel = "<i/n>", description = "This runner's stable slice of the fleet: "
            + "runners 1/n to n/n cover it exactly once.")
    String shard;

    @Option(names = "--fleet-report", paramLabel = "<dir>", description = "Write fleet.json and "
            + "TEST-migrate-fleet.xml (JUnit, a test case per target) into this directory.")
    String report;

    /** The fleet the options give, or empty when none is. */
    Optional<FleetRequest> request(CliCommand command) {
        Path file = targetsFile == null ? null : command.path(targetsFile);
        if (!FleetRequest.isFleet(targets, targetSchemas, targetsQuery, file)) {
            if (parallelism != null || maxConnections != null || canary != null || maxFailures != null
                    || shard != null || report != null) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "--parallelism, --max-connections, --canary, "
                        + "--max-failures, --shard and --fleet-report apply to a fleet; add --targets, "
                        + "--target-schemas, --targets-query or --targets-file");
            }
            return Optional.empty();
        }
        return Optional.of(new FleetRequest(targets, targetSchemas, targetsQuery, file,
                parallelism == null ? 0 : parallelism, maxConnections == null ? 0 : maxConnections,
                canary == null ? 0 : canary, maxFailures, shard));
    }

    /**
     * A fleet of URLs needs no configured database: the first URL of {@code --targets} or {@code --targets-file}
     * stands in for it (the files are read for its dialect). Empty for fleets of schemas.
     */
    Optional<String> firstUrl(CliCommand command) {
        String text = targets;
        if (text == null && targetsFile != null) {
            try {
                text = String.join(",", Files.readAllLines(command.path(targetsFile), StandardCharsets.UTF_8).stream()
                        .map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty()).toList());
            } catch (IOException e) {
                return Optional.empty(); // the fleet reports the unreadable file
            }
        }
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(text.split(",")).map(String::strip)
                .filter(entry -> entry.toLowerCase(Locale.ROOT).startsWith("jdbc:") || entry.contains("://"))
                .findFirst();
    }

    /** The migrator a fleet runs with: the configured database, or for a fleet of URLs, its first URL. */
    Migrator migrator(CliCommand command, Map<Setting, String> own) {
        Configuration configuration = command.configuration(own);
        Optional<String> first = firstUrl(command);
        if (configuration.connection().isEmpty() && first.isPresent()) {
            Map<Setting, String> withUrl = new EnumMap<>(Setting.class);
            own.forEach((setting, value) -> {
                if (value != null) {
                    withUrl.put(setting, value);
                }
            });
            withUrl.put(Setting.URL, first.get());
            configuration = command.configuration(withUrl);
        }
        return command.migrator(configuration, true, false);
    }

    /** Prints the summary, writes the reports when asked; 0 when every target succeeded, else 1. */
    int report(CliCommand command, FleetReport report) {
        command.print(report.toText());
        if (this.report != null) {
            command.write(Path.of(this.report).resolve("fleet.json").toString(), "--fleet-report", report.toJson());
            command.write(Path.of(this.report).resolve("TEST-migrate-fleet.xml").toString(), "--fleet-report",
                    report.toJUnitXml());
        }
        if (!report.passed()) {
            command.note("migrate " + command.name() + " failed on " + report.failures().size() + " of "
                    + report.results().size() + " fleet target(s)" + (report.stoppedBecause() == null ? ""
                    : "; stopped: " + report.stoppedBecause()) + ". Fix them and run again: targets already done "
                    + "are skipped.");
            return ExitCode.FAILURE;
        }
        return ExitCode.OK;
    }
}
