package dev.migrate.report;

import java.time.Duration;
import java.util.Locale;

/** Durations as messages show them: {@code 60 s}, {@code 2.5 s}, {@code 300 ms}. */
public final class Durations {

    private Durations() {
    }

    /** {@code 60 s}, {@code 2.5 s}, {@code 300 ms}. */
    public static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** Milliseconds since {@code startNanos}, a {@link System#nanoTime()}. */
    public static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
