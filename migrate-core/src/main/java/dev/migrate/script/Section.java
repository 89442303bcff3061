package dev.migrate.script;

import java.util.List;

/**
 * The statements under one {@code -- migrate:upgrade} or {@code -- migrate:downgrade} line.
 *
 * @param line          the line of the section's directive
 * @param transactional false when the directive says {@code transaction:false}: statements then run one by one,
 *                      outside a transaction (for {@code CREATE INDEX CONCURRENTLY} and the like)
 * @param statements    the statements, in order
 */
public record Section(int line, boolean transactional, List<SqlStatement> statements) {

    public Section {
        statements = List.copyOf(statements);
    }
}
