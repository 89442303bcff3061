package dev.migrate.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@link Migrator#check} should check.
 *
 * @param checks             the checks to run, in {@link #ALL}'s order; empty means all
 * @param allowMultipleHeads whether several heads pass the graph check
 * @param failOnPending      whether pending revisions fail the pending check
 * @param lintSince          lint the revisions after this one instead of the pending ones, or null
 * @param failOnLint         which lint findings fail the lint check
 */
public record CheckRequest(Set<String> checks, boolean allowMultipleHeads, boolean failOnPending, String lintSince,
                           LintLevel failOnLint) {

    /** Every check, in the order they run. */
    public static final List<String> ALL = List.of("graph", "checksums", "model", "roundtrip", "drift", "pending", "lint");

    /** Which lint findings fail the build. */
    public enum LintLevel {
        /** None: findings are reported as warnings. */
        NONE,
        /** Data-loss findings. */
        ERROR,
        /** Every finding. */
        WARNING
    }

    public CheckRequest {
        Set<String> normalised = new LinkedHashSet<>();
        for (String check : checks == null ? Set.<String>of() : checks) {
            String name = check.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!ALL.contains(name)) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.checks names '" + check.strip()
                        + "', which is not a check; known: " + String.join(", ", ALL));
            }
            normalised.add(name);
        }
        checks = Set.copyOf(normalised.isEmpty() ? Set.copyOf(ALL) : normalised);
        failOnLint = failOnLint == null ? LintLevel.NONE : failOnLint;
        lintSince = lintSince == null || lintSince.isBlank() ? null : lintSince.strip();
    }

    /** Every check, with the defaults of {@code migrate:check}. */
    public static CheckRequest all() {
        return new CheckRequest(Set.of(), false, false, null, LintLevel.NONE);
    }

    public boolean runs(String check) {
        return checks.contains(check);
    }
}
