package dev.migrate.dialect.postgres;

/**
 * The catalog queries of {@link PostgresIntrospector}: each reads one kind of object for every schema at once, never
 * one table at a time. Every {@code ?} is bound to the same {@code text[]} of schema names. Objects that belong to
 * an extension (pg_depend deptype {@code e}) are left out everywhere.
 */
final class PostgresCatalog {

    private PostgresCatalog() {
    }

    /** The condition that the object {@code oid} of catalog {@code catalog} is not an extension's member. */
    private static String notInExtension(String catalog, String oid) {
        return "NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = '" + catalog + "'::regclass AND x.objid = "
                + oid + " AND x.deptype = 'e')";
    }

    private static final String RELATION_OWN = notInExtension("pg_class", "c.oid");

    /** The current schema and every user schema (not pg_*, information_schema or an extension's). */
    static final String SCHEMAS = """
            SELECT current_schema(), ARRAY(
                SELECT n.nspname::text FROM pg_namespace n
                WHERE n.nspname NOT LIKE 'pg\\_%%' AND n.nspname <> 'information_schema' AND %s
                ORDER BY 1)
            """.formatted(notInExtension("pg_namespace", "n.oid"));

    /**
     * Tables, views, materialized views and foreign tables, with their comments, view definitions, partition key
     * (of a partitioned table) and bound (of a partition), the tables they inherit from or are a partition of (schema
     * and name, in declaration order), persistence, row-level security and storage parameters.
     */
    static final String RELATIONS = """
            SELECT c.oid, n.nspname, c.relname, c.relkind, c.relispartition, d.description,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS definition,
                   c.relispopulated,
                   c.relpersistence = 'u' AS unlogged, c.relrowsecurity, c.relforcerowsecurity,
                   c.reloptions,
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
                   CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
                   ARRAY(SELECT pn.nspname::text FROM pg_inherits h JOIN pg_class pc ON pc.oid = h.inhparent
                         JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                         WHERE h.inhrelid = c.oid ORDER BY h.inhseqno) AS parent_schemas,
                   ARRAY(SELECT pc.relname::text FROM pg_inherits h JOIN pg_class pc ON pc.oid = h.inhparent
                         WHERE h.inhrelid = c.oid ORDER BY h.inhseqno) AS parent_names
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = ANY(?) AND %s
            """.formatted(RELATION_OWN);

    /**
     * Table columns (in no order: sorting 24,000 wide rows would spill to disk), with only what differs from column
     * to column; what depends on the type alone comes from {@link #COLUMN_TYPES}, once per type, and comments from
     * {@link #COLUMN_COMMENTS}. A default cannot refer to a column, so it is printed without the table's deparse
     * context, which halves its cost; a generation expression does refer to columns and gets it. Tables that belong
     * to an extension are left out by the introspector (they are not among the relations it read).
     */
    static final String COLUMNS = """
            SELECT a.attrelid, a.attname, a.atttypid, a.atttypmod, format_type(a.atttypid, a.atttypmod) AS type_sql,
                   a.attnotnull, a.attidentity, a.attgenerated, a.attnum, a.attcollation, a.attislocal,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, 0)
                        ELSE pg_get_expr(ad.adbin, ad.adrelid) END AS default_expression
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            WHERE c.relkind IN ('r', 'p', 'm') AND a.attnum > 0 AND NOT a.attisdropped
              AND c.relnamespace IN (SELECT oid FROM pg_namespace WHERE nspname = ANY(?))
            """;

    /**
     * What the introspector needs to know of each type the columns use (bound to their oids): the name without
     * modifiers, the collation a column of it gets by default, and the element type (an array's element, or the
     * type itself) with its schema. User types (outside pg_catalog) are qualified even when visible, so the type
     * reads the same whatever the search_path.
     */
    static final String COLUMN_TYPES = """
            SELECT t.oid, format_type(t.oid, -1) AS type_base, t.typcollation,
                   CASE WHEN en.nspname <> 'pg_catalog' AND pg_type_is_visible(et.oid)
                        THEN quote_ident(en.nspname) || '.' ELSE '' END AS qualifier,
                   et.typname AS element_name, et.typtype AS element_kind, en.nspname AS element_schema
            FROM pg_type t
            JOIN pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
            JOIN pg_namespace en ON en.oid = et.typnamespace
            WHERE t.oid = ANY(?::oid[])
            """;

