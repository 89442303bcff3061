package dev.migrate.api;

import dev.migrate.MigrationCallback;
import dev.migrate.autogenerate.ModelSelection;
import dev.migrate.connect.ConnectionSettings;
import dev.migrate.connect.Connections;
import dev.migrate.apply.VersionTables;
import dev.migrate.placeholder.Placeholders;
import dev.migrate.report.MigrationListener;
import dev.migrate.report.Wording;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything a {@link Migrator} needs, validated once and immutable afterwards. Build it with
 * {@link Migrator#configure()}.
 *
 * @param connection          the resolved connection settings; null when {@code dataSource} is given
 * @param dataSource          a data source supplied by the application; null when {@code connection} is given
 * @param locations           where revisions come from, in order: directories, class path locations, compiled
 *                            classes (see {@link Location})
 * @param schema              the schema for migrate's tables and the default schema for migrations, or null for
 *                            the connection's own
 * @param dialect             a dialect name that overrides detection from the URL, or null
 * @param listener            receives progress
 * @param clock               the time source (create dates, journal timestamps)
 * @param classLoader         where to find JDBC drivers and extra dialects
 * @param schemaFiles         the desired schema ("the model") as plain DDL, for autogenerate
 * @param shadowUrl           an existing, empty database to use as the shadow instead of creating one, or null
 * @param options             the lock, checksum, transaction, resume and connection-retry settings
 * @param callbacks           Java code run before and after migrations, after the callback files
 * @param models              which model autogenerate and the model check use (schema files, JPA entities, ...)
 * @param placeholders        the values {@code ${name}} in revision and callback SQL is replaced with
 * @param tables              the names of the version table and the journal
 * @param baseDirectory       the project's directory: files in it are shown relative to it; or null
 * @param wording             how the front end that runs migrate takes goals and settings: its advice in messages
 *                            and progress ("run migrate:repair" or "run migrate repair") is worded so
 */
public record MigrateConfig(ConnectionSettings connection, DataSource dataSource, List<Location> locations,
                            String schema, String dialect, MigrationListener listener, Clock clock,
                            ClassLoader classLoader, List<Path> schemaFiles, String shadowUrl, RunOptions options,
                            List<MigrationCallback> callbacks, ModelSelection models, Placeholders placeholders,
                            VersionTables tables, Path baseDirectory, Wording wording) {

    /** Schema names are restricted to plain identifiers: they end up in SQL. */
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    public MigrateConfig {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(clock, "clock");
        if (connection == null && dataSource == null) {
            throw new MigrateException(ErrorKind.CONFIGURATION,
                    "no database: set migrate.url (or a DataSource through the Java API)");
        }
        if (connection != null && dataSource != null) {
            throw new MigrateException(ErrorKind.CONFIGURATION,
                    "both a URL and a DataSource are configured; set one of them");
        }
        if (locations == null || locations.isEmpty()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "no migrations location: set migrate.migrationsDirectory "
                    + "(or locations such as classpath:db/migrations through the Java API)");
        }
        locations = List.copyOf(locations);
        if (schema != null) {
            schema = schema.strip();
            if (schema.isEmpty()) {
                schema = null;
            } else if (!PLAIN_IDENTIFIER.matcher(schema).matches()) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.schema = '" + schema
                        + "' is not a plain identifier; use letters, digits and '_' (at most 63, not starting with a digit)");
            }
        }
        if (dialect != null && dialect.isBlank()) {
            dialect = null;
        }
        if (classLoader == null) {
            classLoader = MigrateConfig.class.getClassLoader();
        }
        schemaFiles = schemaFiles == null ? List.of() : List.copyOf(schemaFiles);
        callbacks = callbacks == null ? List.of() : List.copyOf(callbacks);
        if (models == null) {
            models = ModelSelection.DEFAULT;
        }
        if (shadowUrl != null && shadowUrl.isBlank()) {
            shadowUrl = null;
        }
        if (options == null) {
            options = RunOptions.DEFAULTS;
        }
        if (placeholders == null) {
            placeholders = Placeholders.DEFAULTS;
        }
        if (tables == null) {
            tables = VersionTables.DEFAULTS;
        }
        if (wording == null) {
            wording = Wording.MAVEN;
        }
        if (wording != Wording.MAVEN && !(listener instanceof WordedListener)) {
            listener = new WordedListener(listener, wording);
        }
    }

    /** Progress in the front end's words. */
    private record WordedListener(MigrationListener delegate, Wording wording) implements MigrationListener {

        @Override
        public void event(dev.migrate.report.MigrationEvent event) {
            delegate.event(event);
        }

        @Override
        public void info(String message) {
            delegate.info(wording.say(message));
        }

        @Override
        public void warn(String message) {
            delegate.warn(wording.say(message));
        }
    }

    /** The directory new revision files are written to: the first filesystem location, if there is one. */
    public Optional<Location> writableLocation() {
        return locations.stream().filter(l -> l.kind() == Location.Kind.FILESYSTEM).findFirst();
    }

    /** The connections of one Migrator: they remember whether the database answered once (retries stop then). */
    Connections newConnections() {
        return new Connections(connection, dataSource, classLoader, dialect, schema, options.connectPolicy(), listener);
    }
}
