package dev.migrate.schema.model;

import java.util.Objects;

/**
 * An installed extension (PostgreSQL {@code CREATE EXTENSION}), listed in the schema that holds its objects. The
 * objects it installs (functions, types, operators) are its own business: they are never compared one by one.
 *
 * @param name    the extension's name, e.g. {@code pg_trgm}
 * @param version the installed version, e.g. {@code 1.6}
 */
public record Extension(String name, String version) {

    public Extension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }
}
