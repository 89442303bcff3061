package dev.migrate.spring.boot.autoconfigure;

import java.time.Duration;

/** Durations as people write them in properties: {@code 300 ms}, {@code 1.5 s}, {@code 45 s}, {@code 2 min}, {@code 1 min 57 s}. */
final class Durations {

    private Durations() {
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (Math.abs(millis) < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 != 0) {
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }
}
