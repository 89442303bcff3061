package dev.migrate.script;

/**
 * A {@code -- migrate:<name> <arguments>} comment at the start of a line, outside any statement, string or comment.
 *
 * @param name      the word after {@code migrate:}, lower case as written
 * @param arguments the rest of the line, trimmed
 * @param line      the 1-based line
 */
public record Directive(String name, String arguments, int line) implements SqlFragment {
}
