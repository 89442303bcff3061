package dev.migrate.backup;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the configuration says about backups.
 *
 * @param mode      none, tables or dump ({@code migrate.backup})
 * @param directory where dumps are written ({@code migrate.backupDirectory}); null when none is configured, which
 *                  {@link BackupMode#DUMP} refuses
 */
public record BackupSettings(BackupMode mode, Path directory) {

    /** No backups. */
    public static final BackupSettings NONE = new BackupSettings(BackupMode.NONE, null);

    public BackupSettings {
        Objects.requireNonNull(mode, "mode");
    }

    public boolean enabled() {
        return mode != BackupMode.NONE;
    }
}
