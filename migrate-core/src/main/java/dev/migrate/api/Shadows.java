package dev.migrate.api;

import dev.migrate.apply.VersionStore;
import dev.migrate.autogenerate.RevisionRunner;
import dev.migrate.autogenerate.ShadowSession;
import dev.migrate.connect.ConnectionSettings;
import dev.migrate.connect.Connections;
import dev.migrate.connect.Connector;
import dev.migrate.connect.DatabaseUrl;
import dev.migrate.connect.Secrets;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaSupport;
import dev.migrate.dialect.ShadowDatabase;
import dev.migrate.dialect.ShadowRequest;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.guard.DatabaseSession;
import dev.migrate.guard.PlanChecks;
import dev.migrate.report.MigrationListener;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * How the facade gives autogenerate and the checks a shadow database: checks that the configuration allows one,
 * creates it (or attaches {@code migrate.shadowUrl}), and replays revisions on it through the same commands as on
 * the real database, quietly (a configuration and connections of its own over the shadow).
 */
final class Shadows {

    private Shadows() {
    }

    /** Creates (or attaches, with {@code migrate.shadowUrl}) the shadow database. */
    static ShadowSession open(MigrateConfig config, Dialect dialect, String purpose) throws SQLException {
        if (!(dialect instanceof SchemaSupport support)) {
            throw new MigrateException(ErrorKind.UNSUPPORTED_DATABASE, purpose + " is not available for "
                    + dialect.displayName() + ": it needs to read schemas, which this dialect cannot");
        }
        if (config.connection() == null) {
            throw new MigrateException(ErrorKind.CONFIGURATION, purpose + " needs a URL (migrate.url) or a "
                    + "migrate.shadowUrl to make its shadow database; a DataSource alone is not enough");
        }
        if (config.schema() != null && dialect.schemasAreDatabases()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, purpose + " cannot run with migrate.schema = "
                    + config.schema() + " on " + dialect.displayName() + ": a schema is a database of the server "
                    + "there, so the shadow database would meet the real one. Leave migrate.schema unset and name "
                    + "the database in migrate.url instead; nothing was changed");
        }
        ConnectionSettings credentials = config.connection();
        ShadowRequest.ConnectionOpener opener = url -> Connector.open(credentials, url, dialect, config.classLoader(),
                config.options().connectTimeout());
        ShadowDatabase shadow;
        if (config.shadowUrl() != null) {
            shadow = support.attachShadow(new ShadowRequest(DatabaseUrl.parse(config.shadowUrl(), "migrate.shadowUrl")
                    .jdbcUrl(), opener));
            config.listener().info("Shadow database: " + Secrets.maskUrl(shadow.url()) + " (migrate.shadowUrl)");
        } else {
            shadow = support.createShadow(new ShadowRequest(credentials.jdbcUrl(), opener));
            config.listener().info("Shadow database: " + Secrets.maskUrl(shadow.url()) + " (created for this run, "
                    + "dropped afterwards)");
        }
        try {
            return new ShadowSession(dialect, support, shadow, new Replay(config, dialect, shadow.url()),
                    config.schema(), config.tables());
        } catch (RuntimeException e) {
            shadow.close();
            throw e;
        }
    }

    /** Runs revisions on the shadow with the commands of the facade, over connections of its own. */
    private static final class Replay implements RevisionRunner {

        private final Dialect dialect;
        private final MigrateConfig config;
        private final Connections connections;

        Replay(MigrateConfig config, Dialect dialect, String shadowUrl) {
            this.dialect = dialect;
            ConnectionSettings credentials = config.connection();
            ConnectionSettings settings = new ConnectionSettings(shadowUrl, credentials.user(),
                    credentials.password(), "shadow database", credentials.userSource(),
                    credentials.passwordSource(), false);
            // Java callbacks stay with the real database; the callback files are part of the revisions' SQL.
            this.config = new MigrateConfig(settings, null, config.locations(), config.schema(),
                    dialect.name(), MigrationListener.NONE, config.clock(), config.classLoader(), List.of(), null,
                    RunOptions.DEFAULTS, List.of(), null, config.placeholders(),
                    config.tables(), config.baseDirectory(), config.wording());
            this.connections = this.config.newConnections();
        }

        @Override
        public int upgrade(ScriptDirectory scripts, String target) throws SQLException, IOException {
            return new UpgradeCommand(config, connections).run(target, scripts).migrations().size();
        }

        @Override
        public void downgrade(ScriptDirectory scripts, String target) throws SQLException, IOException {
            new DowngradeCommand(config, connections).run(target, scripts);
        }

        @Override
        public void undo(ScriptDirectory scripts, String revision) throws SQLException {
            try (Connection connection = connections.open(dialect)) {
                VersionStore store = DatabaseSession.versionStore(dialect, config.schema(), config.tables());
                List<String> heads = DatabaseSession.readHeads(store, connection, scripts).orElse(List.of());
                MigrationPlan plan = Targets.plan(scripts, planner -> planner.planUndo(heads, revision));
                PlanChecks.reversible(plan, scripts);
                ApplyPipeline.executor(config, connections, dialect, store).execute(connection, plan, scripts,
                        ApplyPipeline.options(config, null, scripts));
            }
        }
    }
}
