package dev.migrate.lock;

import dev.migrate.dialect.Dialect;

import java.util.Optional;

/** Picks the lock a dialect declares ({@link Dialect#lockMethod()}). */
public final class MigrationLocks {

    private MigrationLocks() {
    }

    /**
     * The lock for migrate's tables in {@code schema}.
     *
     * @param schema       the schema of the version table, exactly as stored (resolved when not configured)
     * @param versionTable the version table's name, exactly as stored
     * @return empty when the dialect cannot hold a lock
     */
    public static Optional<MigrationLock> forDialect(Dialect dialect, String schema, String versionTable) {
        return switch (dialect.lockMethod()) {
            case POSTGRES_ADVISORY_LOCK -> Optional.of(new PostgresAdvisoryLock(schema, versionTable));
            case H2_LOCK_ROW -> Optional.of(new H2LockRow(dialect, schema));
            case NONE -> Optional.empty();
        };
    }

    /** The name of H2's lock table (before case folding); autogenerate leaves it alone like the version tables. */
    public static String lockTableName() {
        return H2LockRow.TABLE;
    }
}
