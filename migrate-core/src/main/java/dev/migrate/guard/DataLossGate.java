package dev.migrate.guard;

import dev.migrate.autogenerate.SchemaReader;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaSupport;
import dev.migrate.graph.Direction;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationStep;
import dev.migrate.lint.Finding;
import dev.migrate.lint.LintContext;
import dev.migrate.lint.Linter;
import dev.migrate.report.MigrationListener;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code migrate.allowDestructive=false}: a release pipeline's refusal to run revisions that lose data. The sections
 * about to run (the upgrade sections of pending revisions, or the downgrade sections a downgrade would run) are
 * linted as {@code migrate:check}'s lint does, and any finding of data loss stops the run before anything is changed.
 * So does a statement the lint cannot see into (a {@code DO} block, {@code EXECUTE}, {@code CALL}, a Java
 * migration): nothing says it is safe.
 *
 * <p>The lint knows the schema the run starts from when the database can be read: a {@code DROP TABLE} of a table
 * that an earlier pending revision creates is then not data loss. Without it (offline SQL from
 * {@code migrate.from}) every table is assumed to hold data.
 */
public final class DataLossGate {

    private DataLossGate() {
    }

    /**
     * Refuses {@code plan} when a section in it loses data, or may.
     *
     * @param connection the database the plan starts from, to read its schema; null when there is none
     */
    public static void check(GuardSettings settings, MigrationListener listener, Dialect dialect, MigrationPlan plan,
                             ScriptDirectory scripts, Connection connection) throws SQLException {
        if (settings.allowDestructive() || plan.isEmpty()) {
            return;
        }
        List<Finding> losses = losses(settings, dialect, plan, scripts, connection);
        List<String> revisions = losses.stream().map(Finding::revision).distinct().toList();
        boolean down = plan.direction() == Direction.DOWNGRADE;
        if (losses.isEmpty()) {
            listener.info("migrate.allowDestructive = false: the lint finds no statement that loses data, "
                    + "or may, in the " + plan.steps().size() + " " + (down ? "downgrade section(s) to run."
                    : "pending revision(s)."));
            return;
        }
        boolean one = revisions.size() == 1;
        String which = one ? revisions.get(0) : revisions.size() + (down ? "" : " pending") + " revisions ("
                + String.join(", ", revisions) + ")";
        StringBuilder message = new StringBuilder("migrate.allowDestructive = false, and ")
                .append(down ? "downgrading " + which + " loses"
                        : (one ? "pending revision " : "") + which + (one ? " loses" : " lose"))
                .append(losses.stream().allMatch(Finding::isError) ? " data" : " data, or may")
                .append("; nothing was changed:");
        for (Finding finding : losses) {
            message.append("\n  - ").append(finding);
        }
        message.append("\n  ").append(down ? "Run the downgrade" : "Apply them").append(" deliberately with "
                + "-Dmigrate.allowDestructive=true, or accept one finding for good with -- migrate:lint-ignore <code> "
                + "on its statement's line.");
        throw new GuardException(GuardException.Reason.REFUSED, message.toString());
    }

    /**
     * The lint's findings of data loss, or possible loss, in the sections {@code plan} runs, in run order: what the
     * gate refuses and what {@code migrate.backup} copies first.
     *
     * @param connection the database the plan starts from, to read its schema; null when there is none
     */
    public static List<Finding> losses(GuardSettings settings, Dialect dialect, MigrationPlan plan,
                                       ScriptDirectory scripts, Connection connection) throws SQLException {
        LintContext context = connection != null && dialect instanceof SchemaSupport support
                ? LintContext.of(new SchemaReader(dialect, support, settings.schema(), settings.tables()).read(connection))
                : LintContext.UNKNOWN_SCHEMA;
        Linter linter = new Linter(dialect.lintRules());
        List<Finding> losses = new ArrayList<>();
        for (MigrationStep step : plan.steps()) {
            RevisionScript script = scripts.script(step.id());
            linter.lint(script, script.section(step.direction()), context).stream()
                    .filter(Finding::mayLoseData).forEach(losses::add);
        }
        return losses;
    }
}
