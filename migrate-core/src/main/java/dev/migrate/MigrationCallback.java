package dev.migrate;

import java.sql.Connection;

/**
 * Code that runs around migrations, registered through {@code Migrator.configure().callbacks(...)}: the Java twin of
 * the callback files ({@code beforeUpgrade.sql}, {@code beforeEachUpgrade.sql}, ...). Every method does nothing unless
 * overridden. They run only when there is something to do, on migrate's connection, and must not commit, roll back
 * or close it:
 * <ul>
 *   <li>{@code before...} runs once, before the first revision, in its own transaction, committed before the first
 *       revision starts; {@code after...} runs once after the last revision committed, in its own transaction. After a
 *       failure, {@code after...} does not run.</li>
 *   <li>{@code beforeEach...} and {@code afterEach...} run inside each revision's transaction, right before its first
 *       statement and right after its last: a failure in them rolls the revision back like a failing statement.</li>
 * </ul>
 * With {@code migrate.transactionMode=all} everything runs in the one transaction. For a {@code transaction:false}
 * section, and on databases whose DDL commits on its own, "inside the transaction" means on the same connection, just
 * before and after.
 */
public interface MigrationCallback {

    default void beforeUpgrade(Connection connection) throws Exception {
    }

    default void beforeEachUpgrade(Connection connection, String revision) throws Exception {
    }

    default void afterEachUpgrade(Connection connection, String revision) throws Exception {
    }

    default void afterUpgrade(Connection connection) throws Exception {
    }

    default void beforeDowngrade(Connection connection) throws Exception {
    }

    default void beforeEachDowngrade(Connection connection, String revision) throws Exception {
    }

    default void afterEachDowngrade(Connection connection, String revision) throws Exception {
    }

    default void afterDowngrade(Connection connection) throws Exception {
    }
}
