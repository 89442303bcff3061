package dev.migrate.graph;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A slice of history, {@code <lower>:<upper>}, both ends included: {@code base:head}, {@code -3:current},
 * {@code current:heads}, {@code <rev1>:<rev2>}. Each end is a target ({@link Target}); an empty lower end means
 * {@code base} and an empty upper end means {@code heads}. The slice holds the revisions that lie at or above the
 * lower end and at or below the upper end, along parent edges.
 *
 * @param text  the range as the user wrote it
 * @param lower the lower end as written, or {@code base}
 * @param upper the upper end as written, or {@code heads}
 */
public record RevisionRange(String text, String lower, String upper) {

    /** The range that holds every revision. */
    public static final RevisionRange ALL = new RevisionRange("base:heads", Target.Anchor.BASE, Target.Anchor.HEADS);

    /** Parses {@code <lower>:<upper>}; throws {@link GraphException.InvalidTarget} naming the accepted forms. */
    public static RevisionRange parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        int colon = trimmed.indexOf(':');
        if (colon < 0 || colon != trimmed.lastIndexOf(':')) {
            throw new GraphException.InvalidTarget(trimmed, "a range is <lower>:<upper>, both ends included, e.g. "
                    + "base:head, -3:current, current:heads or <rev1>:<rev2>");
        }
        String lower = trimmed.substring(0, colon).trim();
        String upper = trimmed.substring(colon + 1).trim();
        lower = lower.isEmpty() ? Target.Anchor.BASE : lower;
        upper = upper.isEmpty() ? Target.Anchor.HEADS : upper;
        Target.parse(lower);
        Target.parse(upper);
        return new RevisionRange(trimmed, lower, upper);
    }

    /**
     * The revisions in the range, given the database's version rows (for {@code current} and relative ends).
     *
     * @throws GraphException.InvalidTarget when a revision of the lower end does not lie below the upper end
     */
    public Set<String> select(RevisionGraph graph, Collection<String> current) {
        TargetResolver resolver = new TargetResolver(graph);
        List<String> tops = resolver.resolve(upper, current);
        Set<String> below = graph.ancestorsOrSelf(tops);
        List<String> bottoms = resolver.resolve(lower, current);
        if (bottoms.isEmpty()) {
            return below;
        }
        for (String bottom : bottoms) {
            if (!below.contains(bottom)) {
                throw new GraphException.InvalidTarget(text, bottom + " (" + lower + ") does not lie at or below "
                        + (tops.isEmpty() ? "base" : String.join(", ", tops)) + " (" + upper + "); the lower end "
                        + "comes first, as in base:head");
            }
        }
        Set<String> selected = new HashSet<>(graph.childrenClosure(bottoms));
        selected.retainAll(below);
        return selected;
    }
}
