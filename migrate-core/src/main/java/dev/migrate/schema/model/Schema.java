package dev.migrate.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One schema (namespace) and what migrate compares in it. Every list is sorted by name (routines by signature,
 * triggers by table and name).
 *
 * @param name           the schema name
 * @param tables         the tables
 * @param views          the views
 * @param sequences      standalone sequences
 * @param enums          enum types
 * @param extensions     extensions whose objects live in this schema
 * @param domains        domains
 * @param compositeTypes composite types
 * @param rangeTypes     range types
 * @param routines       functions and procedures (not those of an extension)
 * @param triggers       triggers on the tables and views of this schema
 * @param policies       row-level security policies on the tables of this schema, sorted by table and name
 */
public record Schema(String name, List<Table> tables, List<View> views, List<Sequence> sequences,
                     List<EnumType> enums, List<Extension> extensions, List<Domain> domains,
                     List<CompositeType> compositeTypes, List<RangeType> rangeTypes, List<Routine> routines,
                     List<Trigger> triggers, List<Policy> policies) {

    public Schema {
        Objects.requireNonNull(name, "name");
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        sequences = List.copyOf(sequences);
        enums = List.copyOf(enums);
        extensions = List.copyOf(extensions);
        domains = List.copyOf(domains);
        compositeTypes = List.copyOf(compositeTypes);
        rangeTypes = List.copyOf(rangeTypes);
        routines = List.copyOf(routines);
        triggers = List.copyOf(triggers);
        policies = List.copyOf(policies);
    }

    /** A schema without policies. */
    public Schema(String name, List<Table> tables, List<View> views, List<Sequence> sequences,
                  List<EnumType> enums, List<Extension> extensions, List<Domain> domains,
                  List<CompositeType> compositeTypes, List<RangeType> rangeTypes, List<Routine> routines,
                  List<Trigger> triggers) {
        this(name, tables, views, sequences, enums, extensions, domains, compositeTypes, rangeTypes, routines,
                triggers, List.of());
    }

    /** A schema of the kinds every dialect has (no extensions, domains, other types, routines or triggers). */
    public Schema(String name, List<Table> tables, List<View> views, List<Sequence> sequences, List<EnumType> enums) {
        this(name, tables, views, sequences, enums, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
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
        return new Schema(name, newTables, views, sequences, enums, extensions, domains, compositeTypes, rangeTypes,
                routines, triggers, policies);
    }
}
