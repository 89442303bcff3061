package dev.migrate.dialect.h2;

import dev.migrate.dialect.Dialect;
import dev.migrate.script.SplitOptions;

import java.sql.SQLException;
import java.util.Locale;

/**
 * H2 2.x: DDL commits on its own (so a failed migration can be half-applied), {@code $$} bodies, {@code //}
 * comments, upper-case folding.
 */
public final class H2Dialect implements Dialect {

    /** "Table not found", "... (candidates are ...)" and "... (this database is empty)". */
    private static final java.util.Set<Integer> TABLE_NOT_FOUND = java.util.Set.of(42102, 42103, 42104);

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public String displayName() {
        return "H2";
    }

    @Override
    public boolean handlesUrl(String jdbcUrl) {
        return jdbcUrl.startsWith(urlPrefix());
    }

    @Override
    public String urlPrefix() {
        return "jdbc:h2:";
    }

    @Override
    public SplitOptions splitOptions() {
        return SplitOptions.H2;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String foldIdentifier(String unquoted) {
        return unquoted.toUpperCase(Locale.ROOT);
    }

    @Override
    public String textType() {
        return "CHARACTER LARGE OBJECT";
    }

    @Override
    public boolean isUndefinedTable(SQLException e) {
        return TABLE_NOT_FOUND.contains(e.getErrorCode()) || "42S02".equals(e.getSQLState());
    }
}
