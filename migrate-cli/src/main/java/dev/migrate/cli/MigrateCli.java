package dev.migrate.cli;

import dev.migrate.api.MigrateException;
import dev.migrate.connect.ConnectionException;
import dev.migrate.connect.Secrets;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code migrate}: the command line, with Alembic's words. Options that say where the database and the migrations
 * are belong to every command, before or after its name; each command maps its own options onto the
 * {@link dev.migrate.api.Migrator} and prints what it returns.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = MigrateCli.Version.class,
        usageHelpAutoWidth = false, sortOptions = false,
        description = {"Schema migrations for the JVM, without Maven.", "",
                "Settings come from options, then the environment (MIGRATE_URL, MIGRATE_SCHEMA, ...; DATABASE_URL for "
                        + "the connection), then migrate.properties in the working directory (or --config). "
                        + "`migrate config` shows each setting and where it came from."},
        subcommands = {UpgradeCommand.class, DowngradeCommand.class, CurrentCommand.class, StatusCommand.class,
                HistoryCommand.class, HeadsCommand.class, BranchesCommand.class, ShowCommand.class,
                StampCommand.class, BaselineCommand.class, RevisionCommand.class, MergeCommand.class,
                CheckCommand.class, RepairCommand.class, BackupsCommand.class, ConfigCommand.class,
                CommandLine.HelpCommand.class,
                AutoComplete.GenerateCompletion.class})
final class MigrateCli {

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "<file>",
            description = "The settings file; default: migrate.properties in the working directory, if any.")
    String config;

    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "<url>",
            description = "The database: a JDBC URL or postgres://user:password@host:port/db.")
    String url;

    @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "<user>", description = "The database user.")
    String user;

    @Option(names = "--password", scope = ScopeType.INHERIT, paramLabel = "<password>",
            description = "The database password; prefer MIGRATE_PASSWORD, which no process listing shows.")
    String password;

    @Option(names = "--schema", scope = ScopeType.INHERIT, paramLabel = "<schema>",
            description = "The schema of migrate's tables and the migrations' default schema.")
    String schema;

    @Option(names = "--dialect", scope = ScopeType.INHERIT, paramLabel = "<dialect>",
            description = "postgresql or h2, instead of the one the URL implies.")
    String dialect;

    @Option(names = "--migrations", scope = ScopeType.INHERIT, paramLabel = "<location>",
            description = "A directory of revision files, or classpath:<path> (with --classpath); default: "
                    + Configuration.DEFAULT_MIGRATIONS + ".")
    String migrations;

    @Option(names = "--classpath", scope = ScopeType.INHERIT, paramLabel = "<path>",
            description = "Jars and directories (separated by the system's path separator) for classpath: "
                    + "migrations, Java migrations and extra JDBC drivers, e.g. app.jar.")
    String classpath;

    @Option(names = "--lock-timeout", scope = ScopeType.INHERIT, paramLabel = "<seconds>",
            description = "How long a writing command waits for the migration lock; default 60, 0 tries once.")
    String lockTimeout;

    @Option(names = "--connect-retries", scope = ScopeType.INHERIT, paramLabel = "<n>",
            description = "More attempts to connect while the database cannot be reached (1 s, 2 s, 4 s, ... apart).")
    String connectRetries;

    @Option(names = "--connect-timeout", scope = ScopeType.INHERIT, paramLabel = "<seconds>",
            description = "How long one attempt to connect and log in may take; default 10.")
    String connectTimeout;

    @Option(names = "--statement-timeout", scope = ScopeType.INHERIT, paramLabel = "<seconds>",
            description = "How long one statement may run before the database cancels it; default: no limit.")
    String statementTimeout;

    @Option(names = "--wait-for-database", scope = ScopeType.INHERIT, paramLabel = "<duration>", arity = "0..1",
            fallbackValue = "60s", description = "Wait up to this long (60s, 2m, 90; default 60s) for a database that "
            + "cannot be reached yet, trying every second or two: for a container that starts before its database.")
    String waitForDatabase;

    final Map<String, String> environment;
    final Path workingDirectory;
    final PrintWriter out;
    final PrintWriter err;
    private final Ansi ansi;

    MigrateCli(Map<String, String> environment, Path workingDirectory, PrintWriter out, PrintWriter err, Ansi ansi) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.out = out;
        this.err = err;
        this.ansi = ansi;
    }

    /**
     * Runs {@code migrate args} and returns its exit code.
     *
     * @param ansi whether to colour: {@link Ansi#AUTO} for a terminal only
     */
    static int run(String[] args, Map<String, String> environment, Path workingDirectory, PrintWriter out,
                   PrintWriter err, Ansi ansi) {
        MigrateCli cli = new MigrateCli(environment, workingDirectory, out, err, ansi);
        CommandLine commandLine = new CommandLine(cli);
        commandLine.setOut(out).setErr(err).setColorScheme(CommandLine.Help.defaultColorScheme(ansi))
                .setUnmatchedOptionsArePositionalParams(false)
                .setExecutionExceptionHandler(cli::failed)
                .setParameterExceptionHandler(cli::misused);
        applyExitCodeList(commandLine);
        return commandLine.execute(args);
    }

    private static void applyExitCodeList(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCode.descriptions());
        commandLine.getSubcommands().values().forEach(MigrateCli::applyExitCodeList);
    }

    /** The command line is wrong: say what, and where the help is, rather than print the whole help. */
    private int misused(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        err.println(ansi.string("@|red,bold error:|@ ") + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("See '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCode.USAGE;
    }

    /** A command failed: one line (or a few) saying why, no stack trace; the password never shown. */
    private int failed(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String command = commandLine.getCommandName();
        if (e instanceof MigrateException migrate) {
            err.println(ansi.string("@|red,bold error:|@ ") + "migrate " + command + ": " + migrate.getMessage());
            err.flush();
            return ExitCode.of(migrate);
        }
        if (e instanceof ConnectionException connection) {
            err.println(ansi.string("@|red,bold error:|@ ") + "migrate " + command + ": " + connection.getMessage());
            err.flush();
            return ExitCode.of(connection);
        }
        err.println(ansi.string("@|red,bold error:|@ ") + "migrate " + command + " failed unexpectedly: "
                + Secrets.scrub(String.valueOf(e.getMessage()), password) + " (" + e.getClass().getName() + ")");
        err.flush();
        return ExitCode.FAILURE;
    }

    /** The settings given as options of this command line (the command's own added by the command). */
    Map<Setting, String> options() {
        Map<Setting, String> options = new EnumMap<>(Setting.class);
        options.put(Setting.URL, url);
        options.put(Setting.USER, user);
        options.put(Setting.PASSWORD, password);
        options.put(Setting.SCHEMA, schema);
        options.put(Setting.DIALECT, dialect);
        options.put(Setting.MIGRATIONS, migrations);
        options.put(Setting.CLASSPATH, classpath);
        options.put(Setting.LOCK_TIMEOUT, lockTimeout);
        options.put(Setting.CONNECT_RETRIES, connectRetries);
        options.put(Setting.CONNECT_TIMEOUT, connectTimeout);
        options.put(Setting.STATEMENT_TIMEOUT, statementTimeout);
        options.put(Setting.WAIT_FOR_DATABASE, waitForDatabase);
        return options;
    }

    Ansi ansi() {
        return ansi;
    }

    /** {@code migrate --version}: the version the jar's manifest names. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MigrateCli.class.getPackage().getImplementationVersion();
            return new String[] {"migrate " + (version == null ? "(development build)" : version),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
