package dev.migrate.roundtrip;

import java.util.ArrayList;
import java.util.List;

/**
 * What a round trip has done so far. When a step fails, the whole transcript becomes the failure message: which
 * pair on which dialect, which step, the diff, the rendered upgrade and downgrade, and what was left over, so a
 * failure explains itself without a debugger.
 */
final class Transcript {

    /** A step that may throw anything. */
    interface Step<T> {
        T run() throws Exception;
    }

    private final String title;
    private final List<String> sections = new ArrayList<>();

    Transcript(String title) {
        this.title = title;
    }

    /** Records a section, shown under {@code == heading} in a failure. */
    void add(String heading, String body) {
        String shown = body.isEmpty() ? "(nothing)" : body.stripTrailing();
        sections.add("== " + heading + "\n" + shown + "\n");
    }

    /** Runs {@code step}; if it throws, fails with the transcript, naming the step. */
    <T> T step(String name, Step<T> step) {
        try {
            return step.run();
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(message("failed at step '" + name + "': " + e), e);
        }
    }

    /** A failure with the transcript and, last, the section that shows what went wrong. */
    AssertionError fail(String what, String heading, String body) {
        add(heading, body);
        return new AssertionError(message(what));
    }

    private String message(String what) {
        StringBuilder out = new StringBuilder(title).append(": ").append(what).append("\n\n");
        sections.forEach(section -> out.append(section).append('\n'));
        return out.toString();
    }

    /** {@code sql} with line numbers, so that an error's line can be found. */
    static String numbered(String sql) {
        StringBuilder out = new StringBuilder();
        String[] lines = sql.split("\n", -1);
        int count = sql.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int k = 0; k < count; k++) {
            out.append(String.format("%4d | %s%n", k + 1, lines[k]));
        }
        return out.toString();
    }
}
