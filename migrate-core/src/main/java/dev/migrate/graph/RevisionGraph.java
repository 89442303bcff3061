package dev.migrate.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The revision graph: revisions linked to their parents ({@code Revises}) and to cross-branch dependencies
 * ({@code Depends On}). It is immutable, validated on construction, and knows nothing about files or databases.
 *
 * <p>Edges point from a revision to what it needs: its parents and its dependencies. "Ancestors" follow parent
 * edges only unless a method says otherwise; the order of migrations always respects both kinds of edge.
 *
 * <p>Every query is linear in the size of the graph or better; the input order of revisions (file name order, which
 * starts with the creation date) breaks ties so that every listing is deterministic.
 */
public final class RevisionGraph {

    /** The characters a revision id or branch label may use. */
    public static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9_]+");

    /** Words that mean something as targets and therefore cannot be revision ids or labels. */
    public static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    private final Map<String, Revision> revisions;
    private final Map<String, Integer> position;
    private final Map<String, List<String>> children;
    private final Map<String, List<String>> dependencies;
    private final Map<String, List<String>> dependents;
    private final Map<String, String> labelOwners;
    private final List<String> heads;
    private final List<String> bases;

    private RevisionGraph(Collection<Revision> input) {
        revisions = new LinkedHashMap<>();
        position = new HashMap<>();
        for (Revision revision : input) {
            checkIdentifier(revision.id());
            if (revisions.putIfAbsent(revision.id(), revision) != null) {
                throw new GraphException.DuplicateRevision(revision.id());
            }
            position.put(revision.id(), position.size());
        }
        labelOwners = new LinkedHashMap<>();
        for (Revision revision : revisions.values()) {
            for (String label : revision.branchLabels()) {
                checkIdentifier(label);
                if (revisions.containsKey(label)) {
                    throw new GraphException.DuplicateBranchLabel(label, label, revision.id());
                }
                String previous = labelOwners.putIfAbsent(label, revision.id());
                if (previous != null) {
                    throw new GraphException.DuplicateBranchLabel(label, previous, revision.id());
                }
            }
        }
        children = new HashMap<>();
        for (Revision revision : revisions.values()) {
            children.put(revision.id(), new ArrayList<>(1));
        }
        for (Revision revision : revisions.values()) {
            for (String parent : revision.parents()) {
                List<String> siblings = children.get(parent);
                if (siblings == null) {
                    throw new GraphException.MissingParent(revision.id(), parent);
                }
                siblings.add(revision.id());
            }
        }
        List<String> headList = new ArrayList<>();
        List<String> baseList = new ArrayList<>();
        for (Revision revision : revisions.values()) {
            if (children.get(revision.id()).isEmpty()) {
                headList.add(revision.id());
            }
            if (revision.isBase()) {
                baseList.add(revision.id());
            }
        }
        heads = List.copyOf(headList);
        bases = List.copyOf(baseList);
        // Parent cycles first: a dependency on "label@head" needs acyclic parent edges to find the head.
        checkAcyclic(id -> revisions.get(id).parents());
        dependencies = new HashMap<>();
        dependents = new HashMap<>();
        for (Revision revision : revisions.values()) {
            List<String> resolved = new ArrayList<>(revision.dependsOn().size());
            for (String dependency : revision.dependsOn()) {
                String target = resolveDependency(revision.id(), dependency);
                resolved.add(target);
                dependents.computeIfAbsent(target, k -> new ArrayList<>()).add(revision.id());
            }
            dependencies.put(revision.id(), List.copyOf(resolved));
        }
        checkAcyclic(this::prerequisites);
    }

    /** Builds and validates a graph; the iteration order of {@code revisions} breaks ties in every listing. */
    public static RevisionGraph build(Collection<Revision> revisions) {
        return new RevisionGraph(revisions);
    }

    private static void checkIdentifier(String id) {
        if (!ID_PATTERN.matcher(id).matches()) {
            throw new GraphException.InvalidRevisionId(id, "only letters, digits and '_' are allowed");
        }
        if (RESERVED.contains(id)) {
            throw new GraphException.InvalidRevisionId(id, "'" + id + "' is a reserved target name");
        }
    }

    private String resolveDependency(String revision, String dependency) {
        if (revisions.containsKey(dependency)) {
            return dependency;
        }
        int at = dependency.indexOf('@');
        String label = at < 0 ? dependency : dependency.substring(0, at);
        String owner = labelOwners.get(label);
        if (owner == null) {
            throw new GraphException.UnknownDependency(revision, dependency);
        }
        if (at < 0) {
            return owner;
        }
        String suffix = dependency.substring(at + 1);
        if (suffix.equals("head")) {
            return branchHead(label, dependency);
        }
        if (suffix.equals("base")) {
            return owner;
        }
        throw new GraphException.UnknownDependency(revision, dependency);
    }

    /** Detects a cycle with an iterative three-colour depth-first search and reports it in order. */
    private void checkAcyclic(Function<String, List<String>> edges) {
        Map<String, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the stack, 2: done
        for (String start : revisions.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<String>> iterators = new ArrayDeque<>();
            path.push(start);
            iterators.push(edges.apply(start).iterator());
            state.put(start, 1);
            while (!path.isEmpty()) {
                Iterator<String> it = iterators.peek();
                if (it.hasNext()) {
                    String next = it.next();
                    Integer seen = state.get(next);
                    if (seen == null) {
                        state.put(next, 1);
                        path.push(next);
                        iterators.push(edges.apply(next).iterator());
                    } else if (seen == 1) {
                        List<String> cycle = new ArrayList<>();
                        cycle.add(next);
                        for (Iterator<String> down = path.iterator(); down.hasNext(); ) {
                            String id = down.next();
                            cycle.add(id);
                            if (id.equals(next)) {
                                break;
                            }
                        }
                        throw new GraphException.CycleDetected(cycle);
                    }
                } else {
                    state.put(path.pop(), 2);
                    iterators.pop();
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- plain queries

    /** All revisions in input order. */
    public Collection<Revision> revisions() {
        return revisions.values();
    }

    public int size() {
        return revisions.size();
    }

    public boolean contains(String id) {
        return revisions.containsKey(id);
    }

    /** The revision with exactly this id. */
    public Revision revision(String id) {
        Revision revision = revisions.get(id);
        if (revision == null) {
            throw new GraphException.UnknownRevision(id);
        }
        return revision;
    }

    /** Revisions nothing revises, in input order. */
    public List<String> heads() {
        return heads;
    }

    /** Revisions that revise nothing, in input order. */
    public List<String> bases() {
        return bases;
    }

    /** The revisions that revise {@code id}, in input order. */
    public List<String> children(String id) {
        revision(id);
        return List.copyOf(children.get(id));
    }

    /** The resolved revisions {@code id} depends on (labels and {@code label@head} turned into ids). */
    public List<String> dependencies(String id) {
        revision(id);
        return dependencies.get(id);
    }

    /** The revisions that depend on {@code id}. */
    public List<String> dependents(String id) {
        revision(id);
        return List.copyOf(dependents.getOrDefault(id, List.of()));
    }

    /** Revisions with more than one child: where the graph branches. */
    public List<String> branchPoints() {
        return revisions.keySet().stream().filter(id -> children.get(id).size() > 1).toList();
    }

    /** Revisions with more than one parent: where branches join. */
    public List<String> mergePoints() {
        return revisions.values().stream().filter(Revision::isMerge).map(Revision::id).toList();
    }

    /** Whether {@code id} has more than one child. */
    public boolean isBranchPoint(String id) {
        revision(id);
        return children.get(id).size() > 1;
    }

    /** The position of a revision in the input order. */
    public int position(String id) {
        Integer p = position.get(id);
        if (p == null) {
            throw new GraphException.UnknownRevision(id);
        }
        return p;
    }

    /** Branch label to the revision that declares it. */
    public Map<String, String> branchLabels() {
        return java.util.Collections.unmodifiableMap(labelOwners);
    }

    /** The revision that declares {@code label}. */
    public Optional<String> labelOwner(String label) {
        return Optional.ofNullable(labelOwners.get(label));
    }

    /** Parents first, then dependencies: everything that must be applied before {@code id}. */
    List<String> prerequisites(String id) {
        List<String> parents = revisions.get(id).parents();
        List<String> deps = dependencies == null ? List.of() : dependencies.getOrDefault(id, List.of());
        if (deps.isEmpty()) {
            return parents;
        }
        List<String> all = new ArrayList<>(parents.size() + deps.size());
        all.addAll(parents);
        all.addAll(deps);
        return all;
    }

    /** Children first, then dependents: everything that must be removed before {@code id}. */
    List<String> successors(String id) {
        List<String> kids = children.get(id);
        List<String> deps = dependents.getOrDefault(id, List.of());
        if (deps.isEmpty()) {
            return kids;
        }
        List<String> all = new ArrayList<>(kids.size() + deps.size());
        all.addAll(kids);
        all.addAll(deps);
        return all;
    }

    /**
     * The reach of the branch named {@code label}: the labelled revision, everything that descends from it, and the
     * run of revisions below it down to the nearest branch point or base (Alembic extends a label that far). The run
     * stops below a merge, and before a revision that anything else revises or depends on, so that removing the
     * whole branch ({@code label@base}) never removes a revision another branch needs.
     */
    public Set<String> branchMembers(String label) {
        Set<String> members = closure(List.of(owner(label)), children::get);
        members.addAll(runBelow(label));
        return members;
    }

    /** The lowest revision of the reach of {@code label} (see {@link #branchMembers}): where the branch starts. */
    public String branchStart(String label) {
        List<String> run = runBelow(label);
        return run.isEmpty() ? owner(label) : run.get(run.size() - 1);
    }

    /** The revisions below the labelled one that belong to its branch, downwards. */
    private List<String> runBelow(String label) {
        List<String> run = new ArrayList<>();
        String at = owner(label);
        while (revisions.get(at).parents().size() == 1) {
            String parent = revisions.get(at).parents().get(0);
            if (revisions.get(parent).isMerge() || successors(parent).size() != 1) {
                break;
            }
            run.add(parent);
            at = parent;
        }
        return run;
    }

    /**
     * The line of the revision that declares {@code label}: its ancestors and its descendants along parent edges.
     * {@code label@+N} walks along it, as Alembic's does.
     */
    public Set<String> lineage(String label) {
        String owner = owner(label);
        Set<String> line = closure(List.of(owner), children::get);
        line.addAll(ancestorsOrSelf(List.of(owner)));
        return line;
    }

    private String owner(String label) {
        String owner = labelOwners.get(label);
        if (owner == null) {
            throw new GraphException.UnknownRevision(label + "@");
        }
        return owner;
    }

    /** The single head of the branch named {@code label}: the one head that descends from the labelled revision. */
    public String branchHead(String label, String argument) {
        // Not branchMembers: the run below the label holds no head, and dependencies are still being resolved here.
        Set<String> members = closure(List.of(owner(label)), children::get);
        List<String> branchHeads = heads.stream().filter(members::contains).toList();
        if (branchHeads.size() != 1) {
            throw new GraphException.MultipleHeads(argument, branchHeads);
        }
        return branchHeads.get(0);
    }

    // ------------------------------------------------------------------------------------------------ resolution

    /**
     * Resolves a reference to one revision: an exact id, a unique id prefix, or a branch label (which names the
     * revision that declares it).
     */
    public String resolve(String reference) {
        if (revisions.containsKey(reference)) {
            return reference;
        }
        String owner = labelOwners.get(reference);
        if (owner != null) {
            return owner;
        }
        List<String> matches = new ArrayList<>();
        for (String id : revisions.keySet()) {
            if (id.startsWith(reference)) {
                matches.add(id);
            }
        }
        if (matches.isEmpty()) {
            throw new GraphException.UnknownRevision(reference);
        }
        if (matches.size() > 1) {
            throw new GraphException.AmbiguousRevision(reference, matches);
        }
        return matches.get(0);
    }

    // -------------------------------------------------------------------------------------------- set operations

    /** {@code start} and everything reachable from it along {@code edges}. */
    Set<String> closure(Collection<String> start, Function<String, List<String>> edges) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String id : start) {
            revision(id);
            if (seen.add(id)) {
                todo.push(id);
            }
        }
        while (!todo.isEmpty()) {
            for (String next : edges.apply(todo.pop())) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }

    /**
     * The revisions applied when the version table holds {@code heads}: the heads and everything they need
     * (parents and dependencies, transitively).
     */
    public Set<String> appliedBy(Collection<String> heads) {
        return closure(heads, this::prerequisites);
    }

    /** {@code ids} and everything that needs them (children and dependents, transitively). */
    public Set<String> descendantsOrSelf(Collection<String> ids) {
        return closure(ids, this::successors);
    }

    /**
     * Where the database is, given its version rows: the applied revisions that no other applied revision needs (as
     * parent or dependency), in input order. These are the rows Alembic keeps. migrate also keeps a row for an applied
     * head that only a dependency needs, and Alembic writes a row below another when it undoes a dependency; both read
     * the same here, so relative targets ({@code -1}, {@code +1}) count from the same place whichever tool wrote the
     * rows.
     */
    public List<String> tips(Collection<String> rows) {
        return maximal(appliedBy(rows));
    }

    /** The members of {@code applied} that no member of it revises: one version row each, in input order. */
    public List<String> appliedHeads(Set<String> applied) {
        List<String> result = new ArrayList<>();
        for (String id : revisions.keySet()) {
            if (applied.contains(id) && children.get(id).stream().noneMatch(applied::contains)) {
                result.add(id);
            }
        }
        return result;
    }

    /** {@code ids} and their ancestors along parent edges only. */
    public Set<String> ancestorsOrSelf(Collection<String> ids) {
        return closure(ids, id -> revisions.get(id).parents());
    }

    /** {@code ids} and their descendants along parent edges only (dependents are not followed). */
    public Set<String> childrenClosure(Collection<String> ids) {
        return closure(ids, children::get);
    }

    /**
     * The members of {@code include}, newest first, the way {@code git log --graph} orders commits: every revision
     * after all its children (parent edges only), and a line of development listed without interruption as long as
     * nothing forces a switch. The newest head (by input order) comes first; after a revision, its first parent is
     * next whenever all of that parent's children have been listed. Linear in the size of {@code include}.
     */
    public List<String> newestFirst(Set<String> include) {
        Map<String, Integer> waiting = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        for (String id : revisions.keySet()) {
            if (!include.contains(id)) {
                continue;
            }
            int unlisted = 0;
            for (String child : children.get(id)) {
                if (include.contains(child)) {
                    unlisted++;
                }
            }
            waiting.put(id, unlisted);
            if (unlisted == 0) {
                ready.push(id);
            }
        }
        List<String> order = new ArrayList<>(waiting.size());
        while (!ready.isEmpty()) {
            String id = ready.pop();
            order.add(id);
            List<String> parents = revisions.get(id).parents();
            for (int k = parents.size() - 1; k >= 0; k--) {
                String parent = parents.get(k);
                if (include.contains(parent) && waiting.merge(parent, -1, Integer::sum) == 0) {
                    ready.push(parent);
                }
            }
        }
        return order;
    }

    /**
     * All revisions, each after everything it needs, ties broken by input order (so chronological where file
     * names start with dates). Used for listings; plans use {@link #prerequisiteOrder}.
     */
    public List<String> topologicalOrder() {
        Map<String, Integer> waiting = new HashMap<>();
        java.util.PriorityQueue<String> ready = new java.util.PriorityQueue<>(Comparator.comparingInt(position::get));
        for (String id : revisions.keySet()) {
            int n = prerequisites(id).size();
            waiting.put(id, n);
            if (n == 0) {
                ready.add(id);
            }
        }
        List<String> order = new ArrayList<>(revisions.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String next : successors(id)) {
                if (waiting.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return order;
    }

    /**
     * The members of {@code include} in an order where each comes after its prerequisites, found by a depth-first
     * walk from {@code roots}: a branch is listed contiguously, which keeps an upgrade's log easy to follow.
     */
    List<String> prerequisiteOrder(List<String> roots, Set<String> include) {
        List<String> order = new ArrayList<>(include.size());
        Set<String> visited = new HashSet<>();
        Deque<String> path = new ArrayDeque<>();
        Deque<Iterator<String>> iterators = new ArrayDeque<>();
        for (String root : roots) {
            if (!include.contains(root) || !visited.add(root)) {
                continue;
            }
            path.push(root);
            iterators.push(prerequisites(root).iterator());
            while (!path.isEmpty()) {
                Iterator<String> it = iterators.peek();
                if (it.hasNext()) {
                    String next = it.next();
                    if (include.contains(next) && visited.add(next)) {
                        path.push(next);
                        iterators.push(prerequisites(next).iterator());
                    }
                } else {
                    iterators.pop();
                    order.add(path.pop());
                }
            }
        }
        return order;
    }

    /** The members of {@code set} that no other member needs, in input order. */
    public List<String> maximal(Set<String> set) {
        List<String> result = new ArrayList<>();
        for (String id : revisions.keySet()) {
            if (set.contains(id) && successors(id).stream().noneMatch(set::contains)) {
                result.add(id);
            }
        }
        return result;
    }

    /** Sorts ids by input order. */
    public List<String> inInputOrder(Collection<String> ids) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(ids));
        sorted.sort(Comparator.comparingInt(this::position));
        return sorted;
    }
}
