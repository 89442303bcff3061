package dev.migrate.backup;

import java.util.Locale;
import java.util.Optional;

/** What {@code migrate.backup} asks for before a run that can lose data. */
public enum BackupMode {
    /** No backup (the default). */
    NONE,
    /**
     * A copy of each table a pending statement drops, truncates, deletes from or narrows, made on the same server in
     * schema {@value Backups#SCHEMA}: no extra tools, restored with one {@code INSERT ... SELECT}.
     */
    TABLES,
    /** The database's own dump tool writes the schema to a file in {@code migrate.backupDirectory}. */
    DUMP;

    /** {@code none}, {@code tables} or {@code dump}, in any case; empty for anything else. */
    public static Optional<BackupMode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The word users type. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
