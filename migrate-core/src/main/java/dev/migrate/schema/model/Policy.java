package dev.migrate.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * A row-level security policy on a table (PostgreSQL).
 *
 * @param table      the table, in the same schema
 * @param name       its name (unique per table)
 * @param permissive whether it is permissive (combined with OR) rather than restrictive (combined with AND)
 * @param command    the command it applies to: {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or
 *                   {@code DELETE}
 * @param roles      the roles it applies to, sorted; {@code public} for every role
 * @param using      the {@code USING} condition as the database prints it, or null
 * @param withCheck  the {@code WITH CHECK} condition as the database prints it, or null
 * @param comment    the comment, or null
 */
public record Policy(String table, String name, boolean permissive, String command, List<String> roles, String using,
                     String withCheck, String comment) {

    public Policy {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(command, "command");
        roles = List.copyOf(roles);
    }

    /** The key of this policy within its schema: {@code table.name}. */
    public String key() {
        return table + "." + name;
    }

    /**
     * Whether {@code ALTER POLICY} turns this policy into {@code other} and back: same kind and command, and each
     * condition present on both sides or on neither (ALTER POLICY can set a condition, not remove it).
     */
    public boolean alterableTo(Policy other) {
        return permissive == other.permissive && command.equals(other.command)
                && (using == null) == (other.using == null) && (withCheck == null) == (other.withCheck == null);
    }
}
