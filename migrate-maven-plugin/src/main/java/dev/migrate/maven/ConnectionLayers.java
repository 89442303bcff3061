package dev.migrate.maven;

import dev.migrate.connect.ConnectionLayer;
import dev.migrate.connect.ConnectionSettings;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The plugin's part of the connection precedence ({@link dev.migrate.connect.ConnectionLayers}): {@code -D} on the
 * command line comes first, the POM's {@code <configuration>} after the environment, a {@code settings.xml} server
 * last, and the embedded default lives under the build directory.
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
        return dev.migrate.connect.ConnectionLayers.of(new ConnectionLayer("-Dmigrate.* on the command line",
                        commandLine.getProperty(URL), commandLine.getProperty(USER), commandLine.getProperty(PASSWORD)),
                environment, pom, server);
    }

    /** The database migrate uses when nothing else is configured: under {@code target/migrate}. */
    static ConnectionSettings embeddedDefault(File buildDirectory) {
        return dev.migrate.connect.ConnectionLayers.embeddedDefault(new File(buildDirectory, "migrate").toPath());
    }
}
