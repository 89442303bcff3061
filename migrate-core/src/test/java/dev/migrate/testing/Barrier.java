package dev.migrate.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A place a migration's SQL can stop at until the test lets it go, for H2: {@code CALL KILL_POINT('name')} through
 * {@code CREATE ALIAS KILL_POINT FOR 'dev.migrate.testing.Barrier.pass'}. H2 runs the function in the process that
 * serves the database, so a test that opened the database first (with {@code AUTO_SERVER=TRUE}) holds the SQL of a
 * child process here. An unarmed barrier lets everyone through.
 */
public final class Barrier {

    private static final Map<String, CountDownLatch[]> ARMED = new ConcurrentHashMap<>();

    private Barrier() {
    }

    /** Makes the next {@link #pass} of {@code name} stop until {@link #release}. */
    public static void arm(String name) {
        ARMED.put(name, new CountDownLatch[] {new CountDownLatch(1), new CountDownLatch(1)});
    }

    /** The function SQL calls. */
    public static int pass(String name) throws InterruptedException {
        CountDownLatch[] latches = ARMED.get(name);
        if (latches != null && latches[1].getCount() > 0) {
            latches[0].countDown();
            latches[1].await(60, TimeUnit.SECONDS);
        }
        return 1;
    }

    /** Waits until SQL reached the armed barrier. */
    public static boolean awaitArrival(String name, long seconds) throws InterruptedException {
        return ARMED.get(name)[0].await(seconds, TimeUnit.SECONDS);
    }

    public static void release(String name) {
        CountDownLatch[] latches = ARMED.get(name);
        if (latches != null) {
            latches[1].countDown();
        }
    }
}
