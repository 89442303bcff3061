package dev.migrate.api;

import dev.migrate.connect.Connections;
import dev.migrate.placeholder.Placeholders;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The run's built-in placeholders: {@code ${migrate:schema}} is the configured schema (as the database folds it),
 * {@code ${migrate:user}} the configured user; without them, the connection's own, read once per run when a file
 * first uses them.
 */
final class BuiltInPlaceholders implements Placeholders.BuiltIns {

    private final MigrateConfig config;
    private final Connections connections;

    BuiltInPlaceholders(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    @Override
    public Optional<String> value(String name) {
        return switch (name) {
            case "schema" -> Optional.ofNullable(config.schema() != null
                    ? connections.dialectOrDefault().foldIdentifier(config.schema()) : connected().schema());
            case "user" -> Optional.ofNullable(config.connection() != null && config.connection().user() != null
                    ? config.connection().user() : connected().user());
            default -> Optional.empty();
        };
    }

    @Override
    public String whyMissing(String name) {
        return name.equals("revision") ? "a callback file runs for no single revision; use it in revision files only"
                : "the database does not say; set migrate." + name;
    }

    /** The connection's schema and user, asked of the server once per run however many readers ask. */
    private Connections.SessionIdentity connected() {
        try {
            return connections.identity(connections.dialect());
        } catch (SQLException e) {
            throw new MigrateException(ErrorKind.CONNECTION,
                    "cannot read the schema and user for the built-in placeholders from " + connections.shownAs()
                    + ": " + Failures.scrub(config, e.getMessage()));
        }
    }
}
