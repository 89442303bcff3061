package dev.migrate.schema.model;

import java.util.List;

/**
 * A view, or a materialized view (PostgreSQL) with its indexes.
 *
 * @param name         the name
 * @param definition   the query as the database normalises it (two views are the same when these are equal)
 * @param dependencies the tables and views it reads, as far as the database says
 * @param comment      the comment, or null
 * @param materialized whether it is a materialized view
 * @param withData     whether a materialized view is populated ({@code WITH DATA}); true for a plain view
 * @param indexes      a materialized view's indexes, sorted by name; empty for a plain view
 */
public record View(String name, String definition, List<QualifiedName> dependencies, String comment,
                   boolean materialized, boolean withData, List<Index> indexes) {

    public View {
        dependencies = List.copyOf(dependencies);
        indexes = List.copyOf(indexes);
    }

    /** A plain view. */
    public View(String name, String definition, List<QualifiedName> dependencies, String comment) {
        this(name, definition, dependencies, comment, false, true, List.of());
    }

    /** The kind as DDL says it: {@code VIEW} or {@code MATERIALIZED VIEW}. */
    public String keyword() {
        return materialized ? "MATERIALIZED VIEW" : "VIEW";
    }
}
