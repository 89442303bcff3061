package dev.migrate.apply;

import dev.migrate.dialect.Dialect;
import dev.migrate.script.Section;
import dev.migrate.script.SqlStatement;

import java.util.List;

/**
 * The words for a revision left partly applied: what ran, what did not, and how to continue. Used when a step
 * fails, and again when a later run finds the failure in the journal.
 */
public final class FailedRuns {

    private FailedRuns() {
    }

    /**
     * {@code 2 of 5 statements had completed (lines 8-10) and stay applied, because <why>; statements 3-5 (from line
     * 12) did not run.}, or {@code None of its 5 statements had completed; ...}
     *
     * @param section the section as the files have it now, for line numbers; may be null
     */
    public static String describeProgress(int done, int total, Section section, String why) {
        return describeProgress(done, total, section, why, false);
    }

    /**
     * As {@link #describeProgress(int, int, Section, String)}; with {@code interrupted}, the statement after the
     * completed ones was running when the process stopped, and may or may not have taken effect.
     */
    public static String describeProgress(int done, int total, Section section, String why, boolean interrupted) {
        if (section != null && section.isJava()) {
            return (interrupted ? "The Java migration was running when the run stopped" : "The Java migration failed "
                    + "part-way") + ": what it changed before that may stay, because " + why + ".";
        }
        StringBuilder text = new StringBuilder();
        if (done == 0) {
            text.append("none of its ").append(total).append(total == 1 ? " statement" : " statements")
                    .append(" had completed");
        } else {
            text.append(done).append(" of ").append(total).append(total == 1 ? " statement" : " statements")
                    .append(" had completed").append(lines(section, 0, done)).append(" and stay")
                    .append(done == 1 ? "s" : "").append(" applied, because ").append(why);
        }
        int notRun = done + 1;
        if (interrupted && done < total) {
            text.append("; ").append(range(done + 1, done + 1)).append(from(section, done)).append(" was running when "
                    + "the run stopped, and may or may not have taken effect: check before you resume");
            notRun++;
        }
        if (notRun <= total) {
            text.append("; ").append(range(notRun, total)).append(from(section, notRun - 1)).append(" did not run");
        }
        text.append('.');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Why completed statements of a failed section stay applied. */
    public static String whyNotUndone(Section section, Dialect dialect) {
        if (section != null && section.isJava() && section.transactional()) {
            return dialect.displayName() + " cannot roll back DDL";
        }
        return section != null && !section.transactional()
                ? "the section runs outside a transaction (transaction:false)"
                : dialect.displayName() + " cannot roll back DDL, so migrate commits each statement as it completes";
    }

    /** The two ways on after a failure: resume, or undo by hand and repair. */
    public static String howToContinue(String revision, String direction, int done, Section section) {
        if (section != null && section.isJava()) {
            return revision + " is marked failed, and migrate runs nothing more until you either\n"
                    + "    - make the Java migration safe to run again on what it left, and run " + direction + " again "
                    + "with -Dmigrate.resume=true, which calls it again from the start, or\n"
                    + "    - undo what it changed, by hand, then run migrate:repair and " + direction + " again.";
        }
        String kept = done == 0 ? "" : done == 1 ? " (leaving the completed statement as it is)"
                : " (leaving the " + done + " completed statements as they are)";
        return revision + " is marked failed, and migrate runs nothing more until you either\n"
                + "    - fix the file" + kept + " and run " + direction + " again with -Dmigrate.resume=true, which runs "
                + (section == null ? "the statements after the first " + done
                : range(done + 1, section.statements().size()) + from(section, done)) + ", or\n"
                + "    - undo what the completed statements did, by hand, then run migrate:repair and " + direction
                + " again, which runs " + revision + " from its first statement.";
    }

    private static String range(int first, int last) {
        return first == last ? "statement " + first : "statements " + first + "-" + last;
    }

    private static String from(Section section, int index) {
        if (section == null || index >= section.statements().size()) {
            return "";
        }
        return " (from line " + section.statements().get(index).line() + ")";
    }

    private static String lines(Section section, int from, int to) {
        if (section == null || to > section.statements().size()) {
            return "";
        }
        List<SqlStatement> statements = section.statements();
        int first = statements.get(from).line();
        int last = statements.get(to - 1).line();
        return first == last ? " (line " + first + ")" : " (lines " + first + "-" + last + ")";
    }
}
