package dev.migrate.testing;

import dev.migrate.report.MigrationEvent;
import dev.migrate.report.MigrationListener;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Records like {@link RecordingListener}, and signals when a message containing a phrase is logged. */
public final class SignallingListener implements MigrationListener {

    public final RecordingListener recorded = new RecordingListener();
    private final String phrase;
    private final CountDownLatch seen = new CountDownLatch(1);

    public SignallingListener(String phrase) {
        this.phrase = phrase;
    }

    @Override
    public void event(MigrationEvent event) {
        recorded.event(event);
    }

    @Override
    public void info(String message) {
        recorded.info(message);
        if (message.contains(phrase)) {
            seen.countDown();
        }
    }

    @Override
    public void warn(String message) {
        recorded.warn(message);
        if (message.contains(phrase)) {
            seen.countDown();
        }
    }

    /** Waits until the phrase was logged. */
    public boolean await() throws InterruptedException {
        return seen.await(30, TimeUnit.SECONDS);
    }
}
