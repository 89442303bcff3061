package dev.migrate.script;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The header of a revision file: the comment block at its top.
 *
 * <pre>
 * -- Add users table
 * --
 * -- Revision ID: 3f2a9c1d7b4e
 * -- Revises: dcd397241ba3
 * -- Create Date: 2026-11-21 14:05:00
 * -- Branch Labels: accounts
 * -- Depends On: 0a1b2c3d4e5f, billing@head
 * </pre>
 *
 * @param message      the first line: what the revision does
 * @param revision     the revision id
 * @param revises      the parents; empty for a base, several for a merge
 * @param createDate   the {@code Create Date} text, or null when absent
 * @param branchLabels branch labels this revision declares
 * @param dependsOn    cross-branch dependencies as written
 * @param revisionLine the line of {@code Revision ID:}
 * @param revisesLine  the line of {@code Revises:}
 * @param dependsOnLine the line of {@code Depends On:}, or 0
 * @param branchLabelsLine the line of {@code Branch Labels:}, or 0
 */
public record ScriptHeader(String message, String revision, List<String> revises, String createDate,
                           Set<String> branchLabels, List<String> dependsOn, int revisionLine, int revisesLine,
                           int dependsOnLine, int branchLabelsLine) {

    /** The longest revision id: the width of the version table's column that stores it. */
    public static final int MAX_ID_LENGTH = 128;

    public ScriptHeader {
        revises = List.copyOf(revises);
        // In the order written: Set.copyOf would iterate in a different order on every run.
        branchLabels = Collections.unmodifiableSet(new LinkedHashSet<>(branchLabels));
        dependsOn = List.copyOf(dependsOn);
    }
}
