package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.MigrationCallback;
import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.api.RunOptions;
import dev.migrate.connect.Secrets;
import dev.migrate.report.IntegrityProblem;
import dev.migrate.report.RevisionSummary;
import dev.migrate.report.StatusReport;
import dev.migrate.report.UpgradeResult;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Migrates one database while the application context starts: one bean per migrated DataSource (or for
 * {@code migrate.url}), created before the JPA {@code EntityManagerFactory}, {@code JdbcTemplate}s and every other
 * bean that Spring Boot knows depends on database initialisation (see {@link MigrateDatabaseInitializerDetector}).
 * A failure throws {@link MigrateStartupException}: the context does not start and nothing serves requests.
 *
 * <p>The health indicator and the {@code /actuator/migrate} endpoint ask the same runner's {@link #migrator()}.
 */
public class MigrateRunner implements InitializingBean {

    private static final Log LOG = LogFactory.getLog(MigrateRunner.class);

    private final RunnerSettings settings;
    private final DataSource dataSource;
    private final MigrateMigrationStrategy strategy;
    private final String logPrefix;
    private final Migrator migrator;
    /** The database's masked URL, once a connection has told it. */
    private volatile String url;

    MigrateRunner(RunnerSettings settings, DataSource dataSource, MigrateMigrationStrategy strategy,
                  List<MigrateBuilderCustomizer> customizers, List<MigrationCallback> callbacks, ClassLoader classLoader,
                  boolean oneOfSeveral) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.strategy = strategy;
        this.logPrefix = oneOfSeveral ? "[" + settings.name() + "] " : "";
        this.url = settings.url() == null ? null : Secrets.maskUrl(settings.url());
        Migrator.Builder builder = Migrator.configure()
                .locations(settings.locations().toArray(String[]::new))
                .schema(settings.schema())
                .lockTimeout(settings.lockTimeout())
                .connectRetries(settings.connectRetries(), settings.connectRetryInterval())
                .validateChecksums(settings.validateChecksums())
                .allowDestructive(settings.allowDestructive())
                .transactionMode(settings.transactionMode())
                .placeholders(settings.placeholders())
                .secretPlaceholders(settings.secretPlaceholders())
                .placeholderReplacement(settings.placeholderReplacement())
                .versionTable(settings.versionTable())
                .historyTable(settings.historyTable())
                .callbacks(callbacks.toArray(MigrationCallback[]::new))
                .listener(new LoggingListener(logPrefix))
                .classLoader(classLoader);
        if (dataSource != null) {
            builder.dataSource(new PoolExceptionUnwrapper(dataSource));
        } else {
            builder.url(settings.url()).user(settings.user()).password(settings.password());
        }
        customizers.forEach(customizer -> customizer.customize(settings.name(), builder));
        try {
            this.migrator = builder.build();
        } catch (MigrateException e) {
            throw new MigrateStartupException(settings.name(), database(), "configure migrate for " + database(), e);
        }
    }

    /** The runner's name: its DataSource bean's, or {@code migrate} for {@code migrate.url}. */
    public String name() {
        return settings.name();
    }

    /** The DataSource bean this runner migrates, or null for {@code migrate.url}. */
    public String dataSourceBean() {
        return settings.dataSourceBean();
    }

    /** The DataSource it migrates, or null for {@code migrate.url}. */
    DataSource dataSource() {
        return dataSource;
    }

    /** Where this runner upgrades to ({@code migrate.target}). */
    public String target() {
        return settings.target();
    }

    /** Where its revisions come from ({@code migrate.locations}). */
    public List<String> locations() {
        return settings.locations();
    }

    /** Whether it only checks the database at start ({@code migrate.fail-on-pending}). */
    public boolean failOnPending() {
        return settings.failOnPending();
    }

    /** How many journal rows {@code /actuator/migrate} lists. */
    public int journalLimit() {
        return settings.journalLimit();
    }

    /** The Java API over this runner's database and revisions. */
    public Migrator migrator() {
        return migrator;
    }

    /**
     * The database for people: {@code DataSource 'dataSource' (jdbc:postgresql://db/app)} once a connection has told
     * its URL, the masked {@code migrate.url}, or just the DataSource's name. Never a password, and never a connection
     * attempt of its own (a health check must not wait for a pool).
     */
    public String database() {
        if (settings.dataSourceBean() == null) {
            return url;
        }
        return url == null ? settings.describe() : settings.describe() + " (" + url + ")";
    }

    @Override
    public void afterPropertiesSet() {
        String doing = strategy != null ? "run the MigrateMigrationStrategy on"
                : settings.failOnPending() ? "check (migrate.fail-on-pending)" : "upgrade";
        try {
            waitForDatabase();
            if (strategy != null) {
                strategy.migrate(this);
            } else if (settings.failOnPending()) {
                requireUpToDate();
            } else {
                upgrade();
            }
        } catch (MigrateException e) {
            if (e.kind() != ErrorKind.CONNECTION && e.kind() != ErrorKind.AUTHENTICATION) {
                learnUrl();
            }
            String what = doing + " " + database() + (strategy == null && !settings.failOnPending()
                    ? " to " + settings.target() : "");
            throw new MigrateStartupException(settings.name(), database(), what, e);
        }
    }

    /** The default at start: upgrades to {@code migrate.target} and logs what it applied. */
    public UpgradeResult upgrade() {
        UpgradeResult result = migrator.upgrade(settings.target());
        learnUrl();
        if (result.nothingToDo()) {
            LOG.info(logPrefix + database() + " is up to date at " + heads(result.headsAfter()) + "; nothing to apply");
        } else {
            LOG.info(logPrefix + "Migrated " + database() + " from " + heads(result.headsBefore()) + " to "
                    + heads(result.headsAfter()) + ": " + result.migrations().size()
                    + (result.migrations().size() == 1 ? " revision in " : " revisions in ")
                    + result.durationMillis() + " ms");
        }
        return result;
    }

    /**
     * With {@code migrate.fail-on-pending}: applies nothing, and refuses ({@link ErrorKind#REFUSED}) unless every
     * revision is applied and none failed or changed.
     */
    public StatusReport requireUpToDate() {
        StatusReport status = migrator.status();
        learnUrl();
        if (status.isUpToDate() && status.isHealthy()) {
            LOG.info(logPrefix + database() + " is at its heads (" + heads(ids(status.heads())) + "); "
                    + settings.prefix() + ".fail-on-pending = true, so nothing was applied");
            return status;
        }
        List<String> lines = new ArrayList<>();
        lines.add("the database is not ready for this application, and " + settings.prefix() + ".fail-on-pending = "
                + "true says a deployment step migrates it, not the application:");
        if (!status.isUpToDate()) {
            lines.add("  " + status.pending().size() + (status.pending().size() == 1 ? " revision is" : " revisions are")
                    + " pending:");
            for (RevisionSummary pending : status.pending()) {
                lines.add("    " + pending.label() + " " + pending.location());
            }
        }
        for (IntegrityProblem problem : status.problems()) {
            lines.add("  " + (problem.kind() == IntegrityProblem.Kind.FAILED ? "failed: " : "changed: ")
                    + problem.message().lines().findFirst().orElse(""));
        }
        lines.add("Migrate the database first (mvn migrate:upgrade, or the job that does it), then start the "
                + "application again.");
        throw new MigrateException(ErrorKind.REFUSED, String.join("\n", lines));
    }

    /**
     * With {@code migrate.wait-for-database}: tries the database until it answers, logging each failed attempt,
     * for at most that long. Only an unreachable (or not yet created) database is waited for; any other problem is
     * left to the strategy, which reports it.
     */
    private void waitForDatabase() {
        Duration wait = settings.waitForDatabase();
        if (wait.isZero()) {
            return;
        }
        long start = System.nanoTime();
        long deadline = start + wait.toNanos();
        Duration pause = settings.connectRetryInterval().isZero() ? Duration.ofSeconds(1)
                : settings.connectRetryInterval();
        for (int attempt = 1; ; attempt++) {
            try {
                migrator.journal(1);
                if (attempt > 1) {
                    LOG.info(logPrefix + "The database answered after " + Durations.describe(since(start)) + " ("
                            + attempt + " attempts)");
                }
                return;
            } catch (MigrateException e) {
                if (e.kind() != ErrorKind.CONNECTION) {
                    return;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new MigrateException(ErrorKind.CONNECTION, "gave up waiting for the database after "
                            + Durations.describe(since(start)) + " (" + attempt + " attempts, " + settings.prefix()
                            + ".wait-for-database = " + Durations.describe(wait) + "): " + e.getMessage(), e);
                }
                Duration sleep = pause.compareTo(Duration.ofNanos(left)) > 0 ? Duration.ofNanos(left) : pause;
                LOG.warn(logPrefix + "Waiting for the database (" + settings.prefix() + ".wait-for-database = "
                        + Durations.describe(wait) + ", " + Durations.describe(Duration.ofNanos(left).withNanos(0))
                        + " left): " + e.getMessage() + (e.getMessage().endsWith(".") ? "" : ".") + " Trying again in "
                        + Durations.describe(sleep) + ".");
                try {
                    Thread.sleep(sleep.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new MigrateException(ErrorKind.CONNECTION, "interrupted while waiting for the database", e);
                }
                pause = pause.multipliedBy(2);
                if (pause.compareTo(RunOptions.MAX_RETRY_PAUSE) > 0) {
                    pause = RunOptions.MAX_RETRY_PAUSE;
                }
            }
        }
    }

    /** Asks the DataSource once for its URL, after migrate has used it, so messages can name the database. */
    private void learnUrl() {
        if (url != null || dataSource == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            url = Secrets.maskUrl(connection.getMetaData().getURL());
        } catch (SQLException | RuntimeException e) {
            // The name of the DataSource is all messages will show.
        }
    }

    private static Duration since(long start) {
        return Duration.ofMillis((System.nanoTime() - start) / 1_000_000);
    }

    private static List<String> ids(List<RevisionSummary> revisions) {
        return revisions.stream().map(RevisionSummary::revision).toList();
    }

    private static String heads(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    @Override
    public String toString() {
        return "MigrateRunner[" + settings + "]";
    }
}
