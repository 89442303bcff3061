package dev.migrate.schema.model;

import java.util.List;

/**
 * A view.
 *
 * @param name         the name
 * @param definition   the query as the database normalises it (two views are the same when these are equal)
 * @param dependencies the tables and views it reads, as far as the database says
 * @param comment      the comment, or null
 */
public record View(String name, String definition, List<QualifiedName> dependencies, String comment) {

    public View {
        dependencies = List.copyOf(dependencies);
    }
}
