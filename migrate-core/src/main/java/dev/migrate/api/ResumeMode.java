package dev.migrate.api;

import dev.migrate.guard.Resume;

import java.util.Locale;

/**
 * Whether upgrade and downgrade continue a revision left failed or interrupted by an earlier run
 * ({@code migrate.resume}), and what the user decided about the statement where that run stopped.
 */
public enum ResumeMode {
    /** Refuse to run while a revision is in a failed state (the default). */
    OFF,
    /**
     * Continue after the statements that completed, from the first statement known not to have taken effect; refused
     * while the statement where the run stopped is in doubt.
     */
    ON,
    /**
     * The user decided that the statement where the run stopped did not take effect (or has been cleaned up): run it
     * again, then the rest. Journalled with who and when.
     */
    RERUN,
    /**
     * The user decided that the statement where the run stopped took effect (or applied it by hand): count it as done
     * and run the rest. Journalled with who and when.
     */
    SKIP;

    /** The setting's value as users write it. */
    public String word() {
        return guard().word();
    }

    /** The same decision as the guards read it. */
    Resume guard() {
        return Resume.valueOf(name());
    }

    /** Whether to continue a failed revision at all. */
    public boolean resumes() {
        return guard().resumes();
    }

    /**
     * The mode {@code text} names ({@code false}, {@code true}, {@code rerun} or {@code skip}, in any case; empty or
     * null: {@code false}).
     *
     * @throws MigrateException (CONFIGURATION) naming {@code migrate.resume} for anything else
     */
    public static ResumeMode parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return OFF;
        }
        for (ResumeMode mode : values()) {
            if (mode.word().equals(value)) {
                return mode;
            }
        }
        throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.resume = '" + text + "' is not a resume mode; "
                + "use false (the default), true (continue after the completed statements), rerun (the statement where "
                + "the run stopped did not take effect: run it again) or skip (it took effect: continue after it)");
    }
}