    /** The schema-qualified names of the collations (bound to their oids) that columns set on their own. */
    static final String COLLATIONS = """
            SELECT co.oid, quote_ident(cn.nspname) || '.' || quote_ident(co.collname) AS name
            FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
            WHERE co.oid = ANY(?::oid[])
            """;

    /** Column comments. */
    static final String COLUMN_COMMENTS = """
            SELECT d.objoid, d.objsubid, d.description
            FROM pg_description d
            JOIN pg_class c ON c.oid = d.objoid
            WHERE d.classoid = 'pg_class'::regclass AND d.objsubid > 0 AND c.relkind IN ('r', 'p')
              AND c.relnamespace IN (SELECT oid FROM pg_namespace WHERE nspname = ANY(?))
            """;

    /**
     * Sequences in the schemas, or owned by a column of a table in them, with the column that owns them (deptype
     * {@code a}: OWNED BY, as serial does; {@code i}: an identity column's) and the default that would use them.
     */
    static final String SEQUENCES = """
            SELECT c.oid, n.nspname, c.relname, format_type(s.seqtypid, NULL) AS data_type, s.seqstart,
                   s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
                   dep.refobjid AS owner_table, dep.refobjsubid AS owner_column, dep.deptype,
                   'nextval(' || quote_literal(c.oid::regclass::text) || '::regclass)' AS nextval
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
                  AND dep.refclassid = 'pg_class'::regclass AND dep.refobjsubid > 0 AND dep.deptype IN ('a', 'i')
            LEFT JOIN pg_class oc ON oc.oid = dep.refobjid
            LEFT JOIN pg_namespace ocn ON ocn.oid = oc.relnamespace
            WHERE (n.nspname = ANY(?) OR ocn.nspname = ANY(?)) AND %s
            """.formatted(RELATION_OWN);

    /**
     * Primary keys, unique, check, foreign key and exclusion constraints, with their columns as attnums in key order
     * (the introspector names them from the columns it read). The target columns of a foreign key to a table it
     * does not read (in another schema, or an extension's) are named here. NULLS NOT DISTINCT (PostgreSQL 15) is read through to_jsonb so that
     * older servers, which lack the column, answer null. {@code inherited} marks a constraint a partition or
     * inheriting table has from its parent (and a foreign key's copies on the partitions of the table it references),
     * which is compared on the parent only.
     */
    static final String CONSTRAINTS = """
            SELECT k.conrelid, k.conname, k.contype, k.condeferrable, k.condeferred, k.confupdtype, k.confdeltype,
                   k.confmatchtype, k.conkey::int[] AS columns, k.confrelid, k.confkey::int[] AS target_columns,
                   CASE WHEN tn.nspname <> ALL(?) OR NOT %1$s THEN
                       ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(num, ord)
                             JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num ORDER BY u.ord)
                   END AS outside_target_columns,
                   tn.nspname AS target_schema, tc.relname AS target_table,
                   CASE WHEN k.contype = 'c' THEN pg_get_constraintdef(k.oid) END AS definition,
                   CASE WHEN k.contype = 'u' THEN (SELECT (to_jsonb(x) ->> 'indnullsnotdistinct')::boolean
                                                   FROM pg_index x WHERE x.indexrelid = k.conindid)
                   END AS nulls_not_distinct,
                   k.conparentid <> 0 OR NOT k.conislocal AS inherited, k.convalidated
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class tc ON tc.oid = k.confrelid
            LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
            WHERE c.relkind IN ('r', 'p') AND k.contype IN ('p', 'u', 'f', 'c', 'x') AND n.nspname = ANY(?)
            """.formatted(notInExtension("pg_class", "tc.oid"));

