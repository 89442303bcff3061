package dev.migrate.cli;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.report.MigrationResult;
import dev.migrate.report.OfflineSql;
import picocli.CommandLine.Option;

import java.util.EnumMap;
import java.util.Map;

/** What upgrade and downgrade share: transactions, resuming, the data-loss gate and offline SQL ({@code --sql}). */
abstract class ApplyCommand extends CliCommand {

    @Option(names = "--sql", description = "Print the SQL instead of running it (Alembic's offline mode); changes "
            + "nothing.")
    boolean sql;

    @Option(names = "--from", paramLabel = "<revision>", description = "With --sql: where the database is (base, "
            + "a revision, a label, or several, comma-separated), so no database is read; needs --dialect without "
            + "--url.")
    String from;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "With --sql: write the script to this "
            + "file instead of standard output.")
    String output;

    @Option(names = "--transaction-mode", paramLabel = "<mode>", description = "per-migration (default): one "
            + "transaction per revision; all: one for the whole run (needs transactional DDL).")
    String transactionMode;

    @Option(names = "--resume", paramLabel = "<mode>", description = "Continue a revision that failed part-way: true "
            + "(after its completed statements), rerun or skip (the statement in doubt); default false.")
    String resume;

    @Option(names = "--allow-destructive", negatable = true, description = "Whether sections that lose data "
            + "(dropped tables or columns, narrowed types, deleted rows) may run; default true. "
            + "--no-allow-destructive refuses them, listed with file and line, before anything changes.")
    Boolean allowDestructive;

    @Option(names = "--validate-checksums", negatable = true, description = "Whether to stop when an applied "
            + "revision's file changed; default true (accept intended edits with `migrate repair`).")
    Boolean validateChecksums;

    /** Runs the command over a fleet when one is configured, with the command's {@code own} settings; else null. */
    Integer fleet(Map<Setting, String> own) {
        return null;
    }

    /** Runs the command for real. */
    abstract MigrationResult apply(Migrator migrator);

    /** The SQL the command would run, starting at {@code from} (null: where the database is). */
    abstract OfflineSql script(Migrator migrator, String from);

    /** {@code Upgraded}, {@code Downgraded}. */
    abstract String done();

    @Override
    public Integer call() {
        if (!sql && (from != null || output != null)) {
            throw new MigrateException(ErrorKind.CONFIGURATION, (from != null ? "--from" : "--output")
                    + " only applies to offline SQL; add --sql to print the script instead of running migrate "
                    + name() + ". Nothing was changed.");
        }
        Map<Setting, String> own = new EnumMap<>(Setting.class);
        own.put(Setting.TRANSACTION_MODE, transactionMode);
        own.put(Setting.RESUME, resume);
        own.put(Setting.ALLOW_DESTRUCTIVE, allowDestructive == null ? null : allowDestructive.toString());
        own.put(Setting.VALIDATE_CHECKSUMS, validateChecksums == null ? null : validateChecksums.toString());
        Integer fleet = fleet(own);
        if (fleet != null) {
            return fleet;
        }
        Configuration configuration = configuration(own);
        boolean offline = sql && from != null && configuration.connection().isEmpty();
        if (offline && configuration.get(Setting.DIALECT).isEmpty()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "--sql --from without a database needs --dialect "
                    + "(postgresql or h2): the script is written in that database's SQL");
        }
        Migrator migrator = migrator(configuration, !offline, !sql);
        if (sql) {
            writeScript(script(migrator, from));
            return ExitCode.OK;
        }
        MigrationResult result = apply(migrator);
        if (!result.nothingToDo()) {
            out().println(done() + " to " + (result.headsAfter().isEmpty() ? "base"
                    : String.join(", ", result.headsAfter())) + ": " + result.migrations().size()
                    + " revision(s) in " + result.durationMillis() + " ms.");
            out().flush();
        }
        return ExitCode.OK;
    }

    private void writeScript(OfflineSql script) {
        String from = script.headsBefore().isEmpty() ? "base" : String.join(", ", script.headsBefore());
        String to = script.headsAfter().isEmpty() ? "base" : String.join(", ", script.headsAfter());
        if (output == null) {
            out().print(script.sql());
            out().flush();
        } else {
            write(output, "--output", script.sql());
        }
        String where = output == null ? "" : " to " + output;
        if (script.isEmpty()) {
            note("Nothing to " + script.direction() + ": the start (" + from + ") is already at " + script.target()
                    + "; the script" + where + " is empty.");
        } else {
            note("Wrote the " + script.direction() + " from " + from + " to " + to + " (" + script.revisions().size()
                    + " revision(s)) as SQL" + where + "; the database was not changed.");
        }
    }
}
