package dev.migrate.fleet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs one task per target on {@code parallelism} threads, in rollout order: the first {@code canary} targets first
 * (the rest only if none of them failed), then the others, starting no new target once more than the
 * {@link FailureLimit} allows have failed. A target that started is never interrupted: it finishes or fails (and rolls
 * back) on its own, so no statement is cut off. Targets not started get a result from {@code notStarted}.
 *
 * @param <R> a target's result
 */
public final class FleetRunner<R> {

    private final int parallelism;
    private final int canary;
    private final FailureLimit limit;
    private final Predicate<R> failed;

    /**
     * @param parallelism how many targets run at once (at least 1)
     * @param canary      how many targets go first, alone; 0 for none
     * @param limit       how many failures the rollout tolerates
     * @param failed      whether a result is a failure
     */
    public FleetRunner(int parallelism, int canary, FailureLimit limit, Predicate<R> failed) {
        if (parallelism < 1) {
            throw new FleetException("migrate.parallelism = " + parallelism + ": run at least one target at a time");
        }
        if (canary < 0) {
            throw new FleetException("migrate.canary = " + canary + ": give a number of targets, 0 for none");
        }
        this.parallelism = parallelism;
        this.canary = canary;
        this.limit = limit;
        this.failed = failed;
    }

    /**
     * Runs {@code task} for each target, and returns the results in the targets' order.
     *
     * @param notStarted the result of a target the rollout stopped before, given the reason
     */
    public List<R> run(List<FleetTarget> targets, Function<FleetTarget, R> task,
                       BiFunction<FleetTarget, String, R> notStarted) {
        @SuppressWarnings("unchecked")
        R[] results = (R[]) new Object[targets.size()];
        int allowed = limit.allowed(targets.size());
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> stop = new AtomicReference<>();
        int first = Math.min(canary, targets.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, targets.size())),
                threads());
        try {
            if (first > 0) {
                // Every canary runs: they are the sample the rest of the fleet waits on.
                runPhase(pool, targets, 0, first, task, results, failures, stop, Integer.MAX_VALUE, null);
                if (failures.get() > 0) {
                    stop.compareAndSet(null, "a canary target failed (migrate.canary = " + canary + ")");
                }
            }
            if (stop.get() == null) {
                runPhase(pool, targets, first, targets.size(), task, results, failures, stop, allowed,
                        "more than " + allowed + " target(s) failed (migrate.maxFailures = " + limit + ")");
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                results[i] = notStarted.apply(targets.get(i), "not started: " + stop.get());
            }
        }
        return Arrays.asList(results);
    }

    /** Targets {@code from} (inclusive) to {@code to}; stops taking new ones once more than {@code allowed} failed. */
    private void runPhase(ExecutorService pool, List<FleetTarget> targets, int from, int to,
                          Function<FleetTarget, R> task, R[] results, AtomicInteger failures,
                          AtomicReference<String> stop, int allowed, String reason) {
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> workers = new ArrayList<>();
        int count = Math.min(parallelism, to - from);
        for (int w = 0; w < count; w++) {
            workers.add(pool.submit(() -> {
                while (stop.get() == null) {
                    int i = next.getAndIncrement();
                    if (i >= to) {
                        return;
                    }
                    R result = task.apply(targets.get(i));
                    results[i] = result;
                    if (failed.test(result) && failures.incrementAndGet() > allowed) {
                        stop.compareAndSet(null, reason);
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (InterruptedException e) {
                // Keep waiting: the running targets finish on their own; the interrupt is kept for the caller.
                Thread.currentThread().interrupt();
                stop.compareAndSet(null, "the run was interrupted");
                awaitQuietly(worker);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a fleet worker failed: " + e.getCause(), e.getCause());
            }
        }
    }

    private static void awaitQuietly(Future<?> worker) {
        boolean interrupted = Thread.interrupted();
        try {
            while (true) {
                try {
                    worker.get();
                    return;
                } catch (InterruptedException again) {
                    interrupted = true;
                } catch (java.util.concurrent.ExecutionException e) {
                    return;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, "migrate-fleet-" + n.incrementAndGet());
            thread.setDaemon(false);
            return thread;
        };
    }
}
