package dev.migrate.script;

import dev.migrate.JavaMigration;

import java.util.List;

/**
 * The statements under one {@code -- migrate:upgrade} or {@code -- migrate:downgrade} line, or the method of a
 * {@link JavaMigration}.
 *
 * @param line          the line of the section's directive (1 for a Java migration)
 * @param transactional false when the directive says {@code transaction:false}: statements then run one by one,
 *                      outside a transaction (for {@code CREATE INDEX CONCURRENTLY} and the like)
 * @param statements    the statements, in order; for a Java migration one that names the method it calls
 * @param java          the Java migration whose method this section calls, or null for SQL
 */
public record Section(int line, boolean transactional, List<SqlStatement> statements, JavaMigration java) {

    public Section {
        statements = List.copyOf(statements);
        if (java != null && statements.size() != 1) {
            throw new IllegalArgumentException("a Java section has exactly one statement, the call");
        }
    }

    /** A section of SQL statements. */
    public Section(int line, boolean transactional, List<SqlStatement> statements) {
        this(line, transactional, statements, null);
    }

    /** Whether every statement only reads or changes rows, so that a rollback undoes the section on any database. */
    public boolean changesDataOnly() {
        return java == null && statements.stream().allMatch(SqlStatement::changesDataOnly);
    }

    /** Whether it calls Java instead of running SQL. */
    public boolean isJava() {
        return java != null;
    }
}
