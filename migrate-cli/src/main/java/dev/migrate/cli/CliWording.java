package dev.migrate.cli;

import dev.migrate.report.Wording;

import java.util.Map;

/**
 * The command line's words for the core's advice: {@code migrate repair --reason "..."} where the plugin says
 * {@code mvn migrate:repair -Dmigrate.repairReason="..."}. Goals become commands (generate is {@code revision
 * --autogenerate}), settings become the options of the same name (camel case to kebab case), true and false of a
 * switch become {@code --x} and {@code --no-x}, and a target becomes the command's argument.
 */
final class CliWording implements Wording {

    /** Maven goals whose command has another name. */
    private static final Map<String, String> COMMANDS = Map.of("generate", "revision --autogenerate",
            "help", "--help");

    /** Plugin properties whose option has another name. */
    private static final Map<String, String> OPTIONS = Map.of("repairReason", "--reason",
            "migrationsDirectory", "--migrations", "sqlFile", "--output", "rev", "--rev-id", "message", "-m");

    /** Plugin switches the command line takes as negatable options. */
    private static final java.util.Set<String> SWITCHES = java.util.Set.of("allowDestructive", "validateChecksums");

    @Override
    public String goal(String name) {
        return "migrate " + COMMANDS.getOrDefault(name, name);
    }

    @Override
    public String setting(String key, String value) {
        if (key.equals("target")) {
            return value;
        }
        String option = OPTIONS.getOrDefault(key, "--" + key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(
                java.util.Locale.ROOT));
        if (SWITCHES.contains(key) && (value.equals("true") || value.equals("false"))) {
            return value.equals("true") ? option : "--no-" + option.substring(2);
        }
        if (key.equals("sql") && value.equals("true")) {
            return option;
        }
        return value.isEmpty() ? option + " <value>" : option + " " + value;
    }
}
