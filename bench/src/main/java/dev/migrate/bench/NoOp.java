package dev.migrate.bench;

/** The JVM start-up baseline for {@link W3Diff}: the same JVM and class path, and a {@code main} that does nothing. */
public final class NoOp {

    private NoOp() {
    }

    public static void main(String[] args) {
        // Nothing: the process's wall time is the JVM's own start-up and exit.
    }
}
