package dev.migrate.report;

/**
 * Receives progress while migrate works: events as migrations run, and plain messages. The Maven plugin prints
 * them to the build log; the Java API sends them to {@link System.Logger} unless the application supplies its own.
 */
public interface MigrationListener {

    /** A listener that ignores everything. */
    MigrationListener NONE = new MigrationListener() {
    };

    default void event(MigrationEvent event) {
    }

    default void info(String message) {
    }

    default void warn(String message) {
    }
}
