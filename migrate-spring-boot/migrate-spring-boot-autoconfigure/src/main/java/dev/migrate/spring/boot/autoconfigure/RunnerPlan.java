package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;
import dev.migrate.spring.boot.autoconfigure.MigrateProperties.DataSourceMigration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which runners the properties ask for, given the application's DataSource beans: the top-level {@code migrate.*}
 * settings migrate the primary DataSource (the only one, or the {@code @Primary} one) unless {@code migrate.url} names
 * another database; each {@code migrate.datasources.<name>} migrates the DataSource bean of that name (keys match bean
 * names the way Spring binds them: case, dashes and underscores aside) or its own {@code url}. migrate never guesses:
 * a name that matches no bean, or several DataSources without a primary and without entries, stop the start.
 */
final class RunnerPlan {

    private RunnerPlan() {
    }

    /**
     * @param dataSources the DataSource bean names, in registration order
     * @param primary     the primary DataSource's name, or null when there is none or no single one
     */
    static List<RunnerSettings> plan(MigrateProperties properties, List<String> dataSources, String primary) {
        Map<String, String> entryForBean = new LinkedHashMap<>();
        List<RunnerSettings> runners = new ArrayList<>();
        Map<String, DataSourceMigration> entries = properties.getDatasources();
        for (Map.Entry<String, DataSourceMigration> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (entry.getValue().getUrl() != null) {
                continue;
            }
            String bean = dataSources.stream().filter(name -> uniform(name).equals(uniform(key))).findFirst()
                    .orElseThrow(() -> new MigrateException(ErrorKind.CONFIGURATION, "migrate.datasources." + key
                            + " names no DataSource bean; the DataSources are " + listed(dataSources) + ". Use a bean "
                            + "name as the key, or set migrate.datasources." + key + ".url"));
            String earlier = entryForBean.put(bean, key);
            if (earlier != null) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.datasources." + earlier + " and migrate."
                        + "datasources." + key + " both name DataSource '" + bean + "'; keep one of them");
            }
        }

        boolean primaryByTopLevel = false;
        if (properties.getUrl() != null && !properties.getUrl().isBlank()) {
            runners.add(topLevel(properties, "migrate", null, null));
        } else if (primary != null) {
            primaryByTopLevel = true;
            String key = entryForBean.get(primary);
            DataSourceMigration own = key == null ? null : entries.get(key);
            if (own == null || !Boolean.FALSE.equals(own.getEnabled())) {
                runners.add(topLevel(properties, primary, primary, own));
            }
        } else if (dataSources.size() > 1 && entries.isEmpty()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "the application has several DataSources ("
                    + listed(dataSources) + ") and none is @Primary, so migrate does not know which one migrate.* is "
                    + "for; mark one @Primary, or configure each one to migrate under migrate.datasources.<bean name> "
                    + "(with its own locations), or set migrate.enabled=false");
        }

        for (Map.Entry<String, DataSourceMigration> entry : entries.entrySet()) {
            String key = entry.getKey();
            DataSourceMigration settings = entry.getValue();
            String bean = settings.getUrl() != null ? null
                    : entryForBean.entrySet().stream().filter(e -> e.getValue().equals(key)).findFirst()
                            .map(Map.Entry::getKey).orElseThrow();
            if (Boolean.FALSE.equals(settings.getEnabled()) || (primaryByTopLevel && primary.equals(bean))) {
                continue;
            }
            runners.add(further(properties, key, bean, settings));
        }
        List<String> names = runners.stream().map(RunnerSettings::name).toList();
        for (String name : names) {
            if (names.indexOf(name) != names.lastIndexOf(name)) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "two runners are named '" + name + "' (migrate.url "
                        + "and migrate.datasources." + name + "); rename the migrate.datasources entry");
            }
        }
        return runners;
    }

    /** The DataSource beans no runner migrates, for the log. */
    static List<String> unmigrated(List<RunnerSettings> runners, List<String> dataSources) {
        return dataSources.stream().filter(ds -> runners.stream().noneMatch(r -> ds.equals(r.dataSourceBean())))
                .toList();
    }

    /** The top-level settings, each overridden by the primary's own entry where it has one. */
    private static RunnerSettings topLevel(MigrateProperties p, String name, String bean, DataSourceMigration own) {
        DataSourceMigration o = own == null ? new DataSourceMigration() : own;
        return new RunnerSettings(name, MigrateProperties.PREFIX, bean, bean == null ? p.getUrl() : null,
                bean == null ? p.getUser() : null, bean == null ? p.getPassword() : null,
                or(o.getTarget(), p.getTarget()), or(o.getLocations(), p.getLocations()), or(o.getSchema(), p.getSchema()),
                or(o.getLockTimeout(), p.getLockTimeout()), or(o.getConnectRetries(), p.getConnectRetries()),
                or(o.getConnectRetryInterval(), p.getConnectRetryInterval()),
                or(o.getWaitForDatabase(), p.getWaitForDatabase()), or(o.getValidateChecksums(), p.isValidateChecksums()),
                or(o.getFailOnPending(), p.isFailOnPending()), or(o.getAllowDestructive(), p.isAllowDestructive()),
                or(o.getTransactionMode(), p.getTransactionMode()), p.getJournalLimit(), placeholders(p, o),
                secretPlaceholders(p, o), or(o.getPlaceholderReplacement(), p.isPlaceholderReplacement()),
                or(o.getVersionTable(), p.getVersionTable()), or(o.getHistoryTable(), p.getHistoryTable()));
    }

    /** A further DataSource: its own locations, and the top-level value of every setting it leaves out. */
    private static RunnerSettings further(MigrateProperties p, String key, String bean, DataSourceMigration o) {
        return new RunnerSettings(bean != null ? bean : key, "migrate.datasources." + key, bean, o.getUrl(),
                o.getUser(), o.getPassword(), or(o.getTarget(), p.getTarget()), o.getLocations(),
                or(o.getSchema(), p.getSchema()), or(o.getLockTimeout(), p.getLockTimeout()),
                or(o.getConnectRetries(), p.getConnectRetries()),
                or(o.getConnectRetryInterval(), p.getConnectRetryInterval()),
                or(o.getWaitForDatabase(), p.getWaitForDatabase()), or(o.getValidateChecksums(), p.isValidateChecksums()),
                or(o.getFailOnPending(), p.isFailOnPending()), or(o.getAllowDestructive(), p.isAllowDestructive()),
                or(o.getTransactionMode(), p.getTransactionMode()), p.getJournalLimit(), placeholders(p, o),
                secretPlaceholders(p, o), or(o.getPlaceholderReplacement(), p.isPlaceholderReplacement()),
                or(o.getVersionTable(), p.getVersionTable()), or(o.getHistoryTable(), p.getHistoryTable()));
    }

    /** The top-level placeholders, each name the DataSource's own settings give taking its value from there. */
    private static Map<String, String> placeholders(MigrateProperties p, DataSourceMigration o) {
        Map<String, String> values = new LinkedHashMap<>(p.getPlaceholders());
        values.putAll(o.getPlaceholders());
        return values;
    }

    private static List<String> secretPlaceholders(MigrateProperties p, DataSourceMigration o) {
        List<String> names = new ArrayList<>(p.getSecretPlaceholders());
        names.addAll(o.getSecretPlaceholders());
        return names;
    }

    private static <T> T or(T own, T inherited) {
        return own != null ? own : inherited;
    }

    /** How Spring compares property names: case, dashes and underscores aside. */
    private static String uniform(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    private static String listed(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }
}
