package dev.migrate.cli;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.Location;
import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.api.ResumeMode;
import dev.migrate.api.TransactionMode;
import dev.migrate.connect.ConnectionLayer;
import dev.migrate.connect.ConnectionLayers;
import dev.migrate.connect.ConnectionSettings;
import dev.migrate.connect.Secrets;
import dev.migrate.report.MigrationListener;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The command line's settings, each taken from the first place that has it: the command's options, the environment
 * ({@code MIGRATE_*}, and {@code DATABASE_URL} for the connection), then {@code migrate.properties} (the working
 * directory's, or the file {@code --config} names). The connection resolves through the core's
 * {@link ConnectionLayers}, like the Maven plugin's (options taking the place of {@code -D}, the file the place of
 * the POM), so both say the same about where the URL, user and password came from.
 */
final class Configuration {

    /** The default place of revision files: the Maven plugin's, so the command line works in a Maven project. */
    static final String DEFAULT_MIGRATIONS = "src/main/resources/db/migrations";

    /** Where {@code --backup dump} writes its files unless told otherwise. */
    static final String DEFAULT_BACKUPS = "migrate-backups";

    /** Shown as the database's source when a command that reads no database runs without one configured. */
    static final String NO_DATABASE = "no database configured; this command reads none";

    private final Map<Setting, String> options;
    private final Map<String, String> environment;
    private final SettingsFile file;
    private final Path workingDirectory;

    /** A setting's value and where it came from ({@code --schema}, {@code environment MIGRATE_SCHEMA}, ...). */
    record Resolved(String value, String source) {
    }

    /**
     * @param options          the values given as options (absent settings are not in the map)
     * @param environment      the process environment
     * @param file             the settings file, or {@link SettingsFile#none()}
     * @param workingDirectory what relative paths are relative to
     */
    Configuration(Map<Setting, String> options, Map<String, String> environment, SettingsFile file,
                  Path workingDirectory) {
        this.options = new EnumMap<>(Setting.class);
        options.forEach((setting, value) -> {
            if (value != null) {
                this.options.put(setting, value);
            }
        });
        this.environment = environment;
        this.file = file;
        this.workingDirectory = workingDirectory;
    }

