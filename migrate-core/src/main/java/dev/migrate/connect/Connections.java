package dev.migrate.connect;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.DialectRegistry;
import dev.migrate.report.Durations;
import dev.migrate.report.MigrationListener;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The connections of one {@code Migrator} to its database: which dialect speaks to it (named, or detected from the
 * URL through {@link Dialect#handlesUrl}), opening each connection within the {@link ConnectPolicy}, retrying while
 * the database is not up yet, and preparing the connection a goal works on (session settings, statement timeout,
 * the configured schema).
 */
public final class Connections {

    private final ConnectionSettings settings;
    private final DataSource dataSource;
    private final ClassLoader classLoader;
    private final DialectRegistry dialects;
    private final String dialectName;
    private final String schema;
    private final ConnectPolicy policy;
    private final MigrationListener listener;
    /** Whether a connection ever succeeded. */
    private volatile boolean reachedOnce;
    /** Whether the configured schema's case was already warned about. */
    private volatile boolean warnedAboutCase;
    /** The DataSource's URL, read on its first connection. */
    private volatile String dataSourceUrl;
    /** The connection's own schema and user, read once when first asked. */
    private volatile SessionIdentity identity;

    /**
     * @param settings    the URL and credentials; null when {@code dataSource} is given
     * @param dataSource  the application's data source; null when {@code settings} are given
     * @param classLoader where to find JDBC drivers and extra dialects
     * @param dialectName a dialect name that overrides detection from the URL ({@code migrate.dialect}), or null
     * @param schema      the configured schema ({@code migrate.schema}, unfolded), or null for the connection's own
     * @param policy      timeouts and retries
     * @param listener    receives the warnings about retries and the schema's case
     */
    public Connections(ConnectionSettings settings, DataSource dataSource, ClassLoader classLoader, String dialectName,
                       String schema, ConnectPolicy policy, MigrationListener listener) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.classLoader = classLoader;
        this.dialects = DialectRegistry.load(classLoader);
        this.dialectName = dialectName;
        this.schema = schema;
        this.policy = policy;
        this.listener = listener;
    }

    /** The dialect named by {@code migrate.dialect}, else the one that handles the URL. */
    public Dialect dialect() {
        if (dialectName != null) {
            return dialects.byName(dialectName).orElseThrow(() -> new ConnectionException(
                    ConnectionException.Problem.CONFIGURATION, "migrate.dialect = '" + dialectName
                    + "' is not a known dialect; known: "
                    + String.join(", ", dialects.all().stream().map(Dialect::name).toList())));
        }
        String url = jdbcUrl();
        return dialects.forUrl(url).orElseThrow(() -> new ConnectionException(
                ConnectionException.Problem.UNSUPPORTED_DATABASE, "migrate has no dialect for " + Secrets.maskUrl(url)
                + "; supported: " + dialects.supportedPrefixes()
                + " (set migrate.dialect to use one of them for a compatible database)"));
    }

    /**
     * For goals that do not connect: the configured dialect, or the first registered one (whose splitting rules are
     * the strictest; see {@link DialectRegistry#first()}).
     */
    public Dialect dialectOrDefault() {
        try {
            return dialect();
        } catch (ConnectionException e) {
            return dialects.first().orElseThrow(() -> e);
        }
    }

    /**
     * The JDBC URL: the configured one, or the DataSource's, read on its first connection and kept (every goal asks
     * for the dialect several times; a DataSource's URL does not change within a run).
     */
    public String jdbcUrl() {
        if (settings != null) {
            return settings.jdbcUrl();
        }
        String known = dataSourceUrl;
        if (known != null) {
            return known;
        }
        // The first connection of a run: it waits for the database as migrate.connectRetries says.
        try (Connection connection = openWithRetries(null)) {
            known = connection.getMetaData().getURL();
            dataSourceUrl = known;
            return known;
        } catch (SQLException e) {
            throw Connector.classify(e, "the DataSource", null, null, Duration.ZERO, dialects.all());
        }
    }

    /** The database as shown in messages: its URL with the password masked, or {@code DataSource}. */
    public String shownAs() {
        return settings != null ? settings.maskedUrl() : "DataSource";
    }

    /** Where the settings came from, for reports. */
    public String sources() {
        return settings != null ? settings.describeSources() : "supplied by the application";
    }

    /** Whether the application supplies the connections (a DataSource) rather than a URL. */
    public boolean usesDataSource() {
        return dataSource != null;
    }

    /** The password, for scrubbing it from messages; null when there is none or a DataSource is used. */
    public String password() {
        return settings == null ? null : settings.password();
    }

    /**
     * Opens the connection a goal works on: retried as {@code migrate.connectRetries} says while the database cannot
     * be reached, prepared by the dialect, in the configured schema when it exists.
     */
    public Connection open(Dialect dialect) throws SQLException {
        Connection connection = openWithRetries(dialect);
        try {
            connection.setAutoCommit(true);
            dialect.prepareSession(connection);
            Duration statementTimeout = policy.statementTimeout();
            if (!statementTimeout.isZero()) {
                try {
                    dialect.limitStatements(connection, statementTimeout);
                } catch (SQLFeatureNotSupportedException e) {
                    throw new ConnectionException(ConnectionException.Problem.CONFIGURATION, "migrate.statementTimeout = "
                            + Durations.describe(statementTimeout) + ": " + e.getMessage() + "; leave it unset");
                }
            }
            if (schema != null) {
                String folded = dialect.foldIdentifier(schema);
                try {
                    if (!dialect.schemaExists(connection, folded)) {
                        warnAboutCase(dialect, connection, folded);
                        throw new SQLException("no schema " + folded);
                    }
                    dialect.useSchema(connection, folded);
                } catch (SQLException e) {
                    // The schema may not exist yet; upgrade creates it before the first migration.
                    listener.info("Schema " + schema + " does not exist yet.");
                }
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The schema and user a connection of this database starts in, as the server names them. */
    public record SessionIdentity(String schema, String user) {
    }

    /**
     * The schema and user a prepared connection has, asked of the server once for all the goal's readers (the
     * built-in placeholders are resolved while files load and again by the guards).
     */
    public SessionIdentity identity(Dialect dialect) throws SQLException {
        SessionIdentity known = identity;
        if (known == null) {
            synchronized (this) {
                known = identity;
                if (known == null) {
                    try (Connection connection = open(dialect)) {
                        known = new SessionIdentity(connection.getSchema(), connection.getMetaData().getUserName());
                    }
                    identity = known;
                }
            }
        }
        return known;
    }

    /** A further connection to the same database, e.g. the migration lock's own; not retried, not prepared. */
    public Connection openAgain(Dialect dialect) {
        if (dataSource != null) {
            return Connector.open(dataSource, candidates(dialect));
        }
        return Connector.open(settings, settings.jdbcUrl(), dialect, classLoader, policy.connectTimeout(),
                policy.busyPatience());
    }

    private List<Dialect> candidates(Dialect dialect) {
        return dialect == null ? dialects.all() : List.of(dialect);
    }

    /**
     * A configured schema that does not exist, while one whose name differs only by case does, is almost always the
     * one meant ({@code PUBLIC} on a database that folds to lower case, a schema once created as {@code "App"}):
     * without a word, upgrade would create a second schema and apply every revision there again. Said once.
     */
    private void warnAboutCase(Dialect dialect, Connection connection, String folded) throws SQLException {
        if (warnedAboutCase) {
            return;
        }
        List<String> similar = new ArrayList<>();
        try (java.sql.ResultSet rs = connection.getMetaData().getSchemas()) {
            while (rs.next()) {
                String existing = rs.getString("TABLE_SCHEM");
                if (existing != null && existing.equalsIgnoreCase(folded) && !existing.equals(folded)) {
                    similar.add(existing);
                }
            }
        }
        if (!similar.isEmpty()) {
            warnedAboutCase = true;
            listener.warn("migrate.schema = " + schema + " names schema " + dialect.quoteIdentifier(folded)
                    + ", which does not exist, but " + String.join(" and ", similar.stream().map(dialect::quoteIdentifier)
                    .toList()) + " does: the names differ only by case, and " + dialect.displayName() + " treats them as "
                    + "different schemas. Writing goals would create " + dialect.quoteIdentifier(folded) + " and apply "
                    + "every revision there again. migrate.schema is folded as " + dialect.displayName() + " folds "
                    + "unquoted names, so it cannot name the existing one: if that is the schema you mean, leave "
                    + "migrate.schema unset when it is the connection's default, or rename it to "
                    + dialect.quoteIdentifier(folded) + ".");
        }
    }

    /**
     * Retries only until the database has answered once: the retries wait for a database that starts with the
     * application, and a health check asking later must learn at once that it is gone.
     */
    private Connection openWithRetries(Dialect dialect) {
        int attempts = reachedOnce ? 1 : policy.connectRetries() + 1;
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                Connection connection = openAgain(dialect);
                reachedOnce = true;
                return connection;
            } catch (ConnectionException e) {
                if (e.problem() != ConnectionException.Problem.UNREACHABLE || attempt == attempts) {
                    if (attempt == 1) {
                        throw e;
                    }
                    long waited = (System.nanoTime() - start) / 1_000_000 / 100 * 100;
                    throw new ConnectionException(e.problem(), e.getMessage() + " (gave up after " + attempt
                            + " attempts in " + Durations.describe(Duration.ofMillis(waited))
                            + ", migrate.connectRetries = " + policy.connectRetries() + ")", e.getCause());
                }
                Duration pause = policy.retryPause(attempt);
                Duration budget = policy.budget();
                listener.warn("Cannot connect yet (attempt " + attempt + " of " + attempts + "): "
                        + e.getMessage() + " Trying again in " + Durations.describe(pause)
                        + (budget == null || attempt > 1 ? "" : "; all " + attempts + " attempts end within "
                        + Durations.describe(budget) + " (migrate.connectTimeout, migrate.connectRetries)") + ".");
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new ConnectionException(ConnectionException.Problem.UNREACHABLE,
                            "interrupted while waiting to connect again to " + shownAs(), interrupted);
                }
            }
        }
    }
}
