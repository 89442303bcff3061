package dev.migrate.graph;

import java.util.List;
import java.util.Random;

/** Random revision graphs for tests outside this package (see {@link RandomGraphPropertyTest#randomDag}). */
public final class RandomDags {

    private RandomDags() {
    }

    /** A random DAG of {@code size} revisions {@code r0..}, with merges, several bases, labels and dependencies. */
    public static List<Revision> of(Random random, int size) {
        return RandomGraphPropertyTest.randomDag(random, size);
    }
}
