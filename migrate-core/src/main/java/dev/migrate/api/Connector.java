package dev.migrate.api;

import dev.migrate.dialect.Dialect;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Opens JDBC connections and turns connection failures into one clear line each. Drivers are looked up through
 * {@link ServiceLoader} on the configured class loader first: inside Maven, the plugin's drivers are not always
 * visible to {@link DriverManager}.
 */
final class Connector {

    private Connector() {
    }

    static Connection open(MigrateConfig config, Dialect dialect) {
        if (config.dataSource() != null) {
            try {
                return config.dataSource().getConnection();
            } catch (SQLException e) {
                throw classify(e, "the DataSource", null, null);
            }
        }
        return open(config.connection(), config.connection().jdbcUrl(), dialect, config.classLoader());
    }

    /** Opens {@code url} with the credentials of {@code settings} (used for shadow databases on the same server). */
    static Connection open(ConnectionSettings settings, String url, Dialect dialect, ClassLoader classLoader) {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        if (dialect != null) {
            for (Map.Entry<String, String> property : dialect.connectionProperties().entrySet()) {
                if (!url.toLowerCase(Locale.ROOT).contains(property.getKey().toLowerCase(Locale.ROOT) + "=")) {
                    properties.setProperty(property.getKey(), property.getValue());
                }
            }
        }
        Driver driver = findDriver(url, classLoader);
        try {
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                throw noDriver(url);
            }
            return connection;
        } catch (SQLException e) {
            throw classify(e, Secrets.maskUrl(url), settings, settings.password());
        }
    }

    private static Driver findDriver(String url, ClassLoader classLoader) {
        try {
            for (Driver driver : ServiceLoader.load(Driver.class, classLoader)) {
                if (acceptsQuietly(driver, url)) {
                    return driver;
                }
            }
        } catch (ServiceConfigurationError ignored) {
            // A broken driver jar on the class path; fall back to DriverManager below.
        }
        try {
            return DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw noDriver(url);
        }
    }

    private static boolean acceptsQuietly(Driver driver, String url) {
        try {
            return driver.acceptsURL(url);
        } catch (SQLException e) {
            return false;
        }
    }

    private static MigrateException noDriver(String url) {
        return new MigrateException(ErrorKind.UNSUPPORTED_DATABASE, "no JDBC driver accepts "
                + Secrets.maskUrl(url) + "; add the driver to the plugin's <dependencies> (or to the application's "
                + "class path)");
    }

    /** One line that says what went wrong with a connection attempt and what to check. */
    static MigrateException classify(SQLException e, String where, ConnectionSettings settings, String password) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = Secrets.scrub(e.getMessage() == null ? e.toString() : e.getMessage().strip(), password);
        if (state.startsWith("28")) {
            String user = settings == null || settings.user() == null ? "" : " for user '" + settings.user() + "'";
            String sources = settings == null || settings.user() == null ? ""
                    : " (user from " + settings.userSource()
                    + (settings.password() == null ? ", no password set" : ", password from " + settings.passwordSource())
                    + ")";
            return new MigrateException(ErrorKind.AUTHENTICATION, "cannot log in to " + where + user
                    + ": the server rejected the credentials" + sources + "; check migrate.user and migrate.password "
                    + "or the settings.xml server. Server said: " + detail, null);
        }
        if (state.equals("3D000")) {
            return new MigrateException(ErrorKind.CONNECTION, "cannot connect to " + where
                    + ": the database does not exist; create it or fix migrate.url. Server said: " + detail, null);
        }
        if (state.equals("90020")) {
            return new MigrateException(ErrorKind.CONNECTION, "cannot open " + where + ": another process has this H2 "
                    + "file database open. For several processes on one file, add ;AUTO_SERVER=TRUE to the URL of every "
                    + "one of them (the first then serves the others), or run an H2 server (jdbc:h2:tcp://...). "
                    + "H2 said: " + detail, null);
        }
        if (state.equals("57P03")) {
            return new MigrateException(ErrorKind.CONNECTION, "cannot connect to " + where
                    + ": the server is starting up or shutting down; try again shortly (migrate.connectRetries waits "
                    + "for it). Server said: " + detail, null);
        }
        if (state.startsWith("08")) {
            return new MigrateException(ErrorKind.CONNECTION, "cannot connect to " + where
                    + ": the server is not reachable; is it running, and are the host and port in migrate.url right? "
                    + "Driver said: " + detail, null);
        }
        return new MigrateException(ErrorKind.CONNECTION, "cannot connect to " + where + ": " + detail, null);
    }
}
