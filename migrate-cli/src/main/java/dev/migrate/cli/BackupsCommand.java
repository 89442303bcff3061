package dev.migrate.cli;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.report.BackupsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Command(name = "backups", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"List the backups --backup made before runs that could lose data (table copies in schema "
                + "migrate_backup, dump files), each with how to restore it; --prune removes old ones."})
final class BackupsCommand extends CliCommand {

    private static final Pattern AGE = Pattern.compile("(\\d+)\\s*([smhdw]?)");

    @Option(names = "--prune", description = "Remove backups: those older than --older-than, then all but the newest "
            + "--keep (give one or both). Table copies are dropped, dump files deleted.")
    boolean prune;

    @Option(names = "--keep", paramLabel = "<n>", description = "With --prune: keep the newest n backups.")
    Integer keep;

    @Option(names = "--older-than", paramLabel = "<age>", description = "With --prune: remove backups older than "
            + "this: 30d, 12h, 90m, 2w (a bare number counts days).")
    String olderThan;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    String name() {
        return "backups";
    }

    @Override
    public Integer call() {
        if (!prune && (keep != null || olderThan != null)) {
            throw new MigrateException(ErrorKind.CONFIGURATION, (keep != null ? "--keep" : "--older-than")
                    + " only applies with --prune; nothing was removed");
        }
        if (prune && keep == null && olderThan == null) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "--prune needs --keep <n>, --older-than <age> or "
                    + "both: say which backups to remove; nothing was removed");
        }
        Migrator migrator = migrator(true, !json);
        BackupsReport report = prune ? migrator.pruneBackups(keep, age(olderThan)) : migrator.backups();
        if (json) {
            printJson(report.toJson());
        } else {
            print(report.toText());
        }
        return ExitCode.OK;
    }

    static Duration age(String given) {
        if (given == null) {
            return null;
        }
        Matcher m = AGE.matcher(given.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "--older-than " + given + " is not an age; give a "
                    + "number with s, m, h, d or w (30d, 12h); a bare number counts days");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "w" -> Duration.ofDays(7 * n);
            default -> Duration.ofDays(n);
        };
    }
}
