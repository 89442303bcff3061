package dev.migrate.graph;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One node of the revision graph: an identifier, the revisions it revises (its parents), the branch labels it
 * introduces and the revisions it depends on across branches. It knows nothing about files or databases.
 *
 * @param id           the revision identifier, {@code [A-Za-z0-9_]+}
 * @param parents      the revisions this one revises; empty for a base, several for a merge
 * @param branchLabels labels that name the branch starting at this revision
 * @param dependsOn    cross-branch dependencies: revision ids, branch labels or {@code label@head}
 */
public record Revision(String id, List<String> parents, Set<String> branchLabels, List<String> dependsOn) {

    public Revision {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        branchLabels = Collections.unmodifiableSet(new LinkedHashSet<>(branchLabels));
        dependsOn = List.copyOf(dependsOn);
    }

    /** A revision without labels or dependencies: the common case, and handy in tests. */
    public static Revision of(String id, String... parents) {
        return new Revision(id, List.of(parents), Set.of(), List.of());
    }

    public boolean isBase() {
        return parents.isEmpty();
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }
}
