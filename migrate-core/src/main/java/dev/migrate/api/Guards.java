package dev.migrate.api;

import dev.migrate.connect.Connections;
import dev.migrate.dialect.Dialect;
import dev.migrate.guard.DatabaseSession;
import dev.migrate.guard.GuardSettings;
import dev.migrate.script.ScriptDirectory;

import java.sql.SQLException;

/** The configuration as the guards read it, and a goal's guarded session on the database. */
final class Guards {

    private Guards() {
    }

    static GuardSettings settings(MigrateConfig config, Connections connections) {
        RunOptions options = config.options();
        return new GuardSettings(config.schema(), config.tables(), config.placeholders(),
                new BuiltInPlaceholders(config, connections), options.lockTimeout(), options.validateChecksums(),
                options.resume().guard(), options.transactionMode() == TransactionMode.ALL,
                options.allowDestructive());
    }

    /** Opens the connection a goal works on, over the revision files {@code scripts}. */
    static DatabaseSession session(MigrateConfig config, Connections connections, Dialect dialect,
                                   ScriptDirectory scripts) throws SQLException {
        return DatabaseSession.open(connections, settings(config, connections), config.listener(), dialect, scripts);
    }
}
