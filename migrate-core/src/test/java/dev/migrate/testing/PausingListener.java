package dev.migrate.testing;

import dev.migrate.report.MigrationEvent;
import dev.migrate.report.MigrationListener;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Records like {@link RecordingListener}, and holds the migrating thread at the first event that matches until the
 * test releases it: a way to keep an upgrade (and its lock) in a known place without sleeping.
 */
public final class PausingListener implements MigrationListener {

    public final RecordingListener recorded = new RecordingListener();
    private final Predicate<MigrationEvent> where;
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    public PausingListener(Predicate<MigrationEvent> where) {
        this.where = where;
    }

    /** Pauses when the revision starts running. */
    public static PausingListener atStartOf(String revision) {
        return new PausingListener(e -> e instanceof MigrationEvent.Started started
                && started.revision().revision().equals(revision));
    }

    @Override
    public void event(MigrationEvent event) {
        recorded.event(event);
        if (arrived.getCount() > 0 && where.test(event)) {
            arrived.countDown();
            try {
                if (!released.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the paused migration");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void info(String message) {
        recorded.info(message);
    }

    @Override
    public void warn(String message) {
        recorded.warn(message);
    }

    /** Waits until the migration reached the pause. */
    public boolean awaitArrival() throws InterruptedException {
        return arrived.await(30, TimeUnit.SECONDS);
    }

    public void release() {
        released.countDown();
    }
}
