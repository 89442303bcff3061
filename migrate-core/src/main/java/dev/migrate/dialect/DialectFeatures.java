package dev.migrate.dialect;

/**
 * What a database does, as data: the facts about a dialect that the rest of migrate branches on. Behaviour that
 * needs code (introspection, rendering, the lock) stays behind the {@link Dialect} interface's hooks.
 *
 * @param transactionalDdl     whether DDL runs inside transactions and is rolled back with them; without it a failed
 *                             revision can be half-applied, and migrate records its progress statement by statement
 * @param foldsToUpperCase     whether the database stores an unquoted identifier in upper case (the SQL standard)
 *                             rather than in lower case
 * @param logsFailedStatements whether the database writes every failed statement to a log of its own: migrate then
 *                             asks the catalog whether its tables exist instead of querying them and catching the
 *                             error
 * @param namedEnumTypes       whether the database has named enum types ({@code CREATE TYPE ... AS ENUM}), which
 *                             its introspector reads and its renderer writes
 */
public record DialectFeatures(boolean transactionalDdl, boolean foldsToUpperCase, boolean logsFailedStatements,
                              boolean namedEnumTypes) {
}
