package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.api.TransactionMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code migrate.*} properties. The top-level ones migrate the application's DataSource (or the database of
 * {@code migrate.url}); {@code migrate.datasources.<name>.*} migrates a further DataSource bean, each setting it leaves
 * out taken from the top level. The configuration processor turns the field comments into the IDE's descriptions.
 */
@ConfigurationProperties(MigrateProperties.PREFIX)
public class MigrateProperties {

    public static final String PREFIX = "migrate";

    /** Whether to migrate at start; false turns off every runner, the health indicator and the endpoint. */
    private boolean enabled = true;

    /**
     * JDBC URL (or postgres:// URI) of the database to migrate instead of the application's DataSource, e.g. when the
     * application's user may not change the schema.
     */
    private String url;

    /** Login user for migrate.url. */
    private String user;

    /** Login password for migrate.url; never shown in logs, health details or the endpoint. */
    private String password;

    /** Where to upgrade to at start: head, heads, a revision id or prefix, a branch label, label@head, +N. */
    private String target = "head";

    /**
     * Where the revision files (and Java migrations) are, each with its prefix: classpath:db/migrations or
     * filesystem:/path. Several locations form one graph.
     */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));

    /** Schema for migrate's tables, and the default schema of the migrations; the connection's own when not set. */
    private String schema;

    /** How long to wait for the migration lock another instance holds; 0 tries once. */
    private Duration lockTimeout = Duration.ofSeconds(60);

    /**
     * How many more times to try when the database cannot be reached (refused, unknown host, starting up, missing),
     * waiting connect-retry-interval before the first retry and twice as long before each next one, up to 30 s. Set
     * this or wait-for-database, not both.
     */
    private int connectRetries = 0;

    /** The pause before the first connection retry; each later pause doubles, up to 30 s. */
    private Duration connectRetryInterval = Duration.ofSeconds(1);

    /**
     * How long to wait at start for a database that cannot be reached yet (refused, unknown host, starting up, not
     * created yet), e.g. 2m; each failed attempt is logged. 0 does not wait. Rejected credentials are never waited on.
     */
    private Duration waitForDatabase = Duration.ZERO;

    /** Whether an applied revision whose file changed stops the start; false lets it go on with a warning. */
    private boolean validateChecksums = true;

    /**
     * Instead of migrating, refuse to start while the database is not at the heads (or a revision failed or
     * changed): for deployments where a pipeline migrates before the application starts.
     */
    private boolean failOnPending = false;

    /**
     * Whether the upgrade may apply revisions that lose data (dropped tables or columns, narrowed types, deleted
     * rows); false refuses them, naming file and line, before anything changes.
     */
    private boolean allowDestructive = true;

    /** A transaction per revision (per-migration), or one for the whole upgrade (all; needs transactional DDL). */
    private TransactionMode transactionMode = TransactionMode.PER_MIGRATION;

    /** How many of the latest journal rows the /actuator/migrate endpoint lists. */
    private int journalLimit = 100;

    /**
     * Values of ${name} in revision and callback SQL, by name (Flyway's spring.flyway.placeholders): e.g.
     * migrate.placeholders.owner=app_owner, or the environment variable MIGRATE_PLACEHOLDERS_OWNER. The built-ins
     * ${migrate:schema}, ${migrate:user} and ${migrate:revision} need none.
     */
    private Map<String, String> placeholders = new LinkedHashMap<>();

    /**
     * Placeholders whose values are masked (****) in logs, errors and the endpoint; names containing password,
     * secret or token are masked without this.
     */
    private List<String> secretPlaceholders = new ArrayList<>();

    /** Whether ${...} in revision SQL is replaced; false runs the SQL exactly as written. */
    private boolean placeholderReplacement = true;

    /** The name of migrate's version table (Flyway's spring.flyway.table); migrate_version when not set. */
    private String versionTable;

    /** The name of migrate's journal of every step; migrate_history when not set. */
    private String historyTable;

    /**
     * Further DataSources to migrate, by bean name: each gets its own runner, with its own locations (required) and
     * any other setting of migrate.* that should differ.
     */
    private Map<String, DataSourceMigration> datasources = new LinkedHashMap<>();

    /**
     * The settings of one further DataSource. Every one left out is taken from the top-level {@code migrate.*}
     * setting, except {@code locations}, which each DataSource names itself.
     */
    public static class DataSourceMigration {

        /** Whether to migrate this DataSource. */
        private Boolean enabled;

        /** JDBC URL of a database to migrate under this name instead of the DataSource bean of this name. */
        private String url;

        /** Login user for url. */
        private String user;

        /** Login password for url. */
        private String password;

        /** Where to upgrade this DataSource to. */
        private String target;

        /** Where this DataSource's revisions are, e.g. classpath:db/orders. Required. */
        private List<String> locations;

        /** Schema for migrate's tables in this database. */
        private String schema;

        /** How long to wait for this database's migration lock. */
        private Duration lockTimeout;

        /** How many more times to try when this database cannot be reached. */
        private Integer connectRetries;

        /** The pause before the first connection retry. */
        private Duration connectRetryInterval;

        /** How long to wait at start for this database. */
        private Duration waitForDatabase;

        /** Whether a changed applied revision stops the start. */
        private Boolean validateChecksums;

        /** Refuse to start while this database is not at its heads, instead of migrating it. */
        private Boolean failOnPending;

        /** Whether revisions that lose data may be applied to this database. */
        private Boolean allowDestructive;

        /** A transaction per revision, or one for the whole upgrade. */
        private TransactionMode transactionMode;

        /** Placeholders of this database's revisions; each name set here wins over migrate.placeholders. */
        private Map<String, String> placeholders = new LinkedHashMap<>();

        /** Further secret placeholders of this database (added to migrate.secret-placeholders). */
        private List<String> secretPlaceholders = new ArrayList<>();

        /** Whether ${...} in this database's revisions is replaced. */
        private Boolean placeholderReplacement;

        /** The name of this database's version table. */
        private String versionTable;

        /** The name of this database's journal. */
        private String historyTable;

        public Map<String, String> getPlaceholders() {
            return placeholders;
        }

        public void setPlaceholders(Map<String, String> placeholders) {
            this.placeholders = placeholders;
        }

        public List<String> getSecretPlaceholders() {
            return secretPlaceholders;
        }

        public void setSecretPlaceholders(List<String> secretPlaceholders) {
            this.secretPlaceholders = secretPlaceholders;
        }

        public Boolean getPlaceholderReplacement() {
            return placeholderReplacement;
        }

        public void setPlaceholderReplacement(Boolean placeholderReplacement) {
            this.placeholderReplacement = placeholderReplacement;
        }

        public String getVersionTable() {
            return versionTable;
        }

        public void setVersionTable(String versionTable) {
            this.versionTable = versionTable;
        }

        public String getHistoryTable() {
            return historyTable;
        }

        public void setHistoryTable(String historyTable) {
            this.historyTable = historyTable;
        }

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public List<String> getLocations() {
            return locations;
        }

        public void setLocations(List<String> locations) {
            this.locations = locations;
        }

        public String getSchema() {
            return schema;
        }

        public void setSchema(String schema) {
            this.schema = schema;
        }

        public Duration getLockTimeout() {
            return lockTimeout;
        }

        public void setLockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
        }

        public Integer getConnectRetries() {
            return connectRetries;
        }

        public void setConnectRetries(Integer connectRetries) {
            this.connectRetries = connectRetries;
        }

        public Duration getConnectRetryInterval() {
            return connectRetryInterval;
        }

        public void setConnectRetryInterval(Duration connectRetryInterval) {
            this.connectRetryInterval = connectRetryInterval;
        }

        public Duration getWaitForDatabase() {
            return waitForDatabase;
        }

        public void setWaitForDatabase(Duration waitForDatabase) {
            this.waitForDatabase = waitForDatabase;
        }

        public Boolean getValidateChecksums() {
            return validateChecksums;
        }

        public void setValidateChecksums(Boolean validateChecksums) {
            this.validateChecksums = validateChecksums;
        }

        public Boolean getFailOnPending() {
            return failOnPending;
        }

        public void setFailOnPending(Boolean failOnPending) {
            this.failOnPending = failOnPending;
        }

        public Boolean getAllowDestructive() {
            return allowDestructive;
        }

        public void setAllowDestructive(Boolean allowDestructive) {
            this.allowDestructive = allowDestructive;
        }

        public TransactionMode getTransactionMode() {
            return transactionMode;
        }

        public void setTransactionMode(TransactionMode transactionMode) {
            this.transactionMode = transactionMode;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public int getConnectRetries() {
        return connectRetries;
    }

    public void setConnectRetries(int connectRetries) {
        this.connectRetries = connectRetries;
    }

    public Duration getConnectRetryInterval() {
        return connectRetryInterval;
    }

    public void setConnectRetryInterval(Duration connectRetryInterval) {
        this.connectRetryInterval = connectRetryInterval;
    }

    public Duration getWaitForDatabase() {
        return waitForDatabase;
    }

    public void setWaitForDatabase(Duration waitForDatabase) {
        this.waitForDatabase = waitForDatabase;
    }

    public boolean isValidateChecksums() {
        return validateChecksums;
    }

    public void setValidateChecksums(boolean validateChecksums) {
        this.validateChecksums = validateChecksums;
    }

    public boolean isFailOnPending() {
        return failOnPending;
    }

    public void setFailOnPending(boolean failOnPending) {
        this.failOnPending = failOnPending;
    }

    public boolean isAllowDestructive() {
        return allowDestructive;
    }

    public void setAllowDestructive(boolean allowDestructive) {
        this.allowDestructive = allowDestructive;
    }

    public TransactionMode getTransactionMode() {
        return transactionMode;
    }

    public void setTransactionMode(TransactionMode transactionMode) {
        this.transactionMode = transactionMode;
    }

    public Map<String, String> getPlaceholders() {
        return placeholders;
    }

    public void setPlaceholders(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    public List<String> getSecretPlaceholders() {
        return secretPlaceholders;
    }

    public void setSecretPlaceholders(List<String> secretPlaceholders) {
        this.secretPlaceholders = secretPlaceholders;
    }

    public boolean isPlaceholderReplacement() {
        return placeholderReplacement;
    }

    public void setPlaceholderReplacement(boolean placeholderReplacement) {
        this.placeholderReplacement = placeholderReplacement;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getHistoryTable() {
        return historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public int getJournalLimit() {
        return journalLimit;
    }

    public void setJournalLimit(int journalLimit) {
        this.journalLimit = journalLimit;
    }

    public Map<String, DataSourceMigration> getDatasources() {
        return datasources;
    }

    public void setDatasources(Map<String, DataSourceMigration> datasources) {
        this.datasources = datasources;
    }
}