    /**
     * The settings file {@code --config} names, else {@code migrate.properties} in the working directory if there is
     * one, else none.
     */
    static SettingsFile settingsFile(String config, Path workingDirectory) {
        if (config != null) {
            Path path = workingDirectory.resolve(config);
            if (!Files.isRegularFile(path)) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "--config " + config + ": no such file");
            }
            return SettingsFile.read(path, config);
        }
        Path path = workingDirectory.resolve(SettingsFile.DEFAULT_NAME);
        return Files.isRegularFile(path) ? SettingsFile.read(path, SettingsFile.DEFAULT_NAME) : SettingsFile.none();
    }

    /** The value of {@code setting} from the first place that has it. */
    Optional<Resolved> get(Setting setting) {
        String option = options.get(setting);
        if (option != null) {
            return Optional.of(new Resolved(option, setting.option()));
        }
        String variable = environment.get(setting.environmentVariable());
        if (variable != null && !variable.isBlank()) {
            return Optional.of(new Resolved(variable.strip(), "environment " + setting.environmentVariable()));
        }
        return file.value(setting).map(value -> new Resolved(value.text(), file.shownAs() + ":" + value.line()));
    }

    /**
     * The connection, or empty when no place has a URL: the precedence every front end shares
     * ({@link ConnectionLayers}), the options in the place of what the user typed for this run and the settings file
     * in the place of the project's configuration.
     */
    Optional<ConnectionSettings> connection() {
        ConnectionLayer commandLine = new ConnectionLayer("the command line", options.get(Setting.URL),
                options.get(Setting.USER), options.get(Setting.PASSWORD));
        ConnectionLayer configured = file.shownAs() == null ? null : new ConnectionLayer(file.shownAs(),
                fileValue(Setting.URL), fileValue(Setting.USER), fileValue(Setting.PASSWORD));
        return Optional.ofNullable(ConnectionSettings.resolve(
                ConnectionLayers.of(commandLine, environment, configured, null), null));
    }

    private String fileValue(Setting setting) {
        return file.value(setting).map(SettingsFile.Value::text).orElse(null);
    }

    /**
     * The connection a command uses: the configured one, or, for a command that reads no database, a stand-in that is
     * never opened.
     */
    ConnectionSettings connectionFor(boolean readsDatabase, String forWhat) {
        Optional<ConnectionSettings> connection = connection();
        if (connection.isPresent()) {
            return connection.get();
        }
        if (!readsDatabase) {
            return new ConnectionSettings("jdbc:none", null, null, NO_DATABASE, null, null, true);
        }
        throw new MigrateException(ErrorKind.CONFIGURATION, "no database: " + forWhat + " needs one; set --url, "
                + "MIGRATE_URL, DATABASE_URL or migrate.url in " + (file.shownAs() == null
                ? SettingsFile.DEFAULT_NAME + " (none in " + workingDirectory + ")" : file.shownAs()));
    }

    /**
     * Every setting that has a value, one line each with its source, the password masked: what {@code migrate config}
     * prints.
     */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        Optional<ConnectionSettings> connection = connection();
        if (connection.isPresent()) {
            ConnectionSettings settings = connection.get();
            lines.add(Setting.URL.key() + " = " + settings.maskedUrl() + "  (" + settings.urlSource() + ")");
            if (settings.user() != null) {
                lines.add(Setting.USER.key() + " = " + settings.user() + "  (" + settings.userSource() + ")");
            }
            if (settings.password() != null) {
                lines.add(Setting.PASSWORD.key() + " = " + Secrets.MASK + "  (" + settings.passwordSource() + ")");
            }
        } else {
            lines.add(Setting.URL.key() + " is not set (--url, MIGRATE_URL, DATABASE_URL or migrate.url)");
        }
        for (Setting setting : Setting.values()) {
            if (setting == Setting.URL || setting == Setting.USER || setting == Setting.PASSWORD) {
                continue;
            }
            Optional<Resolved> value = get(setting);
            if (value.isPresent()) {
                String shown = setting.secret() ? Secrets.MASK : Secrets.maskUrl(value.get().value());
                lines.add(setting.key() + " = " + shown + "  (" + value.get().source() + ")");
            } else if (setting == Setting.MIGRATIONS) {
                lines.add(setting.key() + " = " + DEFAULT_MIGRATIONS + "  (default)");
            }
        }
        return lines;
    }

    /**
     * A {@link Migrator} builder with every setting applied.
     *
     * @param readsDatabase whether the command needs a configured database (see {@link #connectionFor})
     * @param forWhat       the command, for the message when it needs a database and has none
     */
    Migrator.Builder builder(MigrationListener listener, boolean readsDatabase, String forWhat) {
        Migrator.Builder builder = Migrator.configure()
                .wording(new CliWording())
                .connection(connectionFor(readsDatabase, forWhat))
                .listener(listener)
                .schema(get(Setting.SCHEMA).map(Resolved::value).orElse(null))
                .dialect(get(Setting.DIALECT).map(Resolved::value).orElse(null))
                .shadowUrl(get(Setting.SHADOW_URL).map(Resolved::value).orElse(null));
        get(Setting.CLASSPATH).ifPresent(classpath -> builder.classLoader(classLoader(classpath)));
        String migrations = get(Setting.MIGRATIONS).map(Resolved::value).orElse(DEFAULT_MIGRATIONS);
        String lower = migrations.toLowerCase(Locale.ROOT);
        if (lower.startsWith("classpath:") || lower.startsWith("filesystem:")) {
            Location location = Location.parse(migrations);
            builder.locations(List.of(location.kind() == Location.Kind.FILESYSTEM
                    ? Location.directory(path(location.path()), location.path()) : location));
        } else {
            builder.migrationsDirectory(path(migrations)).migrationsShownAs(migrations);
        }
        get(Setting.SCHEMA_FILES).ifPresent(files -> builder.schemaFiles(Arrays.stream(files.value().split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).map(this::path).toList()));
        seconds(Setting.LOCK_TIMEOUT).ifPresent(builder::lockTimeout);
        seconds(Setting.CONNECT_TIMEOUT).ifPresent(builder::connectTimeout);
        seconds(Setting.STATEMENT_TIMEOUT).ifPresent(builder::statementTimeout);
        Optional<Integer> retries = number(Setting.CONNECT_RETRIES);
        Optional<Duration> interval = seconds(Setting.CONNECT_RETRY_INTERVAL);
        if (retries.isPresent() || interval.isPresent()) {
            builder.connectRetries(retries.orElse(0), interval.orElse(Duration.ofSeconds(1)));
        }
        get(Setting.WAIT_FOR_DATABASE).ifPresent(wait -> builder.waitForDatabase(duration(Setting.WAIT_FOR_DATABASE,
                wait)));
        flag(Setting.VALIDATE_CHECKSUMS).ifPresent(builder::validateChecksums);
        flag(Setting.ALLOW_DESTRUCTIVE).ifPresent(builder::allowDestructive);
        get(Setting.TRANSACTION_MODE).ifPresent(mode -> builder.transactionMode(
                checked(mode, () -> TransactionMode.parse(mode.value()))));
        get(Setting.RESUME).ifPresent(mode -> builder.resume(checked(mode, () -> ResumeMode.parse(mode.value()))));
        get(Setting.BACKUP).ifPresent(mode -> checked(mode, () -> builder.backup(mode.value())));
        builder.backupDirectory(path(get(Setting.BACKUP_DIRECTORY).map(Resolved::value).orElse(DEFAULT_BACKUPS)));
        return builder;
    }

    private Path path(String value) {
        return workingDirectory.resolve(value).normalize();
    }

    private ClassLoader classLoader(Resolved classpath) {
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.value().split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = path(entry.strip());
            if (!Files.exists(path)) {
                throw new MigrateException(ErrorKind.CONFIGURATION, Setting.CLASSPATH.key() + " (from "
                        + classpath.source() + ") names " + entry.strip() + ", which does not exist");
            }
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new MigrateException(ErrorKind.CONFIGURATION, Setting.CLASSPATH.key() + " (from "
                        + classpath.source() + "): " + entry.strip() + " is not a path: " + e.getMessage());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), Configuration.class.getClassLoader());
    }

    private Optional<Duration> seconds(Setting setting) {
        return number(setting).map(Duration::ofSeconds);
    }

    /** {@code 60s}, {@code 2m}, {@code 1h}, or a bare number of seconds. */
    private static Duration duration(Setting setting, Resolved value) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*(s|m|h)?")
                .matcher(value.value().strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw invalid(setting, value, "a duration: seconds, or a number with s, m or h (60s, 2m)");
        }
        long n = Long.parseLong(m.group(1));
        return m.group(2) == null || m.group(2).equals("s") ? Duration.ofSeconds(n)
                : m.group(2).equals("m") ? Duration.ofMinutes(n) : Duration.ofHours(n);
    }

    private Optional<Integer> number(Setting setting) {
        return get(setting).map(value -> {
            try {
                int number = Integer.parseInt(value.value());
                if (number >= 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw invalid(setting, value, "a whole number, 0 or more");
        });
    }

    private Optional<Boolean> flag(Setting setting) {
        return get(setting).map(value -> switch (value.value().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(setting, value, "true or false");
        });
    }

    private static <T> T checked(Resolved value, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (MigrateException e) {
            throw new MigrateException(e.kind(), e.getMessage() + " (from " + value.source() + ")", e);
        }
    }

    private static MigrateException invalid(Setting setting, Resolved value, String expected) {
        return new MigrateException(ErrorKind.CONFIGURATION, setting.key() + " = '" + value.value() + "' (from "
                + value.source() + ") is not " + expected);
    }
}
