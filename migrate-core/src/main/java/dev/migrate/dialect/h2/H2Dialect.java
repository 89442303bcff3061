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

    /** "Table not found" and "table not found (candidates are ...)". */
    private static final int TABLE_NOT_FOUND = 42102;
    private static final int TABLE_NOT_FOUND_WITH_CANDIDATES = 42103;

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
        return e.getErrorCode() == TABLE_NOT_FOUND || e.getErrorCode() == TABLE_NOT_FOUND_WITH_CANDIDATES
                || "42S02".equals(e.getSQLState());
    }
}
