package dev.migrate.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The in-memory graphs the graph and planner tests share, one constant per graph. Arrows in the drawings point from
 * a revision to the one it revises; {@code ~>} is a {@code depends_on}. The input order is the order of the list,
 * which breaks ties wherever a listing has a choice.
 */
enum Fixture {

    /** {@code a <- b <- c <- d}. */
    LINEAR(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c")),

    /** {@code a <- b, a <- c, (b, c) <- d}: a branch point and the merge that closes it. */
    DIAMOND(rev("a"), rev("b", "a"), rev("c", "a"), rev("d", "b", "c")),

    /** {@code a <- b, b <- c, b <- d}: two heads off one branch point, never merged. */
    TWO_HEADS(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "b")),

    /**
     * {@code a <- b <- c <- d} and {@code (d, b) <- e}: a merge that also revises an ancestor of its other parent,
     * with a revision ({@code c}) between the two. Alembic accepts it and ignores the redundant parent when it walks.
     */
    SHORTCUT_MERGE(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"), rev("e", "d", "b")),

    /** {@code a <- b} and {@code x <- y}: two independent roots, merged by {@code (b, y) <- m}. */
    MULTIPLE_BASES(rev("a"), rev("b", "a"), rev("x"), rev("y", "x"), rev("m", "b", "y")),

    /**
     * A trunk {@code t1 <- t2} that forks into {@code accounts} ({@code t2 <- ac1 <- ac2}) and {@code billing}
     * ({@code t2 <- bi1 <- bi2 <- bi3}); each label sits on the first revision of its branch.
     */
    LABELLED(rev("t1"), rev("t2", "t1"),
            labelled(rev("ac1", "t2"), "accounts"), rev("ac2", "ac1"),
            labelled(rev("bi1", "t2"), "billing"), rev("bi2", "bi1"), rev("bi3", "bi2")),

    /**
     * Three independent branches tied by dependencies: {@code accounts} ({@code ac1 <- ac2}), {@code billing}
     * ({@code bi1 <- bi2 <- bi3}, with {@code bi2 ~> ac1} by id and {@code bi3 ~> accounts@head}, i.e. ac2) and
     * {@code audit} ({@code au1 ~> billing}, i.e. bi1, by bare label).
     */
    DEPENDENCIES(labelled(rev("ac1"), "accounts"), rev("ac2", "ac1"),
            labelled(rev("bi1"), "billing"), dependsOn(rev("bi2", "bi1"), "ac1"),
            dependsOn(rev("bi3", "bi2"), "accounts@head"),
            labelled(dependsOn(rev("au1"), "billing"), "audit")),

    /**
     * Hash-like ids for prefix resolution: {@code 1975ea83b712 <- ae1027a6acf <- ae10b4c2d7e1 <- 27c6a30d7c24 <-
     * ae10}. {@code ae10} is an id and also a prefix of two others; {@code ae10b4c2d7e1} carries the label
     * {@code reports}.
     */
    HASHES(rev("1975ea83b712"), rev("ae1027a6acf", "1975ea83b712"),
            labelled(rev("ae10b4c2d7e1", "ae1027a6acf"), "reports"), rev("27c6a30d7c24", "ae10b4c2d7e1"),
            rev("ae10", "27c6a30d7c24")),

    /**
     * {@code a <- b1, a <- c1}, then two merges of the same pair in both orders: {@code (b1, c1) <- b2} and
     * {@code (c1, b1) <- c2}: a criss-cross, with two heads.
     */
    CRISS_CROSS(rev("a"), rev("b1", "a"), rev("c1", "a"), rev("b2", "b1", "c1"), rev("c2", "c1", "b1")),

    /** {@code a <- x, a <- y, a <- z} and {@code (x, y, z) <- m}: one merge of three branches. */
    OCTOPUS(rev("a"), rev("x", "a"), rev("y", "a"), rev("z", "a"), rev("m", "x", "y", "z")),

    /** {@code r0 [a] <- r1} and a second base {@code r2}: a label on a base (Alembic parity, issue 13). */
    LABEL_ON_BASE(labelled(rev("r0"), "a"), rev("r1", "r0"), rev("r2")),

    /** {@code r0 <- r1 <- r2 [a] <- r3}: on a straight line a label reaches down to the base. */
    LABEL_ON_A_LINE(rev("r0"), rev("r1", "r0"), labelled(rev("r2", "r1"), "a"), rev("r3", "r2")),

    /** {@code r0 <- r1} and {@code r0 <- r2 [a]}: a label right above a branch point reaches no further down. */
    LABEL_AFTER_BRANCH_POINT(rev("r0"), rev("r1", "r0"), labelled(rev("r2", "r0"), "a")),

    /** {@code r0 <- r1 [a]} and a base {@code r2 ~> r0}: the label stops above a revision another one depends on. */
    LABEL_ABOVE_A_DEPENDENCY(rev("r0"), labelled(rev("r1", "r0"), "a"), dependsOn(rev("r2"), "r0")),

    /**
     * {@code r0 [a] <- r1 <- r2} and {@code r0 <- r3 [b] ~> r1}: downgrading to {@code r1} keeps {@code r3}, which
     * only depends on it.
     */
    KEPT_DEPENDANT(labelled(rev("r0"), "a"), rev("r1", "r0"), rev("r2", "r1"),
            labelled(dependsOn(rev("r3", "r0"), "r1"), "b")),

    /**
     * {@code r0 [a] <- r1}, {@code r0 <- r2 ~> r1} and a base {@code r3 [b] ~> r1}. Alembic keeps no row for
     * {@code r1} once {@code r2} or {@code r3} is applied: their rows imply it.
     */
    IMPLIED_DEPENDENCY(labelled(rev("r0"), "a"), rev("r1", "r0"), dependsOn(rev("r2", "r0"), "r1"),
            labelled(dependsOn(rev("r3"), "r1"), "b")),

    /** {@code a <- b, a <- c} and {@code (b, c) <- m ~> a}: a merge that also depends on an ancestor. */
    MERGE_WITH_DEPENDENCY(rev("a"), rev("b", "a"), rev("c", "a"), dependsOn(rev("m", "b", "c"), "a")),

    /** Not a graph: {@code r} is fine, then {@code a <- b <- c <- a} revise each other in a ring. */
    CYCLE(rev("r"), rev("a", "r", "c"), rev("b", "a"), rev("c", "b")),

    /** Not a graph: {@code a <- b}, and {@code b} depends on itself. */
    SELF_DEPENDENCY(rev("a"), dependsOn(rev("b", "a"), "b")),

    /** Not a graph: {@code a <- b <- c}, and {@code a} depends on its own grandchild {@code c}. */
    DEPENDENCY_CYCLE(dependsOn(rev("a"), "c"), rev("b", "a"), rev("c", "b")),

    /**
     * Not a graph: {@code a <- f1 <- f2} where {@code f1} labels the branch {@code feature} and depends on
     * {@code feature@head}, which is its own child {@code f2}.
     */
    LABEL_HEAD_CYCLE(rev("a"), labelled(dependsOn(rev("f1", "a"), "feature@head"), "feature"), rev("f2", "f1"));

    private final List<Revision> revisions;

    Fixture(Revision... revisions) {
        this.revisions = List.of(revisions);
    }

    /** The revisions in input order. */
    List<Revision> revisions() {
        return revisions;
    }

    /** The same revisions with the input order reversed, for tie-breaking tests. */
    List<Revision> reversedRevisions() {
        List<Revision> reversed = new ArrayList<>(revisions);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    /** Builds the graph (a fresh one each time; it throws for the broken fixtures). */
    RevisionGraph graph() {
        return RevisionGraph.build(revisions);
    }

    static Revision rev(String id, String... parents) {
        return Revision.of(id, parents);
    }

    static Revision labelled(Revision revision, String... labels) {
        return new Revision(revision.id(), revision.parents(), Set.of(labels), revision.dependsOn());
    }

    static Revision dependsOn(Revision revision, String... dependencies) {
        return new Revision(revision.id(), revision.parents(), revision.branchLabels(), List.of(dependencies));
    }
}
