package dev.migrate.maven;

import java.util.Locale;

/** What {@code migrate:generate} writes ({@code migrate.kind}). */
public enum RevisionKind {
    /** A revision file in the migrations directory (the default). */
    SQL,
    /** A {@code dev.migrate.JavaMigration} class, for a data migration SQL cannot express comfortably. */
    JAVA;

    /** The parameter's value as users write it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
