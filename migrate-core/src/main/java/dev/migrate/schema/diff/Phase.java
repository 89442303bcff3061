package dev.migrate.schema.diff;

/**
 * The phases a diff's operations come out in, in this order. The order makes the list apply, and makes its exact
 * reverse apply too (that reverse is the downgrade): what depends on an object goes before the object is dropped
 * or changed, and comes back after it is created.
 */
enum Phase {
    /** New schemas, before anything is created in them. */
    CREATE_SCHEMAS,
    /** New extensions (their types and functions may be used by anything below), and version updates. */
    EXTENSIONS,
    /**
     * Triggers that go away or change, or whose function is dropped and created again, and policies that go away or
     * are dropped to change. First of all, before what they fire on, run or read changes or is renamed.
     */
    DROP_TRIGGERS,
    /**
     * Views that go away, change, or read a table whose columns change (dependents first). Views go before
     * renames: a view's snapshot names the tables as they were, and its reverse must run after the renames are undone.
     */
    DROP_VIEWS,
    /** Renames declared by hints. */
    RENAMES,
    /** Indexes and checks that mention a column whose enum type is rebuilt; they come back with the tables. */
    DROP_FOR_TYPE_CHANGES,
    /** New and changed enum types, then domains, composite and range types, in that order. */
    TYPES,
    /**
     * Functions and procedures: those whose signature-level change needs a drop go first, then the new ones and
     * the replaced ones. Before the tables, whose defaults, checks and indexes may call them.
     */
    ROUTINES,
    /** New and changed sequences. */
    SEQUENCES,
    /**
     * Partitions that leave their partitioned table or change their bound ({@code DETACH PARTITION}), before the
     * partitioned table changes or goes.
     */
    DETACH_PARTITIONS,
    /** Foreign keys that go away or change, or that lean on a key or a table being dropped. */
    DROP_FOREIGN_KEYS,
    /** Primary keys, unique and check constraints and indexes that go away or change. */
    DROP_CONSTRAINTS,
    /** Functions and procedures on a table's row type that go away or are dropped to change, before the table. */
    DROP_ROUTINES_ON_ROW_TYPES,
    /** Tables that go away, referencing tables first (a foreign-key cycle is broken by dropping one of its keys). */
    DROP_TABLES,
    /** New tables, referenced tables first, with the foreign keys that can be inline. */
    CREATE_TABLES,
    /** Columns added, altered and dropped. */
    COLUMNS,
    /** Primary keys, unique and check constraints and indexes that are new or changed. */
    ADD_CONSTRAINTS,
    /** Foreign keys that are new or changed, including those that close a cycle. */
    ADD_FOREIGN_KEYS,
    /**
     * Existing tables that become partitions or change their bound ({@code ATTACH PARTITION}), once their columns
     * and constraints are as the partitioned table needs them.
     */
    ATTACH_PARTITIONS,
    /** Functions and procedures on a table's row type that are new or change, once the table is there. */
    ROUTINES_ON_ROW_TYPES,
    /** Views that are new or were dropped above, dependencies first. */
    CREATE_VIEWS,
    /** Table comments. */
    COMMENTS,
    /**
     * Triggers and policies that are new or were dropped above, and policies altered in place, once their tables,
     * views and functions exist.
     */
    CREATE_TRIGGERS,
    /** Functions and procedures that go away, once nothing left calls them. */
    DROP_ROUTINES,
    /** Range, composite types and domains that go away, in that order, before the enum types they may use. */
    DROP_DERIVED_TYPES,
    /** Sequences and enum types that go away, once nothing uses them. */
    DROP_SEQUENCES_AND_TYPES,
    /** Extensions that go away, once nothing uses their objects. */
    DROP_EXTENSIONS,
    /** Schemas that go away, once they are empty. */
    DROP_SCHEMAS
}
