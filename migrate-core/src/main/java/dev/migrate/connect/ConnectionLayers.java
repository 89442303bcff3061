package dev.migrate.connect;

import dev.migrate.dialect.DialectRegistry;
import dev.migrate.dialect.EmbeddedDatabase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where every front end (the Maven plugin, a command line) looks for connection settings, highest precedence
 * first: what the user typed for this run, the environment ({@code MIGRATE_URL}, {@code MIGRATE_USER},
 * {@code MIGRATE_PASSWORD}), the environment's {@code DATABASE_URL}, the project's configuration, a server entry with
 * credentials, and finally the embedded default. Each setting is taken from the first place that has it
 * ({@link ConnectionSettings#resolve}).
 */
public final class ConnectionLayers {

    private ConnectionLayers() {
    }

    /**
     * @param commandLine what the user gave for this run (e.g. {@code -Dmigrate.url}), or null
     * @param environment the process environment
     * @param configured  the project's configuration (a POM, a configuration file), or null
     * @param server      credentials kept apart from the project (a {@code settings.xml} server), or null
     */
    public static List<ConnectionLayer> of(ConnectionLayer commandLine, Map<String, String> environment,
                                           ConnectionLayer configured, ConnectionLayer server) {
        List<ConnectionLayer> layers = new ArrayList<>();
        if (commandLine != null) {
            layers.add(commandLine);
        }
        layers.add(new ConnectionLayer("environment MIGRATE_*", environment.get("MIGRATE_URL"),
                environment.get("MIGRATE_USER"), environment.get("MIGRATE_PASSWORD")));
        layers.add(new ConnectionLayer("environment DATABASE_URL", environment.get("DATABASE_URL"), null, null));
        if (configured != null) {
            layers.add(configured);
        }
        if (server != null) {
            layers.add(server);
        }
        return layers;
    }

    /**
     * The database migrate uses when nothing else is configured, so a new project works at once: a file
     * {@code db} in {@code directory}, kept by the first dialect that needs no server.
     */
    public static ConnectionSettings embeddedDefault(Path directory) {
        Path file = directory.resolve("db");
        EmbeddedDatabase embedded = DialectRegistry.load(null).embeddedDatabase(file).orElseThrow(() ->
                new ConnectionException(ConnectionException.Problem.CONFIGURATION, "no database is configured and no "
                        + "dialect on the class path keeps one without a server; set migrate.url"));
        return new ConnectionSettings(embedded.jdbcUrl(), embedded.user(), embedded.password(),
                "embedded default: no migrate.url, MIGRATE_URL or DATABASE_URL is set", null, null, true);
    }
}
