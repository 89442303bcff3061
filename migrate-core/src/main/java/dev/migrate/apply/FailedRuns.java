package dev.migrate.apply;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.StatementEvidence;
import dev.migrate.script.Section;
import dev.migrate.script.SqlStatement;

import java.util.List;

/**
 * The words for a revision left partly applied: what ran, what did not, what is in doubt, and how to continue. Used
 * when a step fails, and again when a later run finds the failure in the journal.
 */
public final class FailedRuns {

    private FailedRuns() {
    }

    /** What became of the statement after the completed ones. */
    public enum Stop {
        /** It failed: the database refused it, so it did not take effect. */
        FAILED,
        /**
         * The run stopped while it ran, but it ran in one transaction with migrate's record of it, and the record says
         * it did not commit: it did not take effect.
         */
        NOT_COMMITTED,
        /** The run stopped while it ran, and it commits on its own: whether it took effect is not known. */
        IN_DOUBT
    }

    /**
     * How the statement after the first {@code done} of {@code section} stands after a run that stopped while it ran:
     * {@link Stop#NOT_COMMITTED} when it runs in one transaction with its progress record (see
     * {@link MigrationExecutor}), otherwise {@link Stop#IN_DOUBT}.
     *
     * @param section the section as it ran, or null when not known (then in doubt)
     */
    public static Stop afterInterruption(Section section, int done, Dialect dialect) {
        if (section == null || done >= section.statements().size()) {
            return section == null ? Stop.IN_DOUBT : Stop.NOT_COMMITTED;
        }
        return MigrationExecutor.runsAtomically(section, section.statements().get(done), dialect)
                ? Stop.NOT_COMMITTED : Stop.IN_DOUBT;
    }

    /**
     * {@code 2 of 5 statements had completed (lines 8-10) and stay applied, because <why>; statements 3-5 (from line
     * 12) did not run.}, or {@code None of its 5 statements had completed; ...}
     *
     * @param section the section as the files have it now, for line numbers; may be null
     */
    public static String describeProgress(int done, int total, Section section, String why) {
        return describeProgress(done, total, section, why, Stop.FAILED);
    }

    /**
     * As {@link #describeProgress(int, int, Section, String)}, saying how the statement after the completed ones
     * stands when the run stopped while it ran.
     */
    public static String describeProgress(int done, int total, Section section, String why, Stop stop) {
        boolean interrupted = stop != Stop.FAILED;
        if (section != null && section.isJava()) {
            return (interrupted ? "The Java migration was running when the run stopped, and is in doubt" : "The Java "
                    + "migration failed part-way") + ": what it changed before that may stay, because " + why + ".";
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
            text.append("; ").append(range(done + 1, done + 1)).append(from(section, done));
            text.append(stop == Stop.NOT_COMMITTED
                    ? " was running when the run stopped and did not take effect: it runs in one transaction with "
                    + "migrate's record of it, and that record says it did not commit"
                    : " was running when the run stopped and is in doubt: it commits on its own, outside migrate's "
                    + "record of it, so whether it took effect is not known");
            notRun++;
        }
        if (notRun <= total) {
            text.append("; ").append(range(notRun, total)).append(from(section, notRun - 1)).append(" did not run");
        }
        text.append('.');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code The catalog shows index x exists and is valid: ...}, for a statement whose outcome is not known. */
    public static String describeEvidence(StatementEvidence evidence) {
        String meaning = evidence.tookEffect() == null ? "the statement did not finish"
                : evidence.tookEffect() ? "it looks as if the statement took effect"
                : "it looks as if the statement did not take effect";
        return "The catalog shows " + evidence.observation() + ": " + meaning + "."
                + (evidence.cleanup() == null ? "" : " Remove what it left with: " + evidence.cleanup() + ";");
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

    /** The ways on after a failure: resume (or decide about a statement in doubt), or undo by hand and repair. */
    public static String howToContinue(String revision, String direction, int done, Section section, Stop stop) {
        String again = direction + " again";
        String repair = "    - undo what the completed statements did, by hand, then run migrate:repair and " + again
                + ", which runs " + revision + " from its first statement.";
        if (section != null && section.isJava()) {
            return revision + " is marked failed, and migrate runs nothing more until you either\n"
                    + "    - make the Java migration safe to run again on what it left, and run " + again + " with "
                    + "-Dmigrate.resume=rerun, which calls it again from the start, or\n"
                    + "    - undo what it changed, by hand, then run migrate:repair and " + again + ".";
        }
        int total = section == null ? -1 : section.statements().size();
        String next = range(done + 1, done + 1) + from(section, done);
        String rest = section == null ? "the statements after it" : done + 2 > total ? "its bookkeeping"
                : range(done + 2, total);
        if (stop == Stop.IN_DOUBT) {
            return revision + " is marked interrupted, and migrate runs nothing more until you decide about " + next
                    + ":\n"
                    + "    - it took effect: run " + again + " with -Dmigrate.resume=skip, which counts it as done and "
                    + "runs " + rest + ";\n"
                    + "    - it did not: run " + again + " with -Dmigrate.resume=rerun, which runs it again, then "
                    + rest + ";\n"
                    + "    - or " + repair.strip().substring(2);
        }
        String kept = done == 0 ? "" : done == 1 ? " (leaving the completed statement as it is)"
                : " (leaving the " + done + " completed statements as they are)";
        String fix = stop == Stop.FAILED ? "fix the file" + kept + " and run " : "run ";
        return revision + " is marked " + (stop == Stop.FAILED ? "failed" : "interrupted") + ", and migrate runs "
                + "nothing more until you either\n"
                + "    - " + fix + again + " with -Dmigrate.resume=true, which runs "
                + (section == null ? "the statements after the first " + done
                : range(done + 1, section.statements().size()) + from(section, done)) + ", or\n"
                + (stop == Stop.FAILED ? "    - apply " + next + " by hand (as it should have been), then run " + again
                + " with -Dmigrate.resume=skip, which counts it as done and runs " + rest + ", or\n" : "")
                + repair;
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
