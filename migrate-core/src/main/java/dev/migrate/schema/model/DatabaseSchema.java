package dev.migrate.schema.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything migrate compares in a database: the schemas it looked at, and what it found but does not compare.
 *
 * @param defaultSchema the schema unqualified names resolve to (rendered without qualification)
 * @param schemas       the schemas, sorted by name
 * @param unsupported   objects found but not compared, sorted
 */
public record DatabaseSchema(String defaultSchema, List<Schema> schemas, List<UnsupportedObject> unsupported) {

    public DatabaseSchema {
        Objects.requireNonNull(defaultSchema, "defaultSchema");
        schemas = List.copyOf(schemas);
        unsupported = List.copyOf(unsupported);
    }

    public Optional<Schema> schema(String name) {
        return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<Table> table(QualifiedName name) {
        return schema(name.schema()).flatMap(s -> s.table(name.name()));
    }

    /** Every table with its qualified name, schema by schema. */
    public List<QualifiedTable> allTables() {
        List<QualifiedTable> all = new ArrayList<>();
        for (Schema schema : schemas) {
            for (Table table : schema.tables()) {
                all.add(new QualifiedTable(QualifiedName.of(schema.name(), table.name()), table));
            }
        }
        return all;
    }

    /**
     * A table and its qualified name.
     *
     * @param name  the qualified name
     * @param table the table
     */
    public record QualifiedTable(QualifiedName name, Table table) {
    }
}