    /**
     * Indexes that back no primary key, unique or exclusion constraint, and are not a partition's part of its
     * parent's index (attached, or made by the parent's {@code CREATE INDEX}). Per position: the attnum (0 for an
     * expression), indoption (bit 1 DESC, bit 2 NULLS FIRST) and the operator class when not the default (qualified
     * outside pg_catalog); for an index with expressions, every key as {@code pg_get_indexdef} prints it (without
     * its operator class).
     */
    static final String INDEXES = """
            SELECT i.indrelid, ic.relname, i.indisunique, am.amname, i.indnkeyatts,
                   i.indkey::int2[]::int[] AS columns, i.indoption::int2[]::int[] AS options,
                   CASE WHEN i.indexprs IS NOT NULL THEN
                       ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnatts) k
                             ORDER BY k)
                   END AS keys,
                   pg_get_expr(i.indpred, i.indrelid) AS predicate,
                   ARRAY(SELECT CASE WHEN oc.opcdefault THEN NULL WHEN ocn.nspname = 'pg_catalog'
                                     THEN quote_ident(oc.opcname)
                                     ELSE quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname) END
                         FROM unnest(i.indclass::oid[]) WITH ORDINALITY u(opc, k)
                         JOIN pg_opclass oc ON oc.oid = u.opc
                         JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
                         ORDER BY u.k) AS opclasses,
                   CASE WHEN i.indisunique THEN (to_jsonb(i) ->> 'indnullsnotdistinct')::boolean
                   END AS nulls_not_distinct,
                   ic.reloptions
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_am am ON am.oid = ic.relam
            WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname = ANY(?)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k
                              WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
              AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
            """;

    /** Enum types with their labels in sort order. */
    static final String ENUMS = """
            SELECT n.nspname, t.typname,
                   ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e' AND n.nspname = ANY(?) AND %s
            """.formatted(notInExtension("pg_type", "t.oid"));

    /** The tables and views each view or materialized view reads, from the dependencies of its {@code _RETURN} rule. */
    static final String VIEW_DEPENDENCIES = """
            SELECT DISTINCT r.ev_class, dn.nspname, dc.relname
            FROM pg_rewrite r
            JOIN pg_class vc ON vc.oid = r.ev_class
            JOIN pg_namespace vn ON vn.oid = vc.relnamespace
            JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
                 AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> r.ev_class
            JOIN pg_class dc ON dc.oid = d.refobjid
            JOIN pg_namespace dn ON dn.oid = dc.relnamespace
            WHERE vc.relkind IN ('v', 'm') AND dc.relkind IN ('r', 'p', 'v', 'm', 'f') AND vn.nspname = ANY(?)
            """;

    /** Extensions whose objects live in the schemas (plpgsql, in pg_catalog, is not among them). */
    static final String EXTENSIONS = """
            SELECT n.nspname, e.extname, e.extversion
            FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE n.nspname = ANY(?)
            """;

    /** The schema-qualified name of collation {@code oid}. */
    private static String collationName(String oid) {
        return "(SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname) FROM pg_collation co "
                + "JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = " + oid + ")";
    }

    /**
     * Domains with their base type, own collation (when not the base type's), default, NOT NULL, checks (names and
     * definitions, in name order) and comment.
     */
    static final String DOMAINS = """
            SELECT n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod) AS base_type,
                   CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation THEN %2$s END AS collation,
                   t.typdefault, t.typnotnull,
                   ARRAY(SELECT k.conname::text FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c'
                         ORDER BY k.conname) AS check_names,
                   ARRAY(SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k
                         WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname) AS check_definitions,
                   d.description
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_type bt ON bt.oid = t.typbasetype
            LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
            WHERE t.typtype = 'd' AND n.nspname = ANY(?) AND %1$s
            """.formatted(notInExtension("pg_type", "t.oid"), collationName("t.typcollation"));

