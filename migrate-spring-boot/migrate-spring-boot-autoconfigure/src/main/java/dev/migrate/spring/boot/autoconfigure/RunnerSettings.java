package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;
import dev.migrate.connect.Secrets;
import dev.migrate.api.TransactionMode;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@link MigrateRunner} does, resolved from {@code migrate.*} and {@code migrate.datasources.<name>.*} and
 * checked once, naming the property at fault.
 *
 * @param name           the DataSource bean's name, or {@code migrate} for {@code migrate.url}
 * @param prefix         where the settings came from ({@code migrate} or {@code migrate.datasources.<key>}), for
 *                       messages
 * @param dataSourceBean the DataSource bean to migrate, or null when {@code url} is set
 * @param url            the database to migrate instead of a DataSource, or null
 * @param journalLimit   how many journal rows the endpoint lists
 * @param placeholders   values of {@code ${name}} in the revisions, by name
 * @param secretPlaceholders the placeholders whose values are masked
 * @param versionTable   the version table's name, or null for migrate's default
 * @param historyTable   the journal's name, or null for migrate's default
 */
record RunnerSettings(String name, String prefix, String dataSourceBean, String url, String user, String password,
                      String target, List<String> locations, String schema, Duration lockTimeout, int connectRetries,
                      Duration connectRetryInterval, Duration waitForDatabase, boolean validateChecksums,
                      boolean failOnPending, boolean allowDestructive, TransactionMode transactionMode,
                      int journalLimit, Map<String, String> placeholders, List<String> secretPlaceholders,
                      boolean placeholderReplacement, String versionTable, String historyTable) {

    RunnerSettings {
        if (target == null || target.isBlank()) {
            throw invalid(prefix + ".target is empty; name where to upgrade to: head (the default), heads, a "
                    + "revision, a branch label or <label>@head");
        }
        target = target.strip();
        if (locations == null || locations.stream().allMatch(l -> l == null || l.isBlank())) {
            throw invalid(prefix + ".locations is not set; say where the revisions of "
                    + (dataSourceBean != null ? "DataSource '" + dataSourceBean + "'" : "this database")
                    + " are, e.g. " + prefix + ".locations=classpath:db/" + name);
        }
        locations = locations.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
        if (waitForDatabase == null) {
            waitForDatabase = Duration.ZERO;
        }
        if (waitForDatabase.isNegative()) {
            throw invalid(prefix + ".wait-for-database = " + Durations.describe(waitForDatabase)
                    + " is negative; give how long to wait for the database at start, e.g. 2m (0 does not wait)");
        }
        if (connectRetries > 0 && !waitForDatabase.isZero()) {
            throw invalid("both " + prefix + ".connect-retries (" + connectRetries + ") and " + prefix
                    + ".wait-for-database (" + Durations.describe(waitForDatabase) + ") are set; set one: "
                    + "wait-for-database waits up to a time, connect-retries a number of attempts");
        }
        placeholders = placeholders == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(placeholders));
        secretPlaceholders = secretPlaceholders == null ? List.of()
                : secretPlaceholders.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        versionTable = versionTable == null || versionTable.isBlank() ? null : versionTable.strip();
        historyTable = historyTable == null || historyTable.isBlank() ? null : historyTable.strip();
        if (journalLimit < 1) {
            throw invalid("migrate.journal-limit = " + journalLimit + "; give how many journal rows "
                    + "/actuator/migrate lists (1 or more, default 100)");
        }
    }

    private static MigrateException invalid(String message) {
        return new MigrateException(ErrorKind.CONFIGURATION, message);
    }

    /** {@code migrateRunner} for the top-level settings, {@code <name>MigrateRunner} for the others. */
    String beanName() {
        return prefix.equals(MigrateProperties.PREFIX) ? "migrateRunner" : name + "MigrateRunner";
    }

    /** {@code DataSource 'dataSource'}, or the masked {@code migrate.url}. */
    String describe() {
        return dataSourceBean != null ? "DataSource '" + dataSourceBean + "'" : Secrets.maskUrl(url);
    }

    /** Without the password, which a record would print. */
    @Override
    public String toString() {
        return "RunnerSettings[" + name + ", " + describe() + ", target " + target + ", locations " + locations
                + ", placeholders " + placeholders.keySet() + "]";
    }
}
