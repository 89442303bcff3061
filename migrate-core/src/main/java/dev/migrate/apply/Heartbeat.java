package dev.migrate.apply;

import dev.migrate.report.MigrationEvent;
import dev.migrate.report.MigrationListener;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A line every {@link #EVERY} while one statement runs ({@code still running: a1b2 statement 3 of 5
 * (x.sql:12), 40 s}): a long {@code CREATE INDEX} is then visibly alive, and where it stands is on the screen. The
 * beat comes from a daemon thread that exists only while a statement runs longer than one interval.
 */
final class Heartbeat {

    /** How often a running statement is reported. */
    static final Duration EVERY = Duration.ofSeconds(10);

    private final MigrationListener listener;
    private final Duration every;
    private ScheduledThreadPoolExecutor timer;

    Heartbeat(MigrationListener listener, Duration every) {
        this.listener = listener;
        this.every = every;
    }

    /** Reports {@code running}, with its elapsed time, every interval until the returned beat is closed. */
    synchronized Beat start(MigrationEvent.StillRunning running) {
        if (listener == MigrationListener.NONE) {
            return () -> {
            };
        }
        if (timer == null) {
            ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "migrate-heartbeat");
                thread.setDaemon(true);
                return thread;
            });
            // The thread goes away a second after the last statement's beat stops: nothing lingers after a run.
            pool.setKeepAliveTime(1, TimeUnit.SECONDS);
            pool.allowCoreThreadTimeOut(true);
            pool.setRemoveOnCancelPolicy(true);
            timer = pool;
        }
        long started = System.nanoTime();
        ScheduledFuture<?> beat = timer.scheduleAtFixedRate(() -> listener.event(new MigrationEvent.StillRunning(
                running.revision(), running.direction(), running.statement(), running.statements(), running.line(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started))), every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> beat.cancel(false);
    }

    /** A running statement's beat; closing it stops the reports. */
    interface Beat extends AutoCloseable {
        @Override
        void close();
    }
}
