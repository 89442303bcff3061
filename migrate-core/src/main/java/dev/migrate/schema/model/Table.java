package dev.migrate.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table with its columns, constraints, indexes and comment.
 *
 * @param name              the name
 * @param columns           the columns, in table order
 * @param primaryKey        the primary key, or null
 * @param uniqueConstraints unique constraints, sorted by name
 * @param foreignKeys       foreign keys, sorted by name
 * @param checks            check constraints, sorted by name
 * @param indexes           indexes that do not back a constraint, sorted by name
 * @param comment           the comment, or null
 * @param options           partitioning, inheritance and persistence ({@link TableOptions#NONE} for an ordinary table)
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
                    List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes, String comment,
                    TableOptions options) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
        Objects.requireNonNull(options, "options");
    }

    /** An ordinary table ({@link TableOptions#NONE}). */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
                 List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes, String comment) {
        this(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, comment, TableOptions.NONE);
    }

    /** A table with columns only. */
    public static Table of(String name, List<Column> columns) {
        return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes,
                comment, options);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes,
                comment, options);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniqueConstraints, foreignKeys, checks, indexes,
                comment, options);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, newUniques, foreignKeys, checks, indexes, comment, options);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniqueConstraints, newForeignKeys, checks, indexes,
                comment, options);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, newChecks, indexes,
                comment, options);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, newIndexes,
                comment, options);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes,
                newComment, options);
    }

    public Table withOptions(TableOptions newOptions) {
        return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes, comment,
                newOptions);
    }

    /** This table with every column passed through {@code change}. */
    public Table mapColumns(UnaryOperator<Column> change) {
        return withColumns(columns.stream().map(change).toList());
    }
}
