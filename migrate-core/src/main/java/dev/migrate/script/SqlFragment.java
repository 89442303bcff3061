package dev.migrate.script;

/** What the splitter finds in a file: statements, and {@code -- migrate:} directives between them. */
public sealed interface SqlFragment permits SqlStatement, Directive {

    /** The 1-based line where the fragment starts. */
    int line();
}