    /** Composite types (not tables' row types), with their attributes in order and comment. */
    static final String COMPOSITE_TYPES = """
            SELECT n.nspname, t.typname,
                   ARRAY(SELECT a.attname::text FROM pg_attribute a
                         WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
                         ORDER BY a.attnum) AS attribute_names,
                   ARRAY(SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
                         WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
                         ORDER BY a.attnum) AS attribute_types,
                   d.description
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_class r ON r.oid = t.typrelid AND r.relkind = 'c'
            LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
            WHERE t.typtype = 'c' AND n.nspname = ANY(?) AND %s
            """.formatted(notInExtension("pg_type", "t.oid"));

    /**
     * Range types with their subtype, operator class and collation when not the defaults, difference function,
     * whether they have a canonical function (which the model does not hold), and comment.
     */
    static final String RANGE_TYPES = """
            SELECT n.nspname, t.typname, format_type(r.rngsubtype, NULL) AS subtype,
                   CASE WHEN NOT oc.opcdefault THEN quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname)
                   END AS opclass,
                   CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN %2$s END AS collation,
                   CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::regproc::text END AS subtype_diff,
                   r.rngcanonical <> 0 AS canonical, d.description
            FROM pg_range r
            JOIN pg_type t ON t.oid = r.rngtypid
            JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_type st ON st.oid = r.rngsubtype
            JOIN pg_opclass oc ON oc.oid = r.rngsubopc
            JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
            LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY(?) AND %1$s
            """.formatted(notInExtension("pg_type", "t.oid"), collationName("r.rngcollation"));

    /** The types of routine {@code p}'s input arguments, comma-separated: what identifies it with its name. */
    private static final String ARGUMENT_TYPES = "array_to_string(ARRAY(SELECT format_type(u.t, NULL) "
            + "FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY u(t, n) ORDER BY u.n), ', ')";

    /** The condition that routine {@code p} is neither an extension's nor one a type made for itself. */
    private static final String ROUTINE_OWN = notInExtension("pg_proc", "p.oid") + """
             AND NOT EXISTS (SELECT 1 FROM pg_depend i
                            WHERE i.classid = 'pg_proc'::regclass AND i.objid = p.oid AND i.deptype = 'i')""";

    /**
     * Functions, procedures and aggregates (not window functions), with the arguments that identify them, the
     * full argument list, the result, the whole definition as {@code pg_get_functiondef} prints it (for an
     * aggregate, which it cannot print, one built from pg_aggregate; ordered-set, moving and other unusual aggregates
     * are flagged), comment, and
     * whether the arguments or result use a table's row type (an array of it too).
     */
    static final String ROUTINES = """
            SELECT n.nspname, p.proname, %2$s AS argument_types,
                   pg_get_function_identity_arguments(p.oid) AS identity_arguments,
                   pg_get_function_arguments(p.oid) AS arguments, p.prokind,
                   CASE WHEN p.prokind <> 'p' THEN pg_get_function_result(p.oid) END AS result,
                   CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) ELSE (
                       SELECT 'CREATE OR REPLACE AGGREGATE ' || quote_ident(n.nspname) || '.'
                              || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid)
                              || ') (SFUNC = ' || a.aggtransfn::regproc::text
                              || ', STYPE = ' || format_type(a.aggtranstype, NULL)
                              || CASE WHEN a.aggfinalfn <> 0 THEN ', FINALFUNC = ' || a.aggfinalfn::regproc::text
                                      ELSE '' END
                              || CASE WHEN a.aggcombinefn <> 0
                                      THEN ', COMBINEFUNC = ' || a.aggcombinefn::regproc::text ELSE '' END
                              || CASE WHEN a.agginitval IS NOT NULL THEN ', INITCOND = ' || quote_literal(a.agginitval)
                                      ELSE '' END
                              || CASE WHEN a.aggsortop <> 0 THEN ', SORTOP = OPERATOR('
                                      || (SELECT quote_ident(on2.nspname) || '.' || o.oprname FROM pg_operator o
                                          JOIN pg_namespace on2 ON on2.oid = o.oprnamespace WHERE o.oid = a.aggsortop)
                                      || ')' ELSE '' END
                              || ')'
                       FROM pg_aggregate a WHERE a.aggfnoid = p.oid) END AS definition,
                   (SELECT a.aggkind <> 'n' OR a.aggmtransfn <> 0 OR a.aggfinalextra OR a.aggdeserialfn <> 0
                    FROM pg_aggregate a WHERE a.aggfnoid = p.oid) AS unusual_aggregate,
                   d.description,
                   EXISTS (SELECT 1 FROM pg_depend rd
                           JOIN pg_type rt ON rt.oid = rd.refobjid
                           LEFT JOIN pg_type re ON re.oid = rt.typelem
                           JOIN pg_class rc ON rc.oid IN (rt.typrelid, re.typrelid)
                           WHERE rd.classid = 'pg_proc'::regclass AND rd.objid = p.oid
                             AND rd.refclassid = 'pg_type'::regclass AND rc.relkind IN ('r', 'p', 'f')
                   ) AS uses_row_type
            FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace
            LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0
            WHERE p.prokind IN ('f', 'p', 'a') AND n.nspname = ANY(?) AND %1$s
            """.formatted(ROUTINE_OWN, ARGUMENT_TYPES);

