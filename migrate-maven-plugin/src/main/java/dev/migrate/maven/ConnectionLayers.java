package dev.migrate.maven;

import dev.migrate.api.ConnectionLayer;
import dev.migrate.api.ConnectionSettings;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where the plugin looks for connection settings, highest precedence first: {@code -D} on the command line, the
 * environment ({@code MIGRATE_URL}, {@code MIGRATE_USER}, {@code MIGRATE_PASSWORD}), the environment's
 * {@code DATABASE_URL}, the POM's {@code <configuration>}, a {@code settings.xml} server, and finally the embedded
 * default: an H2 database under the build directory. Each setting is taken from the first place that has it.
 */
final class ConnectionLayers {

    static final String URL = "migrate.url";
    static final String USER = "migrate.user";
    static final String PASSWORD = "migrate.password";

    private ConnectionLayers() {
    }

    /**
     * @param commandLine the session's user properties ({@code -D})
     * @param environment the process environment
     * @param pom         the values Maven injected from the POM (which also see {@code -D}, hence the first layer)
     * @param server      credentials of the {@code settings.xml} server, or null
     */
    static List<ConnectionLayer> of(Properties commandLine, Map<String, String> environment, ConnectionLayer pom,
                                    ConnectionLayer server) {
        List<ConnectionLayer> layers = new ArrayList<>();
        layers.add(new ConnectionLayer("-Dmigrate.* on the command line",
                commandLine.getProperty(URL), commandLine.getProperty(USER), commandLine.getProperty(PASSWORD)));
        layers.add(new ConnectionLayer("environment MIGRATE_*", environment.get("MIGRATE_URL"),
                environment.get("MIGRATE_USER"), environment.get("MIGRATE_PASSWORD")));
        layers.add(new ConnectionLayer("environment DATABASE_URL", environment.get("DATABASE_URL"), null, null));
        layers.add(pom);
        if (server != null) {
            layers.add(server);
        }
        return layers;
    }

    /** The H2 database migrate uses when nothing else is configured, so a new project works at once. */
    static ConnectionSettings embeddedDefault(File buildDirectory) {
        File database = new File(new File(buildDirectory, "migrate"), "db");
        return new ConnectionSettings("jdbc:h2:file:" + database.getAbsolutePath(), "sa", "",
                "embedded default: no migrate.url, MIGRATE_URL or DATABASE_URL is set", null, null, true);
    }
}
