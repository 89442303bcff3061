package dev.migrate.guard;

/** What {@code migrate.resume} asks of a revision left in a failed state. */
public enum Resume {
    /** Refuse to run while a revision is in a failed state (the default). */
    OFF("false"),
    /** Continue from the first statement known not to have taken effect. */
    ON("true"),
    /** The statement where the run stopped did not take effect: run it again, then the rest. */
    RERUN("rerun"),
    /** The statement where the run stopped took effect: count it as done and run the rest. */
    SKIP("skip");

    private final String word;

    Resume(String word) {
        this.word = word;
    }

    /** The setting's value as users write it. */
    public String word() {
        return word;
    }

    /** Whether to continue a failed revision at all. */
    public boolean resumes() {
        return this != OFF;
    }
}
