package dev.migrate.dialect;

/**
 * How a database holds migrate's migration lock: data a dialect declares, implemented once in the {@code lock}
 * package. Every method holds the lock on a dedicated connection, so the lock dies with that connection and can
 * never go stale.
 */
public enum LockMethod {
    /**
     * A PostgreSQL session advisory lock ({@code pg_try_advisory_lock}) whose key is derived from the version
     * table's schema and name. It survives commits, rollbacks and DDL on other connections, and waiting for it holds
     * no snapshot, so {@code CREATE INDEX CONCURRENTLY} never waits for a waiting migrate.
     */
    POSTGRES_ADVISORY_LOCK,
    /**
     * The one row of H2's {@code migrate_lock} table, held by an uncommitted {@code UPDATE} on a connection with
     * autocommit off that runs nothing else (DDL would commit it), waiting in bounded steps with
     * {@code SET LOCK_TIMEOUT}.
     */
    H2_LOCK_ROW,
    /** No lock: the dialect cannot hold one, and migrate warns that concurrent runs are not protected. */
    NONE
}
