package dev.migrate.graph;

/**
 * A problem with the revision graph or with a target resolved against it. Subclasses carry the data that identify
 * the problem, so that callers who know where revisions come from (files) can say how to fix it.
 */
public abstract sealed class GraphException extends RuntimeException
        permits GraphException.InvalidRevisionId, GraphException.DuplicateRevision, GraphException.MissingParent,
        GraphException.UnknownDependency, GraphException.DuplicateBranchLabel, GraphException.CycleDetected,
        GraphException.UnknownRevision, GraphException.AmbiguousRevision, GraphException.MultipleHeads,
        GraphException.InvalidTarget {

    private GraphException(String message) {
        super(message);
    }

    /** A revision id or branch label with characters outside {@code [A-Za-z0-9_]}, or a reserved word. */
    public static final class InvalidRevisionId extends GraphException {
        private final String id;

        public InvalidRevisionId(String id, String reason) {
            super("invalid revision id '" + id + "': " + reason);
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Two revisions share one id. */
    public static final class DuplicateRevision extends GraphException {
        private final String id;

        public DuplicateRevision(String id) {
            super("revision id '" + id + "' is used by more than one revision");
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** A revision revises a revision that does not exist. */
    public static final class MissingParent extends GraphException {
        private final String revision;
        private final String parent;

        public MissingParent(String revision, String parent) {
            super("revision '" + revision + "' revises '" + parent + "', which does not exist");
            this.revision = revision;
            this.parent = parent;
        }

        public String revision() {
            return revision;
        }

        public String parent() {
            return parent;
        }
    }

    /** A revision depends on a revision or label that does not exist. */
    public static final class UnknownDependency extends GraphException {
        private final String revision;
        private final String dependency;

        public UnknownDependency(String revision, String dependency) {
            super("revision '" + revision + "' depends on '" + dependency + "', which is neither a revision nor a branch label");
            this.revision = revision;
            this.dependency = dependency;
        }

        public String revision() {
            return revision;
        }

        public String dependency() {
            return dependency;
        }
    }

    /** Two revisions declare the same branch label, or a label equals a revision id. */
    public static final class DuplicateBranchLabel extends GraphException {
        private final String label;
        private final String first;
        private final String second;

        public DuplicateBranchLabel(String label, String first, String second) {
            super("branch label '" + label + "' is declared by both '" + first + "' and '" + second + "'");
            this.label = label;
            this.first = first;
            this.second = second;
        }

        public String label() {
            return label;
        }

        public String first() {
            return first;
        }

        public String second() {
            return second;
        }
    }

    /** The graph has a cycle; {@link #cycle()} lists it in order, the first revision repeated at the end. */
    public static final class CycleDetected extends GraphException {
        private final java.util.List<String> cycle;

        public CycleDetected(java.util.List<String> cycle) {
            super("the revisions form a cycle: " + String.join(" -> ", cycle));
            this.cycle = java.util.List.copyOf(cycle);
        }

        public java.util.List<String> cycle() {
            return cycle;
        }
    }

    /** A reference (id, prefix or label) that matches nothing. */
    public static final class UnknownRevision extends GraphException {
        private final String argument;

        public UnknownRevision(String argument) {
            super("no revision matches '" + argument + "'");
            this.argument = argument;
        }

        public String argument() {
            return argument;
        }
    }

    /** A prefix that matches several revisions. */
    public static final class AmbiguousRevision extends GraphException {
        private final String argument;
        private final java.util.List<String> candidates;

        public AmbiguousRevision(String argument, java.util.List<String> candidates) {
            super("'" + argument + "' is ambiguous: it matches " + String.join(", ", candidates));
            this.argument = argument;
            this.candidates = java.util.List.copyOf(candidates);
        }

        public String argument() {
            return argument;
        }

        public java.util.List<String> candidates() {
            return candidates;
        }
    }

    /** {@code head} (or a walk) was asked for where the graph, or the branch, has several heads. */
    public static final class MultipleHeads extends GraphException {
        private final String argument;
        private final java.util.List<String> heads;

        public MultipleHeads(String argument, java.util.List<String> heads) {
            super("'" + argument + "' is ambiguous: there are several heads: " + String.join(", ", heads));
            this.argument = argument;
            this.heads = java.util.List.copyOf(heads);
        }

        public String argument() {
            return argument;
        }

        public java.util.List<String> heads() {
            return heads;
        }
    }

    /** A target that cannot be used as asked: bad syntax, wrong direction, a walk that runs off the graph. */
    public static final class InvalidTarget extends GraphException {
        private final String argument;
        private final String reason;

        public InvalidTarget(String argument, String reason) {
            super("target '" + argument + "': " + reason);
            this.argument = argument;
            this.reason = reason;
        }

        public String argument() {
            return argument;
        }

        public String reason() {
            return reason;
        }
    }
}
