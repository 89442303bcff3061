package dev.migrate.lint;

/**
 * One check of the lint: reads a statement and reports what can go wrong with it. The rules every database shares
 * are {@link StandardRules}; a dialect adds those that depend on how its database locks, rewrites or refuses things
 * ({@code Dialect.lintRules()}), so that the lint itself names no database.
 */
@FunctionalInterface
public interface LintRule {

    /** Reports this rule's findings for {@code statement} with {@link LintedStatement#report}. */
    void check(LintedStatement statement);
}