    /**
     * Triggers on tables and views (not internal ones, such as foreign keys', nor the clones a partition gets
     * from its parent's trigger), with the definition as {@code pg_get_triggerdef} prints it, the function they
     * run (schema and signature), enabled state and comment. tgparentid (PostgreSQL 13) is read through to_jsonb
     * so that older servers answer null.
     */
    static final String TRIGGERS = """
            SELECT n.nspname, c.relname, t.tgname, pg_get_triggerdef(t.oid) AS definition, t.tgenabled,
                   pn.nspname AS function_schema,
                   p.proname || '(' || %2$s || ')' AS function_signature,
                   d.description
            FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_proc p ON p.oid = t.tgfoid
            JOIN pg_namespace pn ON pn.oid = p.pronamespace
            LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_trigger'::regclass
            WHERE NOT t.tgisinternal AND n.nspname = ANY(?) AND %s
              AND COALESCE((to_jsonb(t) ->> 'tgparentid')::oid, 0) = 0
            """.formatted(RELATION_OWN, ARGUMENT_TYPES);

    /**
     * Row-level security policies, with their command, roles ({@code public} for PUBLIC, the others by name,
     * sorted), conditions as the database prints them, and comment.
     */
    static final String POLICIES = """
            SELECT n.nspname, c.relname, p.polname, p.polpermissive,
                   CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                                 WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS command,
                   ARRAY(SELECT CASE WHEN u.role = 0 THEN 'public'
                                     ELSE (SELECT r.rolname::text FROM pg_roles r WHERE r.oid = u.role) END
                         FROM unnest(p.polroles) u(role) ORDER BY 1) AS roles,
                   pg_get_expr(p.polqual, p.polrelid) AS using_condition,
                   pg_get_expr(p.polwithcheck, p.polrelid) AS check_condition,
                   d.description
            FROM pg_policy p
            JOIN pg_class c ON c.oid = p.polrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_policy'::regclass
            WHERE n.nspname = ANY(?) AND %s
            """.formatted(RELATION_OWN);

    /**
     * Objects migrate does not compare, as (kind, schema, name, table): window functions, base types and rules. The table, when there is one, lets excluded tables' objects be skipped.
     */
    static final String UNSUPPORTED = """
            SELECT 'window function', n.nspname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
                   NULL
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind = 'w' AND n.nspname = ANY(?) AND %1$s
            UNION ALL
            SELECT 'base type', n.nspname, t.typname, NULL
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'b' AND n.nspname = ANY(?) AND %2$s
              AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
            UNION ALL
            SELECT 'rule', n.nspname, r.rulename || ' on ' || c.relname, c.relname
            FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE r.rulename <> '_RETURN' AND n.nspname = ANY(?) AND %3$s
            """.formatted(ROUTINE_OWN, notInExtension("pg_type", "t.oid"), RELATION_OWN);
}
