package dev.migrate.testing;

import java.util.function.Supplier;

/** Prints timings that the issue notes quote, as {@code [figure] ...} lines in the test output. */
public final class Figures {

    private Figures() {
    }

    /** Runs {@code work} and prints how long it took. */
    public static <T> T timed(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("[figure] %s: %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
