package dev.migrate.parity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one tool did for one case, read back from the offline SQL it wrote: the revisions it ran, in order, and the
 * version rows its row statements leave when replayed from the start rows; or that it refused, and why.
 *
 * @param refused whether the tool refused (an error instead of a script)
 * @param reason  the refusal's type and message, or null
 * @param steps   {@code up r01}, {@code down r02}, ... in the order the script runs them
 * @param rows    the version rows after the script, in id order
 * @param problem a row statement that did not replay (an UPDATE or DELETE of a missing row, a duplicate INSERT), or
 *                null
 */
record Outcome(boolean refused, String reason, List<String> steps, List<String> rows, String problem) {

    private static final Pattern STEP =
            Pattern.compile("INSERT INTO steps \\(direction, revision\\) VALUES \\('(up|down)', '(\\w+)'\\)");
    private static final Pattern INSERT =
            Pattern.compile("INSERT INTO \"?(?:alembic_version|migrate_version)\"? \\((?:version_num|revision)\\) "
                    + "VALUES \\('(\\w+)'\\)");
    private static final Pattern UPDATE = Pattern.compile("UPDATE \"?(?:alembic_version|migrate_version)\"? SET "
            + "(?:version_num|revision) ?= ?'(\\w+)' WHERE (?:alembic_version\\.version_num|revision) = '(\\w+)'");
    private static final Pattern DELETE = Pattern.compile("DELETE FROM \"?(?:alembic_version|migrate_version)\"? WHERE "
            + "(?:alembic_version\\.version_num|revision) = '(\\w+)'");

    private static final Pattern OTHER_ROW_STATEMENT =
            Pattern.compile("(?:INSERT|UPDATE|DELETE) .*(?:alembic|migrate)_version");

    static Outcome refused(String reason) {
        return new Outcome(true, reason, List.of(), List.of(), null);
    }

    /** Replays the steps and the version-row statements of {@code sql} from {@code start}. */
    static Outcome replay(String sql, List<String> start, List<String> ids) {
        List<String> steps = new ArrayList<>();
        Set<String> rows = new LinkedHashSet<>(start);
        String problem = null;
        for (String line : sql.split("\n")) {
            Matcher m;
            if ((m = STEP.matcher(line)).lookingAt()) {
                steps.add(m.group(1) + " " + m.group(2));
            } else if ((m = INSERT.matcher(line)).lookingAt()) {
                if (!rows.add(m.group(1)) && problem == null) {
                    problem = "inserts row " + m.group(1) + ", which exists";
                }
            } else if ((m = UPDATE.matcher(line)).lookingAt()) {
                if (!rows.remove(m.group(2)) && problem == null) {
                    problem = "updates row " + m.group(2) + ", which does not exist";
                }
                if (!rows.add(m.group(1)) && problem == null) {
                    problem = "updates a row to " + m.group(1) + ", which exists";
                }
            } else if ((m = DELETE.matcher(line)).lookingAt()) {
                if (!rows.remove(m.group(1)) && problem == null) {
                    problem = "deletes row " + m.group(1) + ", which does not exist";
                }
            } else if (OTHER_ROW_STATEMENT.matcher(line).lookingAt() && problem == null) {
                problem = "a version-table statement this test cannot read: " + line;
            }
        }
        return new Outcome(false, null, List.copyOf(steps), ids.stream().filter(rows::contains).toList(), problem);
    }

    /** The revisions run in {@code direction} ({@code up} or {@code down}), in order. */
    List<String> ran(String direction) {
        return steps.stream().filter(s -> s.startsWith(direction + " ")).map(s -> s.substring(s.indexOf(' ') + 1))
                .toList();
    }

    @Override
    public String toString() {
        if (refused) {
            return "refused: " + reason;
        }
        return "ran [" + String.join(", ", steps) + "], rows after [" + String.join(", ", rows) + "]"
                + (problem == null ? "" : " (" + problem + ")");
    }
}
