package dev.migrate.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One schema (namespace) and what migrate compares in it. Every list is sorted by name.
 *
 * @param name      the schema name
 * @param tables    the tables
 * @param views     the views
 * @param sequences standalone sequences
 * @param enums     enum types
 */
public record Schema(String name, List<Table> tables, List<View> views, List<Sequence> sequences,
                     List<EnumType> enums) {

    public Schema {
        Objects.requireNonNull(name, "name");
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        sequences = List.copyOf(sequences);
        enums = List.copyOf(enums);
    }

    public static Schema empty(String name) {
        return new Schema(name, List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Table> table(String tableName) {
        return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
    }

    public Optional<View> view(String viewName) {
        return views.stream().filter(v -> v.name().equals(viewName)).findFirst();
    }

    public Schema withTables(List<Table> newTables) {
        return new Schema(name, newTables, views, sequences, enums);
    }
}
