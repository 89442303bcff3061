package dev.migrate.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A setting the command line reads, and its three names: the option ({@code --lock-timeout}), the environment
 * variable ({@code MIGRATE_LOCK_TIMEOUT}) and the key of {@code migrate.properties} ({@code migrate.lockTimeout},
 * the Maven plugin's property name where the plugin has the setting).
 */
enum Setting {
    URL("url", "a JDBC URL or postgres://user:password@host:port/db"),
    USER("user", "the database user"),
    PASSWORD("password", "the database password"),
    SCHEMA("schema", "the schema of migrate's tables and the migrations' default schema"),
    DIALECT("dialect", "the dialect instead of the one the URL implies: postgresql or h2"),
    MIGRATIONS("migrations", "a directory of revision files, or classpath:<path> (with --classpath)"),
    CLASSPATH("classpath", "jars and directories for classpath: migrations, Java migrations and extra drivers"),
    SCHEMA_FILES("schemaFiles", "the desired schema as DDL files, comma-separated, for revision --autogenerate"),
    SHADOW_URL("shadowUrl", "an empty database autogenerate and check may use as their shadow"),
    LOCK_TIMEOUT("lockTimeout", "seconds a writing command waits for the migration lock"),
    VALIDATE_CHECKSUMS("validateChecksums", "whether upgrade and downgrade stop when an applied file changed"),
    CONNECT_RETRIES("connectRetries", "more attempts to connect while the database cannot be reached"),
    CONNECT_RETRY_INTERVAL("connectRetryInterval", "seconds before the first connection retry (then doubling)"),
    CONNECT_TIMEOUT("connectTimeout", "seconds one attempt to connect and log in may take"),
    STATEMENT_TIMEOUT("statementTimeout", "seconds one statement may run before the database cancels it"),
    WAIT_FOR_DATABASE("waitForDatabase", "how long to wait for a database that cannot be reached yet: 60s, 2m, 90"),
    TRANSACTION_MODE("transactionMode", "per-migration or all"),
    RESUME("resume", "false, true, rerun or skip: continue a revision that failed part-way"),
    ALLOW_DESTRUCTIVE("allowDestructive", "whether sections that lose data may run"),
    BACKUP("backup", "none, tables or dump: what to back up before sections that can lose data run"),
    BACKUP_DIRECTORY("backupDirectory", "where --backup dump writes its files; default migrate-backups");

    /** The prefix of every key in {@code migrate.properties}. */
    static final String PREFIX = "migrate.";

    private final String name;
    private final String description;

    Setting(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** {@code migrate.lockTimeout}. */
    String key() {
        return PREFIX + name;
    }

    /** {@code MIGRATE_LOCK_TIMEOUT}. */
    String environmentVariable() {
        return "MIGRATE_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** {@code --lock-timeout}. */
    String option() {
        return "--" + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    String description() {
        return description;
    }

    /** Whether its value must never be shown. */
    boolean secret() {
        return this == PASSWORD;
    }

    static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(setting -> setting.key().equals(key)).findFirst();
    }
}
