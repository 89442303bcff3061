package dev.migrate.cli;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.connect.ConnectionSettings;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What every command shares: its settings resolved, a {@link Migrator} over them, and where to print. A command
 * implements {@link #call()} by mapping its options onto one {@link Migrator} method and printing the result.
 */
abstract class CliCommand implements Callable<Integer> {

    @ParentCommand
    MigrateCli cli;

    /** The command's name, for messages. */
    abstract String name();

    /** The settings of this run: the command line's options plus {@code own} (the command's), then the rest. */
    Configuration configuration(Map<Setting, String> own) {
        Map<Setting, String> options = new EnumMap<>(Setting.class);
        options.putAll(cli.options());
        own.forEach((setting, value) -> {
            if (value != null) {
                options.put(setting, value);
            }
        });
        return new Configuration(options, cli.environment,
                Configuration.settingsFile(cli.config, cli.workingDirectory), cli.workingDirectory);
    }

    /**
     * The migrator for this run.
     *
     * @param readsDatabase whether the command needs a database; one that reads none runs without
     * @param announce      whether to say which database, and where that setting came from, on standard error
     */
    Migrator migrator(Configuration configuration, boolean readsDatabase, boolean announce) {
        Migrator migrator = configuration.builder(new ConsoleListener(err(), cli.ansi()), readsDatabase,
                "migrate " + name()).build();
        ConnectionSettings connection = migrator.config().connection();
        if (announce && readsDatabase) {
            err().println("Database: " + connection.maskedUrl() + " (" + connection.describeSources() + ")");
            err().flush();
        }
        return migrator;
    }

    Migrator migrator(Map<Setting, String> own, boolean readsDatabase, boolean announce) {
        return migrator(configuration(own), readsDatabase, announce);
    }

    Migrator migrator(boolean readsDatabase, boolean announce) {
        return migrator(Map.of(), readsDatabase, announce);
    }

    /** A path the user gave, relative to the working directory. */
    Path path(String value) {
        return cli.workingDirectory.resolve(value).normalize();
    }

    PrintWriter out() {
        return cli.out;
    }

    PrintWriter err() {
        return cli.err;
    }

    /** Prints lines of a report on standard output. */
    void print(List<String> lines) {
        lines.forEach(out()::println);
        out().flush();
    }

    /** Prints a report's JSON on standard output. */
    void printJson(String json) {
        out().println(json.strip());
        out().flush();
    }

    /** Writes {@code text} to the file an option ({@code option}) names, relative to the working directory. */
    void write(String given, String option, String text) {
        Path file = path(given);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrateException(ErrorKind.IO, "cannot write " + given + " ("
                    + option + "): " + e.getMessage(), e);
        }
    }

    /** A note for people on standard error. */
    void note(String message) {
        err().println(message);
        err().flush();
    }
}
