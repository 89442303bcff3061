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
 */
public record Index(String name, boolean unique, List<IndexKey> keys, String method, String predicate,
                    List<String> include) {

    public Index {
        keys = List.copyOf(keys);
        include = List.copyOf(include);
    }

    public Index withKeys(List<IndexKey> newKeys) {
        return new Index(name, unique, newKeys, method, predicate, include);
    }

    public Index withName(String newName) {
        return new Index(newName, unique, keys, method, predicate, include);
    }

    /** The columns the index uses as keys (expressions excluded). */
    public List<String> keyColumns() {
        return keys.stream().filter(k -> !k.isExpression()).map(IndexKey::column).toList();
    }
}
