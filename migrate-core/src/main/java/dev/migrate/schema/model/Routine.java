package dev.migrate.schema.model;

import java.util.Objects;

/**
 * A function, procedure or aggregate, identified by its name and argument types (PostgreSQL overloads names). Two routines
 * are the same when their definitions, as the database prints them back, are equal.
 *
 * @param name              the name without arguments
 * @param argumentTypes     the types of its input arguments, e.g. {@code integer, text}: what identifies it
 * @param identityArguments the arguments as the database names it by in {@code DROP}, e.g. {@code IN n integer}
 *                          (names kept, defaults left out)
 * @param arguments         the full argument list with names, modes and defaults, as the database prints it
 * @param kind              function, procedure or aggregate
 * @param result            what a function returns, as the database prints it (e.g. {@code SETOF record}); null
 *                          for a procedure
 * @param definition        the whole {@code CREATE OR REPLACE} statement as the database prints it back
 * @param usesRowType       whether its arguments or result use a table's row type (so it can only exist while
 *                          the table does)
 * @param comment           the comment, or null
 */
public record Routine(String name, String argumentTypes, String identityArguments, String arguments, Kind kind, String result,
                      String definition, boolean usesRowType, String comment) {

    /** Function, procedure or aggregate. */
    public enum Kind {
        FUNCTION, PROCEDURE, AGGREGATE;

        /** The key word, e.g. {@code FUNCTION}. */
        public String keyword() {
            return name();
        }
    }

    public Routine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(argumentTypes, "argumentTypes");
        Objects.requireNonNull(identityArguments, "identityArguments");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(definition, "definition");
    }

    /**
     * The name with the input argument types, {@code name(integer, text)}: what tells overloads apart (a function
     * and a procedure with the same one cannot both exist).
     */
    public String signature() {
        return name + "(" + argumentTypes + ")";
    }

    /**
     * Whether {@code other} can replace this routine in place ({@code CREATE OR REPLACE}): PostgreSQL refuses to
     * change a routine's kind, result type, argument names or defaults that way.
     */
    public boolean replaceableBy(Routine other) {
        return kind == other.kind && Objects.equals(result, other.result) && Objects.equals(arguments, other.arguments)
                && signature().equals(other.signature());
    }
}
