package dev.migrate.guard;

import dev.migrate.apply.FailedRuns;
import dev.migrate.apply.JournalEntry;
import dev.migrate.apply.JournalRecord;
import dev.migrate.apply.MigrationExecutor;
import dev.migrate.apply.Stamper;
import dev.migrate.apply.StepState;
import dev.migrate.apply.VersionStore;
import dev.migrate.dialect.StatementEvidence;
import dev.migrate.graph.Direction;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.lock.LockHolder;
import dev.migrate.lock.MigrationLock;
import dev.migrate.report.IntegrityProblem;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptException;
import dev.migrate.script.ScriptParser;
import dev.migrate.script.Section;
import dev.migrate.script.SqlStatement;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the applied revisions can be trusted: every applied revision's file still has the checksum it was applied
 * with, and no revision is left partly applied by a failed or interrupted run. Upgrade and downgrade refuse to run
 * otherwise (or resume the failed revision when asked); status lists the findings; repair clears them.
 */
public final class Integrity {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final String CHECKSUM_ADVICE = "An applied revision never runs again, so an edit to it reaches no "
            + "database that already has it. Put the file back as it was (e.g. git checkout -- <file>) and make the "
            + "change in a new revision; if the edit is harmless (a comment, formatting), run migrate:repair to accept "
            + "it. -Dmigrate.validateChecksums=false skips this check.";

    private final DatabaseSession session;
    private final DatabaseState state;

    public Integrity(DatabaseSession session, DatabaseState state) {
        this.session = session;
        this.state = state;
    }

    /** A revision whose latest journal row left it partly applied. */
    public record Failure(JournalRecord record, RevisionScript script, Section ranSection, String ranText) {

        public String revision() {
            return record.revision();
        }

        public Optional<Direction> direction() {
            for (Direction direction : Direction.values()) {
                if (direction.word().equals(record.direction())) {
                    return Optional.of(direction);
                }
            }
            return Optional.empty();
        }
    }

    /** An applied revision whose file changed after it ran. */
    public record Change(RevisionScript script, JournalRecord accepted, IntegrityProblem problem) {
    }

    // ------------------------------------------------------------------------------------------------ findings

    /**
     * Revisions in a failed state. {@code RUNNING} rows count only when {@code includeRunning}: under the lock (or
     * when the lock is free) they belong to a process that died; without it, to one that may be running now.
     */
    public List<Failure> failures(boolean includeRunning) throws SQLException {
        List<Failure> failures = new ArrayList<>();
        List<JournalRecord> rows = new ArrayList<>(state.facts().latest().values());
        rows.sort(Comparator.comparingLong(JournalRecord::id));
        for (JournalRecord row : rows) {
            if (!row.state().leavesFailedState() || (row.state() == StepState.RUNNING && !includeRunning)) {
                continue;
            }
            RevisionScript script = session.scripts.contains(row.revision()) ? session.scripts.script(row.revision()) : null;
            String ranText = row.hasScript() ? session.store.readScript(session.connection, row.id()).orElse(null) : null;
            failures.add(new Failure(row, script, ranSection(row, script, ranText), ranText));
        }
        return failures;
    }

    private Section ranSection(JournalRecord row, RevisionScript current, String ranText) {
        Direction direction = Direction.UPGRADE.word().equals(row.direction()) ? Direction.UPGRADE : Direction.DOWNGRADE;
        if (ranText != null) {
            try {
                String location = current == null ? row.revision() : current.location();
                return new ScriptParser(session.dialect.splitOptions(), session.settings.placeholders(),
                        session.settings.builtIns()).parseText(location, ranText).section(direction);
            } catch (ScriptException e) {
                // Split differently back then; fall back to the file as it is now.
            }
        }
        return current == null ? null : current.section(direction);
    }

