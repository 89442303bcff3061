package dev.migrate.fleet;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The rollout: canary first, maxFailures, every started target finishes, results in target order. */
class FleetRunnerTest {

    private static List<FleetTarget> targets(int n) {
        List<FleetTarget> targets = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            targets.add(new FleetTarget(FleetTarget.Kind.SCHEMA, "t" + i, "test"));
        }
        return targets;
    }

    private static List<String> run(int parallelism, int canary, String maxFailures, int n,
                                    Function<FleetTarget, String> task) {
        return new FleetRunner<String>(parallelism, canary, FailureLimit.parse(maxFailures), r -> r.startsWith("FAIL"))
                .run(targets(n), task, (t, reason) -> "SKIP " + t.value() + ": " + reason);
    }

    @Test
    void runsEveryTargetOnceInParallelAndKeepsTheOrder() {
        ConcurrentHashMap<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<String> results = run(4, 0, null, 50, t -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            runs.computeIfAbsent(t.value(), k -> new AtomicInteger()).incrementAndGet();
            sleep(2);
            running.decrementAndGet();
            return "OK " + t.value();
        });
        assertThat(results).hasSize(50).first().isEqualTo("OK t1");
        assertThat(results.get(49)).isEqualTo("OK t50");
        assertThat(runs).hasSize(50).allSatisfy((k, v) -> assertThat(v.get()).isEqualTo(1));
        assertThat(most.get()).isBetween(2, 4);
    }

    @Test
    void aFailedCanaryStopsTheFleetAfterTheOtherCanariesFinish() {
        List<String> results = run(3, 3, "50%", 10, t -> t.value().equals("t2") ? "FAIL" : "OK");
        assertThat(results.subList(0, 3)).containsExactly("OK", "FAIL", "OK");
        assertThat(results.subList(3, 10)).allSatisfy(r -> assertThat(r)
                .endsWith("not started: a canary target failed (migrate.canary = 3)"));
    }

    @Test
    void maxFailuresStopsSchedulingButRunningTargetsFinish() {
        AtomicInteger finished = new AtomicInteger();
        List<String> results = run(1, 0, "2", 10, t -> {
            finished.incrementAndGet();
            return List.of("t2", "t4", "t5", "t9").contains(t.value()) ? "FAIL" : "OK";
        });
        assertThat(results.subList(0, 5)).containsExactly("OK", "FAIL", "OK", "FAIL", "FAIL");
        assertThat(results.subList(5, 10)).allSatisfy(r -> assertThat(r)
                .endsWith("not started: more than 2 target(s) failed (migrate.maxFailures = 2)"));
        assertThat(finished.get()).isEqualTo(5);
    }

    @Test
    void withinMaxFailuresEveryTargetRuns() {
        List<String> results = run(2, 2, "10%", 40, t -> t.value().equals("t7") ? "FAIL" : "OK");
        assertThat(results).filteredOn(r -> r.startsWith("SKIP")).isEmpty();
        assertThat(results).filteredOn(r -> r.equals("FAIL")).hasSize(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
