package dev.migrate.report;

import java.util.List;

/**
 * The outcome of one check of {@code migrate:check}.
 *
 * @param name           the check's name ({@code graph}, {@code checksums}, {@code model}, ...)
 * @param outcome        passed, failed or skipped
 * @param summary        one line: why it passed, failed or was skipped
 * @param details        what a reader needs to act: the differences, the findings, the revisions
 * @param durationMillis how long it took
 */
public record CheckResult(String name, Outcome outcome, String summary, List<String> details, long durationMillis) {

    /** How a check ended. */
    public enum Outcome {
        PASSED, FAILED, SKIPPED
    }

    public CheckResult {
        details = List.copyOf(details);
    }

    public static CheckResult passed(String name, String summary, List<String> details, long millis) {
        return new CheckResult(name, Outcome.PASSED, summary, details, millis);
    }

    public static CheckResult failed(String name, String summary, List<String> details, long millis) {
        return new CheckResult(name, Outcome.FAILED, summary, details, millis);
    }

    public static CheckResult skipped(String name, String summary) {
        return new CheckResult(name, Outcome.SKIPPED, summary, List.of(), 0);
    }
}