    /** Applied revisions whose files changed since they were applied (revisions in {@code skip} aside). */
    public List<Change> changes(Set<String> skip) throws SQLException {
        RevisionGraph graph = session.scripts.graph();
        Set<String> applied = graph.appliedBy(state.heads());
        List<Change> changes = new ArrayList<>();
        for (String id : graph.topologicalOrder()) {
            if (!applied.contains(id) || skip.contains(id)) {
                continue;
            }
            RevisionScript script = session.scripts.script(id);
            Optional<JournalRecord> accepted = state.facts().acceptedChecksum(id);
            if (accepted.isEmpty() || accepted.get().checksum().equals(script.checksum())) {
                continue;
            }
            JournalRecord row = accepted.get();
            Optional<String> old = row.hasScript() ? session.store.readScript(session.connection, row.id()) : Optional.empty();
            changes.add(new Change(script, row, changeProblem(script, row, old)));
        }
        return changes;
    }

    /**
     * The upgrade statements an edit changed in meaning: statements whose words differ once comments, whitespace and
     * the case of keywords are set aside, each as {@code line N: was ... / now ...}; empty when the edit only touched
     * formatting or comments (or only the downgrade section, which the database has not run). Empty optional when the
     * accepted text is not stored, so that nobody can tell.
     */
    public Optional<List<String>> changedStatements(Change change) throws SQLException {
        JournalRecord row = change.accepted();
        Optional<String> old = row.hasScript() ? session.store.readScript(session.connection, row.id())
                : Optional.empty();
        if (old.isEmpty()) {
            return Optional.empty();
        }
        RevisionScript now = change.script();
        List<SqlStatement> was;
        try {
            was = new ScriptParser(session.dialect.splitOptions(), session.settings.placeholders(),
                    session.settings.builtIns()).parseText(now.location(), old.get()).upgrade().statements();
        } catch (ScriptException e) {
            return Optional.empty();
        }
        List<SqlStatement> is = now.upgrade().statements();
        List<String> changed = new ArrayList<>();
        for (int k = 0; k < Math.max(was.size(), is.size()); k++) {
            SqlStatement before = k < was.size() ? was.get(k) : null;
            SqlStatement after = k < is.size() ? is.get(k) : null;
            if (before != null && after != null && meaning(before).equals(meaning(after))) {
                continue;
            }
            if (before == null || after == null) {
                changed.add("line " + (after != null ? after.line() : before.line()) + ": was "
                        + (before == null ? "(no statement)" : before.summary()) + "\n      now "
                        + (after == null ? "(no statement)" : after.summary()));
            } else {
                Difference difference = firstDifference(before.sql(), after.sql());
                changed.add("line " + (after.line() + difference.line() - 1) + ": was " + difference.was()
                        + "\n      now " + difference.now());
            }
        }
        return Optional.of(changed);
    }

    /** A statement's words without comments and layout, keywords in one case: what it means to the database. */
    private static List<String> meaning(SqlStatement statement) {
        return dev.migrate.script.StatementWords.of(statement.sql()).words().stream()
                .map(w -> w.kind() + ":" + (w.kind() == dev.migrate.script.StatementWords.Kind.WORD
                        ? w.text().toUpperCase(Locale.ROOT) : w.text()))
                .toList();
    }

    private static IntegrityProblem changeProblem(RevisionScript script, JournalRecord row, Optional<String> old) {
        StringBuilder message = new StringBuilder();
        message.append(label(script)).append(" changed after it was applied: ").append(script.location())
                .append(" differs from the text ").append(what(row)).append(" on ").append(when(row.startedAt()))
                .append(" by ").append(row.appliedBy());
        Integer line = null;
        if (old.isPresent()) {
            Difference difference = firstDifference(old.get(), script.text());
            line = difference.line();
            message.append(", first at line ").append(difference.line()).append(":\n")
                    .append("      was: ").append(difference.was()).append('\n')
                    .append("      now: ").append(difference.now());
        } else {
            message.append(" (checksum ").append(shortSum(row.checksum())).append(" then, ")
                    .append(shortSum(script.checksum())).append(" now; the old text is not stored, so the changed line "
                            + "cannot be shown).");
        }
        return new IntegrityProblem(IntegrityProblem.Kind.CHECKSUM, script.revision(), script.location(), line,
                message.toString());
    }

    private static String what(JournalRecord row) {
        if (VersionStore.REPAIR.equals(row.direction())) {
            return "accepted by migrate:repair";
        }
        return Stamper.STAMP.equals(row.direction()) ? "recorded by migrate:stamp" : "applied (" + row.direction() + ")";
    }

