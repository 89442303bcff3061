package dev.migrate.api;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaSupport;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationStep;
import dev.migrate.lint.Finding;
import dev.migrate.lint.LintContext;
import dev.migrate.lint.Linter;
import dev.migrate.script.ScriptDirectory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code migrate.allowDestructive=false}: a release pipeline's refusal to apply revisions that lose data. The pending
 * revisions' upgrade sections are linted (as {@code migrate:check}'s lint does) and any data-loss finding stops the
 * run before anything is changed.
 *
 * <p>The lint knows the schema the run starts from when the database can be read: a {@code DROP TABLE} of a table
 * that an earlier pending revision creates is then not data loss. Without it (offline SQL from
 * {@code migrate.from}) every table is assumed to hold data.
 */
final class DataLossGate {

    private DataLossGate() {
    }

    /**
     * Refuses {@code plan} when a revision in it loses data.
     *
     * @param connection the database the plan starts from, to read its schema; null when there is none
     */
    static void check(Workspace ws, Dialect dialect, MigrationPlan plan, ScriptDirectory scripts,
                      Connection connection) throws SQLException {
        if (ws.config.options().allowDestructive() || plan.isEmpty()) {
            return;
        }
        LintContext context = connection != null && dialect instanceof SchemaSupport support
                ? LintContext.of(Workspace.readSchema(ws.config, dialect, support, connection))
                : LintContext.UNKNOWN_SCHEMA;
        Linter linter = new Linter(dialect.lintRules());
        List<Finding> losses = new ArrayList<>();
        List<String> revisions = new ArrayList<>();
        for (MigrationStep step : plan.steps()) {
            List<Finding> found = linter.lint(scripts.script(step.id()), context).stream()
                    .filter(Finding::isError).toList();
            if (!found.isEmpty()) {
                revisions.add(step.id());
                losses.addAll(found);
            }
        }
        if (losses.isEmpty()) {
            ws.config.listener().info("migrate.allowDestructive = false: none of the " + plan.steps().size()
                    + " pending revision(s) loses data.");
            return;
        }
        StringBuilder message = new StringBuilder("migrate.allowDestructive = false, and ")
                .append(revisions.size() == 1 ? "pending revision " + revisions.get(0) + " loses"
                        : revisions.size() + " pending revisions (" + String.join(", ", revisions) + ") lose")
                .append(" data; nothing was changed:");
        for (Finding finding : losses) {
            message.append("\n  - ").append(finding);
        }
        message.append("\n  Apply them deliberately with -Dmigrate.allowDestructive=true, or accept one finding for "
                + "good with -- migrate:lint-ignore <code> on its statement's line.");
        throw new MigrateException(ErrorKind.REFUSED, message.toString());
    }
}
