package dev.migrate.schema.model;

import java.util.Objects;

/**
 * A trigger on a table or view.
 *
 * @param table      the table (or view) it fires on, in the same schema
 * @param name       its name (unique per table)
 * @param definition the whole {@code CREATE TRIGGER} statement as the database prints it back (timing, events,
 *                   {@code FOR EACH}, {@code WHEN}, the function and its arguments)
 * @param function   the routine it runs, with its schema and signature ({@code public.audit()})
 * @param enabled    when it fires
 * @param comment    the comment, or null
 */
public record Trigger(String table, String name, String definition, QualifiedName function, Enabled enabled,
                      String comment) {

    /** When a trigger fires: as configured by {@code ALTER TABLE ... ENABLE/DISABLE TRIGGER}. */
    public enum Enabled {
        /** The default: in origin and local sessions. */
        ORIGIN,
        /** Never ({@code DISABLE TRIGGER}). */
        DISABLED,
        /** Only in replica sessions ({@code ENABLE REPLICA TRIGGER}). */
        REPLICA,
        /** Always ({@code ENABLE ALWAYS TRIGGER}). */
        ALWAYS
    }

    public Trigger {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(enabled, "enabled");
    }

    /** The key of this trigger within its schema: {@code table.name}. */
    public String key() {
        return table + "." + name;
    }
}
