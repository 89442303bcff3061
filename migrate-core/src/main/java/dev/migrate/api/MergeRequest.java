package dev.migrate.api;

import java.util.List;

/**
 * What {@link Migrator#merge} should write: a revision that revises several revisions and has empty sections.
 *
 * @param message      what the merge joins, e.g. {@code "merge billing and accounts"}
 * @param revisions    the revisions to merge: ids, prefixes, labels or {@code <label>@head}; empty for every head
 * @param revisionId   the id to use instead of a random one, or null
 * @param branchLabels branch labels for the merge revision
 */
public record MergeRequest(String message, List<String> revisions, String revisionId, List<String> branchLabels) {

    public MergeRequest {
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
    }

    /** A merge of every head. */
    public static MergeRequest ofHeads(String message) {
        return new MergeRequest(message, List.of(), null, List.of());
    }
}
