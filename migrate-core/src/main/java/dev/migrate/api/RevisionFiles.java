package dev.migrate.api;

import dev.migrate.connect.Connections;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.ScriptSource;
import dev.migrate.script.SplitOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The revision files of the configured locations, read into one graph, and where new ones are written. */
final class RevisionFiles {

    private RevisionFiles() {
    }

    /**
     * Reads every location, in order, into one graph, every statement split: for goals that run or record
     * revisions, which refuse a bad file before they touch the database. A directory or class path location that
     * does not exist is an error; compiled classes that do not exist yet (a project not compiled) hold no Java
     * migrations.
     */
    static ScriptDirectory load(MigrateConfig config, Connections connections, SplitOptions options) {
        return load(config, connections, options, ScriptDirectory.Detail.FULL);
    }

    /**
     * Like {@link #load}, but the statements of a SQL file are split only if asked for: for goals that report on the
     * graph and the checksums. A file whose statements cannot be split still stops {@code upgrade}; its header and
     * checksum are all that {@code status} needs, and a pending revision shows as pending.
     */
    static ScriptDirectory loadHeaders(MigrateConfig config, Connections connections, SplitOptions options) {
        return load(config, connections, options, ScriptDirectory.Detail.HEADERS);
    }

    /** Like {@link #load}, with the run's built-in placeholders given (a fleet reads them per target). */
    static ScriptDirectory load(MigrateConfig config, Connections connections, SplitOptions options,
                                dev.migrate.placeholder.Placeholders.BuiltIns builtIns) {
        return load(config, connections, options, ScriptDirectory.Detail.FULL, builtIns);
    }

    private static ScriptDirectory load(MigrateConfig config, Connections connections, SplitOptions options,
                                        ScriptDirectory.Detail detail) {
        return load(config, connections, options, detail, new BuiltInPlaceholders(config, connections));
    }

    static ScriptDirectory load(MigrateConfig config, Connections connections, SplitOptions options,
                                ScriptDirectory.Detail detail, dev.migrate.placeholder.Placeholders.BuiltIns builtIns) {
        List<ScriptSource> sources = new ArrayList<>();
        for (Location location : config.locations()) {
            ScriptSource source = location.source(config.classLoader());
            if (source.exists()) {
                sources.add(source);
            } else if (location.kind() == Location.Kind.FILESYSTEM) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "the migrations directory " + location.shownAs()
                        + " does not exist; create the first revision with migrate:generate "
                        + "-Dmigrate.message=\"...\", or point migrate.migrationsDirectory at your migrations");
            } else if (location.kind() == Location.Kind.CLASSPATH) {
                throw new MigrateException(ErrorKind.CONFIGURATION, location.shownAs() + " is not on the class path: no "
                        + "directory or jar there has " + location.path() + "/. Check the location, and that the "
                        + "migrations are packaged with the application (src/main/resources/" + location.path() + ")");
            }
        }
        ScriptDirectory scripts = ScriptDirectory.load(sources, options, config.classLoader(), detail,
                config.placeholders(), builtIns);
        scripts.warnings().forEach(config.listener()::warn);
        return scripts;
    }

    /** The directory generate and merge write to: the first filesystem location. */
    static Path writableDirectory(MigrateConfig config, String goal) {
        return config.writableLocation().map(Location::directory).orElseThrow(() -> new MigrateException(
                ErrorKind.CONFIGURATION, goal + " writes revision files into a directory, and every location is on the "
                + "class path (" + String.join(", ", config.locations().stream().map(Location::shownAs).toList())
                + "); add filesystem:<directory>, e.g. "
                + "filesystem:src/main/resources/db/migrations"));
    }
}
