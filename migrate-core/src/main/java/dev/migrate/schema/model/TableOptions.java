package dev.migrate.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * How a table is stored, where it sits among other tables, and whether its rows are filtered: declarative
 * partitioning, inheritance, persistence and row-level security (PostgreSQL; every other dialect's tables have
 * {@link #NONE}).
 *
 * <p>A partition holds no columns, keys, checks or indexes of its own in the model except those it declares itself:
 * what it inherits from its parent is the parent's business, compared once, on the parent. An inheriting table
 * ({@code INHERITS}) holds only its own columns, likewise.
 *
 * @param partitionKey   for a partitioned table, its strategy and key as the database prints them
 *                       ({@code RANGE (created_at)}, {@code LIST (region)}, {@code HASH (id)}); otherwise null
 * @param partitionOf    for a partition, the partitioned table it belongs to; otherwise null
 * @param partitionBound for a partition, its bound as the database prints it ({@code FOR VALUES FROM (...) TO (...)},
 *                       {@code FOR VALUES IN (...)}, {@code FOR VALUES WITH (modulus 4, remainder 0)} or
 *                       {@code DEFAULT}); otherwise null
 * @param inherits       the tables it inherits from ({@code INHERITS}), in declaration order; empty for none
 * @param unlogged       whether the table is {@code UNLOGGED} (not written to the write-ahead log)
 * @param rowSecurity    whether row-level security is enabled ({@code ENABLE ROW LEVEL SECURITY})
 * @param forceRowSecurity whether it applies to the table's owner too ({@code FORCE ROW LEVEL SECURITY})
 * @param storage        storage parameters as {@code name=value} ({@code fillfactor=70},
 *                       {@code autovacuum_enabled=false}), in the database's order; empty for none
 */
public record TableOptions(String partitionKey, QualifiedName partitionOf, String partitionBound,
                           List<QualifiedName> inherits, boolean unlogged, boolean rowSecurity,
                           boolean forceRowSecurity, List<String> storage) {

    /** An ordinary, logged table without row-level security or storage parameters. */
    public static final TableOptions NONE = new TableOptions(null, null, null, List.of(), false, false, false,
            List.of());

    public TableOptions {
        inherits = List.copyOf(inherits);
        storage = List.copyOf(storage);
        if ((partitionOf == null) != (partitionBound == null)) {
            throw new IllegalArgumentException("a partition needs both its parent and its bound");
        }
        if (partitionOf != null && !inherits.isEmpty()) {
            throw new IllegalArgumentException("a partition cannot also inherit from other tables");
        }
    }

    /** Whether the table is divided into partitions ({@code PARTITION BY}). */
    public boolean isPartitioned() {
        return partitionKey != null;
    }

    /** Whether the table is a partition of another ({@code PARTITION OF}). */
    public boolean isPartition() {
        return partitionOf != null;
    }

    /** The tables this one cannot exist without: its partitioned parent, or the tables it inherits from. */
    public List<QualifiedName> parents() {
        return partitionOf != null ? List.of(partitionOf) : inherits;
    }

    public TableOptions withPartitionOf(QualifiedName parent, String bound) {
        return new TableOptions(partitionKey, parent, bound, inherits, unlogged, rowSecurity, forceRowSecurity,
                storage);
    }

    public TableOptions withInherits(List<QualifiedName> parents) {
        return new TableOptions(partitionKey, partitionOf, partitionBound, parents, unlogged, rowSecurity,
                forceRowSecurity, storage);
    }

    public TableOptions withUnlogged(boolean newUnlogged) {
        return new TableOptions(partitionKey, partitionOf, partitionBound, inherits, newUnlogged, rowSecurity,
                forceRowSecurity, storage);
    }

    public TableOptions withRowSecurity(boolean enabled, boolean forced) {
        return new TableOptions(partitionKey, partitionOf, partitionBound, inherits, unlogged, enabled, forced,
                storage);
    }

    public TableOptions withStorage(List<String> parameters) {
        return new TableOptions(partitionKey, partitionOf, partitionBound, inherits, unlogged, rowSecurity,
                forceRowSecurity, parameters);
    }

    /** These options with {@code from}'s partition (parent and bound) instead of this one's. */
    public TableOptions withPartitionOf(TableOptions from) {
        return withPartitionOf(from.partitionOf, from.partitionBound);
    }

    /** Whether both sides keep the same partitioning, key and inheritance (what cannot change in place). */
    public boolean sameShape(TableOptions other) {
        return Objects.equals(partitionKey, other.partitionKey) && inherits.equals(other.inherits);
    }
}
