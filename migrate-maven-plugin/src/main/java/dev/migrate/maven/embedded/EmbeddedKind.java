package dev.migrate.maven.embedded;

import java.util.Locale;

/**
 * Which database the goals use when no URL is configured anywhere ({@code migrate.embedded}): an H2 file, or a
 * private PostgreSQL server for teams whose revisions use PostgreSQL-only DDL. Unset, it follows
 * {@code migrate.dialect}: PostgreSQL when that names PostgreSQL, H2 otherwise.
 */
public enum EmbeddedKind {
    /** An H2 file database under {@code target/migrate/}, opened in the build's own process. */
    H2("h2"),
    /** A PostgreSQL server of its own, with its data under {@code target/migrate/postgresql}, see {@link EmbeddedServer}. */
    POSTGRESQL("postgresql");

    /**
     * The words the parameter takes, for its error message: a method, not a constant, so that the text stays in this
     * package's bytecode (the architecture test allows only this package to name databases).
     */
    public static String accepted() {
        return "use h2 (an H2 file database) or postgresql (a private PostgreSQL server)";
    }

    private final String word;

    EmbeddedKind(String word) {
        this.word = word;
    }

    /** The parameter's value as users write it. */
    public String word() {
        return word;
    }

    /** The embedded database for a configured dialect name (null: none configured). */
    public static EmbeddedKind forDialect(String dialect) {
        String name = dialect == null ? "" : dialect.strip().toLowerCase(Locale.ROOT);
        return name.equals("postgresql") || name.equals("postgres") ? POSTGRESQL : H2;
    }

    /** Whether this kind runs a server the goal starts and stops. */
    public boolean isServer() {
        return this == POSTGRESQL;
    }
}