    /** The first line where two texts differ, with both versions of it. */
    record Difference(int line, String was, String now) {
    }

    static Difference firstDifference(String old, String now) {
        String[] a = old.split("\n", -1);
        String[] b = now.split("\n", -1);
        int k = 0;
        while (k < a.length && k < b.length && a[k].equals(b[k])) {
            k++;
        }
        return new Difference(k + 1, k < a.length ? shown(a[k]) : "(end of file)",
                k < b.length ? shown(b[k]) : "(end of file)");
    }

    private static String shown(String line) {
        String text = line.length() > 120 ? line.substring(0, 117) + "..." : line;
        return text.isBlank() ? "(empty line)" : text;
    }

    /** How the statement where a failed or interrupted run stopped stands. */
    FailedRuns.Stop stop(Failure failure) {
        JournalRecord row = failure.record();
        return row.state().neverFinished()
                ? FailedRuns.afterInterruption(failure.ranSection(), row.statementsDone(), session.dialect)
                : FailedRuns.Stop.FAILED;
    }

    /**
     * What the catalog shows about the statement where the run stopped, when that statement commits on its own (so
     * that a failure or a kill may have left something of it); empty when it cannot tell.
     */
    Optional<StatementEvidence> evidence(Failure failure) {
        Section section = failure.ranSection();
        int done = failure.record().statementsDone();
        if (section == null || section.isJava() || done >= section.statements().size()) {
            return Optional.empty();
        }
        SqlStatement statement = section.statements().get(done);
        if (MigrationExecutor.runsAtomically(section, statement, session.dialect)) {
            return Optional.empty();
        }
        try {
            return session.dialect.evidence(session.connection, statement);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    IntegrityProblem failureProblem(Failure failure) {
        JournalRecord row = failure.record();
        RevisionScript script = failure.script();
        String label = script == null ? row.revision() + " (no longer in " + session.scripts.description() + ")"
                : label(script);
        boolean interrupted = row.state().neverFinished();
        FailedRuns.Stop stop = stop(failure);
        StringBuilder message = new StringBuilder();
        message.append(label).append(interrupted ? " was interrupted" : " is partly applied").append(": its ")
                .append(row.direction()).append(" by ").append(row.appliedBy());
        if (interrupted) {
            message.append(" started ").append(when(row.startedAt())).append(" and never finished (the process was "
                    + "killed or lost its connection).");
            activeSession(row).ifPresent(active -> message.append(" Its server session is still there: ")
                    .append(active).append(". Until it ends, what the run leaves is not known."));
        } else {
            message.append(" on ").append(when(row.startedAt())).append(" failed at ")
                    .append(script == null ? row.revision() : script.location()).append(':').append(row.errorLine())
                    .append(": ").append(firstLine(row.errorMessage())).append('.');
        }
        Section section = failure.ranSection();
        String why = FailedRuns.whyNotUndone(section, session.dialect);
        message.append("\n  ").append(FailedRuns.describeProgress(row.statementsDone(), row.statementsTotal(), section,
                why, stop));
        evidence(failure).ifPresent(evidence -> message.append("\n  ").append(FailedRuns.describeEvidence(evidence)));
        message.append("\n  ").append(FailedRuns.howToContinue(row.revision(), row.direction(), row.statementsDone(),
                section, stop));
        Integer line = interrupted ? nextLine(section, row.statementsDone()) : row.errorLine();
        return new IntegrityProblem(IntegrityProblem.Kind.FAILED, row.revision(),
                script == null ? null : script.location(), line, message.toString());
    }

    /** For a row still running while no migrate holds the lock: its server session, if it is still there. */
    private Optional<String> activeSession(JournalRecord row) {
        if (row.state() != StepState.RUNNING) {
            return Optional.empty();
        }
        try {
            for (VersionStore.RunningRow running : session.store.readRunning(session.connection)) {
                if (running.id() == row.id() && running.serverSession() != null) {
                    return session.dialect.activeSession(session.connection, running.serverSession());
                }
            }
        } catch (SQLException e) {
            // A journal of an earlier format records no session.
        }
        return Optional.empty();
    }

    private static Integer nextLine(Section section, int done) {
        return section == null || done >= section.statements().size() ? null : section.statements().get(done).line();
    }

    /**
     * What status and the checksums check report, without the lock: the problems (failed states, changed files), runs
     * in progress right now (a {@code RUNNING} row whose process holds the lock), and changed files that are only
     * warnings because {@code validateChecksums} is off.
     */
    public record Review(List<IntegrityProblem> problems, List<String> running, List<String> unchecked) {
    }

    public Review review(boolean validateChecksums) throws SQLException {
        List<IntegrityProblem> problems = new ArrayList<>();
        List<String> running = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        for (Failure failure : failures(true)) {
            failed.add(failure.revision());
            Optional<LockHolder> holder = failure.record().state() == StepState.RUNNING ? lockHolder()
                    : Optional.empty();
            if (holder.isPresent()) {
                running.add(failure.revision() + " is being " + failure.record().direction() + "d right now by "
                        + holder.get().describe() + " (" + failure.record().statementsDone() + " of "
                        + failure.record().statementsTotal() + " statements done)");
            } else {
                problems.add(failureProblem(failure));
            }
        }
        for (Change change : changes(failed)) {
            if (validateChecksums) {
                problems.add(change.problem());
            } else {
                unchecked.add(change.problem().message().lines().findFirst().orElse("")
                        + " (not checked: migrate.validateChecksums = false)");
            }
        }
        return new Review(problems, running, unchecked);
    }

    private Optional<LockHolder> lockHolder() throws SQLException {
        Optional<MigrationLock> lock = session.migrationLock();
        return lock.isEmpty() ? Optional.empty() : lock.get().holder(session.connection);
    }

    // ---------------------------------------------------------------------------------------------------- guard

    /**
     * Refuses to run {@code plan} while a revision is in a failed state (unless {@code migrate.resume} continues it)
     * or, with {@code migrate.validateChecksums}, while an applied revision's file has changed.
     *
     * @param locked whether this process holds the lock (interrupted runs are only judged then)
     * @return where to resume, or null
     */
    public MigrationExecutor.Resume guard(MigrationPlan plan, Direction direction, boolean locked) throws SQLException {
        GuardSettings options = session.settings;
        List<Failure> failures = failures(locked);
        MigrationExecutor.Resume resume = null;
        if (!failures.isEmpty()) {
            if (!options.resume().resumes()) {
                throw new GuardException(GuardException.Reason.FAILED_STATE, "cannot " + direction.word() + ": "
                        + join(failures.stream().map(this::failureProblem).toList()));
            }
            if (failures.size() > 1) {
                throw new GuardException(GuardException.Reason.FAILED_STATE, "migrate.resume continues one failed revision, but "
                        + failures.size() + " are in a failed state; repair all but one first: "
                        + join(failures.stream().map(this::failureProblem).toList()));
            }
            resume = resumeFrom(failures.get(0), plan, direction, options.resume(), locked);
        } else if (options.resume().resumes() && locked) {
            session.listener.info("migrate.resume = " + options.resume().word() + ", but no revision is in "
                    + "a failed state: nothing to resume.");
        }
        Set<String> failed = new HashSet<>();
        failures.forEach(f -> failed.add(f.revision()));
        List<Change> changes = changes(failed);
        if (!changes.isEmpty()) {
            List<IntegrityProblem> problems = changes.stream().map(Change::problem).toList();
            if (options.validateChecksums()) {
                throw new GuardException(GuardException.Reason.CHECKSUM_MISMATCH, "cannot " + direction.word() + ", nothing was "
                        + "changed: " + join(problems) + "\n  " + CHECKSUM_ADVICE);
            }
            if (locked || plan.isEmpty()) {
                for (IntegrityProblem problem : problems) {
                    session.listener.warn(problem.message().lines().findFirst().orElse("")
                            + " (not checked: migrate.validateChecksums = false)");
                }
            }
        }
        return resume;
    }

    private MigrationExecutor.Resume resumeFrom(Failure failure, MigrationPlan plan, Direction direction,
                                                Resume mode, boolean locked) {
        JournalRecord row = failure.record();
        String id = row.revision();
        if (failure.direction().orElse(null) != direction) {
            throw new GuardException(GuardException.Reason.FAILED_STATE, "migrate.resume continues the failed " + row.direction()
                    + " of " + id + ": run migrate:" + row.direction() + " with -Dmigrate.resume=true, or migrate:repair");
        }
        if (plan.steps().stream().noneMatch(step -> step.id().equals(id))) {
            throw new GuardException(GuardException.Reason.FAILED_STATE, "migrate.resume would continue the failed "
                    + row.direction() + " of " + id + ", but migrate.target = " + plan.target()
                    + " does not include it; aim at a target past " + id + " (or run migrate:repair)");
        }
        RevisionScript script = failure.script();
        Section now = script.section(direction);
        int done = row.statementsDone();
        if (now.statements().size() < done) {
            throw new GuardException(GuardException.Reason.FAILED_STATE, "cannot resume " + id + ": " + done + " of its "
                    + "statements completed in the failed run, but " + script.location() + " now has "
                    + now.statements().size() + " in its " + direction.word() + " section; the completed statements "
                    + "must stay as they ran (or undo them by hand and run migrate:repair)");
        }
        Section ran = failure.ranText() == null ? null : failure.ranSection();
        if (ran == null) {
            if (!script.checksum().equals(row.checksum())) {
                throw new GuardException(GuardException.Reason.FAILED_STATE, "cannot resume " + id + ": the failed run's text "
                        + "is not stored and " + script.location() + " has changed since, so migrate cannot tell "
                        + "whether the " + done + " completed statements are unchanged; put the file back, or undo them "
                        + "by hand and run migrate:repair");
            }
        } else {
            for (int k = 0; k < done; k++) {
                SqlStatement was = ran.statements().get(k);
                SqlStatement is = now.statements().get(k);
                if (!was.sql().strip().equals(is.sql().strip())) {
                    throw new GuardException(GuardException.Reason.FAILED_STATE, "cannot resume " + id + ": statement "
                            + (k + 1) + " (" + script.location() + ":" + is.line() + ") completed in the failed run, "
                            + "but it has changed since (it was: " + was.summary() + "). Resume runs only the "
                            + "statements after the completed ones, so those must stay as they ran; put it back, or "
                            + "undo the completed statements by hand and run migrate:repair");
                }
            }
        }
        Decision decision = decide(failure, mode, now, script, locked);
        int from = decision.statementsDone();
        if (locked) {
            String next = from < now.statements().size()
                    ? " at statement " + (from + 1) + " of " + now.statements().size() + " (" + script.location() + ":"
                    + now.statements().get(from).line() + ")"
                    : " (all " + now.statements().size() + " statements count as completed; only its bookkeeping is "
                    + "left)";
            session.listener.info("Resuming the " + direction.word() + " of " + label(script) + next
                    + ": " + (done == 0 ? "no statement" : done == 1 ? "statement 1" : "statements 1-" + done)
                    + " completed in the " + (row.state().neverFinished() ? "interrupted" : "failed") + " run of "
                    + when(row.startedAt()) + "." + (decision.text() == null ? "" : " " + decision.text()));
        }
        return new MigrationExecutor.Resume(id, from, decision.text());
    }

    /** Where a resumed step starts, and what the user decided about the statement where the earlier run stopped. */
    private record Decision(int statementsDone, String text) {
    }

    /**
     * Applies {@code migrate.resume}: {@code true} continues from the first statement known not to have taken effect
     * and refuses a statement in doubt; {@code rerun} runs the statement where the run stopped again; {@code skip}
     * counts it as done. A decision about a statement migrate could not judge is journalled.
     */
    private Decision decide(Failure failure, Resume mode, Section now, RevisionScript script, boolean locked) {
        JournalRecord row = failure.record();
        String id = row.revision();
        int done = row.statementsDone();
        FailedRuns.Stop stop = stop(failure);
        boolean java = now.isJava();
        String statement = java ? "the Java migration" : done < now.statements().size()
                ? "statement " + (done + 1) + " (" + script.location() + ":" + now.statements().get(done).line() + ": "
                + now.statements().get(done).summary() + ")" : null;
        String ran = (row.state().neverFinished() ? "interrupted " : "failed ") + row.direction() + " of "
                + when(row.startedAt()) + " by " + row.appliedBy();
        String who = JournalEntry.currentUser();
        switch (mode) {
            case SKIP -> {
                if (statement == null) {
                    throw new GuardException(GuardException.Reason.FAILED_STATE, "migrate.resume = skip, but all " + done
                            + " statements of " + id + " completed in the " + ran + ": there is nothing to skip; run "
                            + "with -Dmigrate.resume=true, which only records the revision as done.");
                }
                if (stop == FailedRuns.Stop.NOT_COMMITTED) {
                    throw new GuardException(GuardException.Reason.FAILED_STATE, "migrate.resume = skip, but " + statement
                            + " did not take effect in the " + ran + ": it ran in one transaction with migrate's record "
                            + "of it, and the record says it did not commit. Skipping it would leave it undone; run "
                            + "with -Dmigrate.resume=true, which runs it again. Nothing was changed.");
                }
                return new Decision(java ? now.statements().size() : done + 1, who + " decided that " + statement
                        + (stop == FailedRuns.Stop.IN_DOUBT ? ", in doubt after the " + ran + ", took effect"
                        : ", which failed in the " + ran + ", has been applied by hand") + ": it counts as done "
                        + "(migrate.resume=skip).");
            }
            case RERUN -> {
                if (stop != FailedRuns.Stop.IN_DOUBT || statement == null) {
                    if (locked) {
                        session.listener.info("migrate.resume = rerun: nothing of " + id + " is in "
                                + "doubt (" + (statement == null ? "all its statements completed" : statement
                                + (stop == FailedRuns.Stop.FAILED ? " failed" : " did not commit")) + "), so it goes "
                                + "on as with migrate.resume=true.");
                    }
                    return new Decision(done, null);
                }
                return new Decision(done, who + " decided that " + statement + ", in doubt after the " + ran
                        + ", did not take effect: it runs again (migrate.resume=rerun).");
            }
            default -> {
                if (stop == FailedRuns.Stop.IN_DOUBT && statement != null) {
                    StringBuilder message = new StringBuilder("cannot resume " + id + ": " + statement + " was running "
                            + "when the " + ran + " stopped, and is in doubt: it commits on its own, so whether it took "
                            + "effect is not known, and migrate.resume=true continues only from a statement known not to "
                            + "have run.");
                    evidence(failure).ifPresent(evidence -> message.append("\n  ")
                            .append(FailedRuns.describeEvidence(evidence)));
                    message.append("\n  Decide, and run again with -Dmigrate.resume=skip (it took effect: continue "
                            + "after it) or -Dmigrate.resume=rerun (it did not: run it again). Nothing was changed.");
                    throw new GuardException(GuardException.Reason.FAILED_STATE, message.toString());
                }
                return new Decision(done, null);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- wording

    public static String join(List<IntegrityProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).message();
        }
        StringBuilder text = new StringBuilder(problems.size() + " revisions need attention:");
        for (IntegrityProblem problem : problems) {
            text.append("\n  - ").append(problem.message().replace("\n", "\n  "));
        }
        return text.toString();
    }

    public static String advice() {
        return CHECKSUM_ADVICE;
    }

    private static String label(RevisionScript script) {
        return script.message() == null || script.message().isEmpty() ? script.revision()
                : script.revision() + " (" + script.message() + ")";
    }

    public static String when(Instant instant) {
        return instant == null ? "an unknown time" : WHEN.format(instant);
    }

    private static String shortSum(String checksum) {
        return checksum == null ? "none" : checksum.substring(0, Math.min(12, checksum.length())).toLowerCase(Locale.ROOT);
    }

    /** The first line of a database message, without H2's dangling "; SQL statement:". */
    private static String firstLine(String text) {
        if (text == null) {
            return "(no message)";
        }
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text.strip() : text.substring(0, newline).strip();
        return line.endsWith("; SQL statement:") ? line.substring(0, line.length() - "; SQL statement:".length()) : line;
    }
}
