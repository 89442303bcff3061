package dev.migrate.connect;

import dev.migrate.dialect.Dialect;
import dev.migrate.report.Durations;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Opens JDBC connections and turns connection failures into one clear line each. Drivers are looked up through
 * {@link ServiceLoader} on the configured class loader first: inside Maven, the plugin's drivers are not always
 * visible to {@link DriverManager}.
 */
public final class Connector {

    /** The default bound on one attempt to connect and log in. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private Connector() {
    }

    /** Opens a connection of the application's {@code dataSource}. */
    static Connection open(DataSource dataSource, List<Dialect> candidates) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw classify(e, "the DataSource", null, null, Duration.ZERO, candidates);
        }
    }

    /** As {@link #open(ConnectionSettings, String, Dialect, ClassLoader, Duration, Duration)}, busy for {@code timeout}. */
    public static Connection open(ConnectionSettings settings, String url, Dialect dialect, ClassLoader classLoader,
                                  Duration timeout) {
        return open(settings, url, dialect, classLoader, timeout, timeout);
    }

    /**
     * Opens {@code url} with the credentials of {@code settings} (also used for shadow databases on the same server),
     * giving up an attempt after {@code timeout} (zero: no limit), and trying again for up to {@code busy} while the
     * dialect says the database is busy for a moment (another process opening an H2 file it shares).
     */
    public static Connection open(ConnectionSettings settings, String url, Dialect dialect, ClassLoader classLoader,
                                  Duration timeout, Duration busy) {
        Properties properties = new Properties();
        // A URL that carries its own credentials (H2's ;USER=...;PASSWORD=..., ?password=) keeps them: H2 refuses a
        // property given twice.
        if (settings.user() != null && !urlSets(url, "user")) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null && !urlSets(url, "password")) {
            properties.setProperty("password", settings.password());
        }
        Map<String, String> timeouts = dialect == null || timeout.isZero() ? Map.of()
                : dialect.connectTimeoutProperties(timeout);
        if (dialect != null) {
            Map<String, String> wanted = new java.util.LinkedHashMap<>(dialect.connectionProperties());
            wanted.putAll(timeouts);
            for (Map.Entry<String, String> property : wanted.entrySet()) {
                if (!urlSets(url, property.getKey())) {
                    properties.setProperty(property.getKey(), property.getValue());
                }
            }
        }
        Driver driver = findDriver(url, classLoader);
        String where = Secrets.maskUrl(url);
        Connection connection;
        long start = System.nanoTime();
        Duration patience = busy.isZero() ? DEFAULT_CONNECT_TIMEOUT : busy;
        while (true) {
            try {
                connection = dialect == null ? connectWithin(driver, url, properties, timeout)
                        : dialect.whileOpening(url, patience, () -> connectWithin(driver, url, properties, timeout));
                break;
            } catch (SQLException e) {
                if (dialect == null || !dialect.isBusy(e, url)) {
                    throw classify(e, where, settings, settings.password(), timeout, candidates(dialect));
                }
                Duration waited = Duration.ofNanos(System.nanoTime() - start);
                if (waited.compareTo(patience) >= 0) {
                    throw new ConnectionException(ConnectionException.Problem.UNREACHABLE, "cannot open " + where
                            + ": for " + Durations.describe(Duration.ofMillis(waited.toMillis() / 100 * 100))
                            + " (migrate.lockTimeout) another process kept it busy: it was opening or closing the "
                            + "database it serves to the others, or it has the file open without serving it (every "
                            + "process that shares the file needs AUTO_SERVER=TRUE). Try again, or for long-lived "
                            + "sharing run a database server. Driver said: "
                            + Secrets.scrub(String.valueOf(e.getMessage()).strip(), settings.password()));
                }
                pause();
            }
        }
        if (connection == null) {
            throw noDriver(url);
        }
        if (!timeouts.isEmpty()) {
            try {
                dialect.liftConnectTimeout(connection);
            } catch (SQLException e) {
                closeQuietly(connection);
                throw classify(e, where, settings, settings.password(), timeout, candidates(dialect));
            }
        }
        return connection;
    }

    /**
     * How much longer than {@code migrate.connectTimeout} migrate waits for a driver that bounds the attempt itself,
     * so that the driver's own error (which says more) usually arrives first.
     */
    public static final Duration TIMEOUT_GRACE = Duration.ofSeconds(1);

    /**
     * Connects on a thread of its own and waits at most {@code timeout} (plus {@link #TIMEOUT_GRACE}): not every
     * driver can bound a login without also bounding every later read (H2 cannot), and a server that accepts the
     * connection and stays silent would otherwise hang the goal. An attempt given up on is left to end on its own
     * (a daemon thread); a connection it still returns is closed.
     */
    private static Connection connectWithin(Driver driver, String url, Properties properties, Duration timeout)
            throws SQLException {
        if (timeout.isZero()) {
            return driver.connect(url, properties);
        }
        CompletableFuture<Connection> attempt = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                attempt.complete(driver.connect(url, properties));
            } catch (Throwable t) {
                attempt.completeExceptionally(t);
            }
        }, "migrate-connect");
        thread.setDaemon(true);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
        try {
            return attempt.get(timeout.plus(TIMEOUT_GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            attempt.thenAccept(Connector::closeQuietly);
            throw new SQLTimeoutException("no answer within " + Durations.describe(timeout), "08001");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            attempt.thenAccept(Connector::closeQuietly);
            throw new SQLException("interrupted while connecting", "08001", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new SQLException(cause);
        }
    }

    /** A short wait with some jitter, so that processes racing for a busy database do not keep colliding. */
    private static void pause() {
        try {
            Thread.sleep(50 + java.util.concurrent.ThreadLocalRandom.current().nextLong(150));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException(ConnectionException.Problem.UNREACHABLE, "interrupted while waiting to connect",
                    e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing to do: the attempt was given up on
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

    private static ConnectionException noDriver(String url) {
        return new ConnectionException(ConnectionException.Problem.UNSUPPORTED_DATABASE, "no JDBC driver accepts "
                + Secrets.maskUrl(url) + "; add the driver to the plugin's <dependencies> (or to the application's "
                + "class path)");
    }

    /** The dialects that may explain a failure: the one in use, or every one when it is not known yet. */
    private static List<Dialect> candidates(Dialect dialect) {
        return dialect == null ? List.of() : List.of(dialect);
    }

    /**
     * One line that says what went wrong with a connection attempt and what to check; an attempt bounded by
     * {@code timeout} (zero: none) that ran out of time says so. {@code candidates} are the dialects asked first
     * for an explanation of a condition of their own.
     */
    public static ConnectionException classify(SQLException e, String where, ConnectionSettings settings,
                                               String password, Duration timeout, List<Dialect> candidates) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = Secrets.scrub(e.getMessage() == null ? e.toString() : e.getMessage().strip(), password);
        if (!timeout.isZero() && timedOut(e)) {
            return unreachable("cannot connect to " + where + ": no answer within " + Durations.describe(timeout)
                    + " (migrate.connectTimeout); the server did not complete the connection and login in time. Is it "
                    + "overloaded, stopped in a debugger, or is something else listening on that port? Driver said: "
                    + detail);
        }
        if (state.startsWith("28")) {
            String user = settings == null || settings.user() == null ? "" : " for user '" + settings.user() + "'";
            String sources = settings == null || settings.user() == null ? ""
                    : " (user from " + settings.userSource()
                    + (settings.password() == null ? ", no password set" : ", password from " + settings.passwordSource())
                    + ")";
            return new ConnectionException(ConnectionException.Problem.AUTHENTICATION, "cannot log in to " + where
                    + user + ": the server rejected the credentials" + sources + "; check migrate.user and "
                    + "migrate.password or the settings.xml server. Server said: " + detail);
        }
        if (state.equals("3D000")) {
            return unreachable("cannot connect to " + where
                    + ": the database does not exist; create it or fix migrate.url. Server said: " + detail);
        }
        for (Dialect dialect : candidates) {
            java.util.Optional<String> explained = dialect.explainConnectFailure(e, where, detail);
            if (explained.isPresent()) {
                return unreachable(explained.get());
            }
        }
        if (state.startsWith("08")) {
            return unreachable("cannot connect to " + where
                    + ": the server is not reachable; is it running, and are the host and port in migrate.url right? "
                    + "Driver said: " + detail);
        }
        return unreachable("cannot connect to " + where + ": " + detail);
    }

    private static ConnectionException unreachable(String message) {
        return new ConnectionException(ConnectionException.Problem.UNREACHABLE, message);
    }

    /** Whether {@code url} sets the property {@code key} itself ({@code ?key=}, {@code &key=}, {@code ;key=}). */
    static boolean urlSets(String url, String key) {
        String lower = url.toLowerCase(Locale.ROOT);
        String name = key.toLowerCase(Locale.ROOT) + "=";
        return lower.contains("?" + name) || lower.contains("&" + name) || lower.contains(";" + name);
    }

    /** Whether an attempt failed because it ran out of time (ours, or the driver's own bound). */
    private static boolean timedOut(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTimeoutException || t instanceof java.net.SocketTimeoutException
                    || (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("timed out"))) {
                return true;
            }
        }
        return false;
    }
}
