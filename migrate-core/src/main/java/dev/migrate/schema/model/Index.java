package dev.migrate.schema.model;

import java.util.List;

/**
 * An index that does not back a constraint.
 *
 * @param name      the name
 * @param unique    whether it is unique
 * @param keys      the keys, in order
 * @param method    the access method (e.g. {@code gin}), or null for the default
 * @param predicate the {@code WHERE} condition of a partial index, or null
 * @param include   non-key columns carried in the index ({@code INCLUDE}), possibly empty
 * @param storage   storage parameters as {@code name=value} ({@code fillfactor=70}), in the database's order;
 *                  empty for none
 */
public record Index(String name, boolean unique, List<IndexKey> keys, String method, String predicate,
                    List<String> include, List<String> storage) {

    public Index {
        keys = List.copyOf(keys);
        include = List.copyOf(include);
        storage = List.copyOf(storage);
    }

    /** An index without storage parameters. */
    public Index(String name, boolean unique, List<IndexKey> keys, String method, String predicate,
                 List<String> include) {
        this(name, unique, keys, method, predicate, include, List.of());
    }

    public Index withKeys(List<IndexKey> newKeys) {
        return new Index(name, unique, newKeys, method, predicate, include, storage);
    }

    public Index withName(String newName) {
        return new Index(newName, unique, keys, method, predicate, include, storage);
    }

    /** The columns the index uses as keys (expressions excluded). */
    public List<String> keyColumns() {
        return keys.stream().filter(k -> !k.isExpression()).map(IndexKey::column).toList();
    }
}
