package dev.migrate.guard;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationStep;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.Section;

import java.util.ArrayList;
import java.util.List;

/** Refusals that need only the plan and the files: checked before anything is changed. */
public final class PlanChecks {

    private PlanChecks() {
    }

    /**
     * {@code migrate.transactionMode=all} needs transactional DDL; checked before connecting, so a wrong setting
     * never touches the database.
     */
    public static void transactionMode(GuardSettings settings, Dialect dialect) {
        if (settings.oneTransaction() && !dialect.features().transactionalDdl()) {
            throw new GuardException(GuardException.Reason.CONFIGURATION, "migrate.transactionMode = all needs a "
                    + "database whose DDL is transactional, and " + dialect.displayName() + " commits DDL on its own: "
                    + "one transaction could not undo a failed run. Use migrate.transactionMode = per-migration (the "
                    + "default); nothing was changed.");
        }
    }

    /** {@code migrate.transactionMode=all} cannot run a {@code transaction:false} section. */
    public static void transactionMode(GuardSettings settings, MigrationPlan plan, ScriptDirectory scripts) {
        if (!settings.oneTransaction()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (MigrationStep step : plan.steps()) {
            RevisionScript script = scripts.script(step.id());
            Section section = script.section(step.direction());
            if (section != null && !section.transactional()) {
                problems.add(script.location() + ":" + section.line());
            }
        }
        if (!problems.isEmpty()) {
            throw new GuardException(GuardException.Reason.REFUSED, "migrate.transactionMode = all cannot run "
                    + String.join(", ", problems) + ": " + (problems.size() == 1 ? "that section is" : "those sections are")
                    + " marked transaction:false and must run outside a transaction. Run with migrate.transactionMode = "
                    + "per-migration (the default); nothing was changed.");
        }
    }

    /** Refuses a downgrade through a revision that cannot be undone. */
    public static void reversible(MigrationPlan plan, ScriptDirectory scripts) {
        List<String> problems = new ArrayList<>();
        for (MigrationStep step : plan.steps()) {
            RevisionScript script = scripts.script(step.id());
            script.whyIrreversible().ifPresent(why -> problems.add(step.id() + " (" + script.location() + "): " + why));
        }
        if (!problems.isEmpty()) {
            throw new GuardException(GuardException.Reason.REFUSED, "cannot downgrade to " + plan.target()
                    + ", nothing was changed: " + String.join("; ", problems)
                    + ". Downgrade to a revision above it, or add a downgrade section.");
        }
    }
}
