package dev.migrate.maven;

import dev.migrate.api.Migrator;
import dev.migrate.api.ResumeMode;
import dev.migrate.api.TransactionMode;
import dev.migrate.report.OfflineSql;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What upgrade and downgrade share: how they use transactions, resuming a revision that failed part-way, and writing
 * offline SQL instead of running.
 */
public abstract class AbstractApplyMojo extends AbstractDatabaseMojo {

    /**
     * How revisions use transactions: {@code per-migration} (the default) runs each revision in its own transaction,
     * so a failure keeps the revisions before it; {@code all} runs the whole goal in one transaction, so a failure
     * leaves nothing of it. {@code all} needs transactional DDL (PostgreSQL, not H2) and refuses revisions with a
     * {@code transaction:false} section.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.transactionMode", defaultValue = "per-migration")
    protected TransactionMode transactionMode;

    /**
     * Continues a revision that failed part-way or was interrupted (on H2, or in a {@code transaction:false} section)
     * instead of refusing to run: {@code true} after the statements that completed (fix the failing one first; the
     * completed ones must be unchanged in the file). A statement that was running when a run was killed and commits on
     * its own (a {@code CREATE INDEX CONCURRENTLY}) is in doubt, and {@code true} refuses it: decide with
     * {@code rerun} (it did not take effect: run it again) or {@code skip} (it took effect: continue after it); the
     * decision is journalled with who and when. The alternative is to undo the completed statements by hand and run
     * {@code migrate:repair}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.resume", defaultValue = "false")
    protected ResumeMode resume;

    /**
     * Writes the SQL the goal would run to {@code sqlFile} instead of running it, and changes nothing (Alembic's
     * {@code --sql}): each revision's statements inside its transaction block, with the version-table statements,
     * for a DBA to review and run with {@code psql -v ON_ERROR_STOP=1 -f}. The start is read from the database, or
     * taken from {@code migrate.from}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.sql", defaultValue = "false")
    protected boolean sql;

    /**
     * Where {@code migrate.sql} writes the script; default {@code <reportsDirectory>/<goal>.sql}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.sqlFile")
    protected File sqlFile;

    /**
     * With {@code migrate.sql}: where the database is ({@code base}, a revision, a label, or several revisions
     * separated by commas), so that the script is written without connecting to any database. Default: read where
     * the database is from its version table (which needs the connection).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.from")
    protected String from;

    /**
     * Whether sections that lose data may run: dropped tables or columns, narrowed types, deleted rows (the data-loss
     * findings of {@code migrate:check}'s lint), and statements the lint cannot see into ({@code DO}, {@code EXECUTE},
     * {@code CALL}, Java migrations). Upgrade lints the pending revisions' upgrade sections, downgrade the downgrade
     * sections it would run. A release pipeline sets it to {@code false}: such revisions are then listed, with file
     * and line, and nothing is changed. A finding accepted for good is silenced with
     * {@code -- migrate:lint-ignore <code>} on its statement's line.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.allowDestructive", defaultValue = "true")
    protected boolean allowDestructive;

    /**
     * What to back up before sections that can lose data run (the lint's data-loss findings): {@code none}, {@code tables}
     * (each table such a statement drops, truncates, deletes from or narrows is copied, just before its revision runs,
     * into schema {@code migrate_backup} as {@code <table>__<revision>}: same server, no tools) or {@code dump} (the
     * database's dump tool, {@code pg_dump} or {@code mariadb-dump}, or H2's {@code SCRIPT}, writes the schema to
     * {@code migrate.backupDirectory} before the first revision). Each backup is journalled and printed with how to
     * restore it; a backup that fails stops the run before the revision runs. A downgrade of a revision names the
     * backups made before it ran.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.backup", defaultValue = "none")
    protected String backup;

    /**
     * Where {@code migrate.backup=dump} writes its files (outside {@code target/}, so that {@code mvn clean} keeps
     * them).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.backupDirectory", defaultValue = "${project.basedir}/migrate-backups")
    protected File backupDirectory;

    @Override
    protected void configure(Migrator.Builder builder) {
        builder.transactionMode(transactionMode == null ? TransactionMode.PER_MIGRATION : transactionMode)
                .resume(resume == null ? ResumeMode.OFF : resume)
                .allowDestructive(allowDestructive).backup(backup)
                .backupDirectory(backupDirectory == null ? null : backupDirectory.toPath());
    }

    @Override
    protected boolean announcesDatabase() {
        return connects();
    }

    @Override
    protected boolean connects() {
        return !(sql && from != null);
    }

    @Override
    protected final void run(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        checkOfflineParameters();
        if (sql && fleet() != null) {
            throw new MojoFailureException("migrate.sql writes the script of one database, and a fleet is configured; "
                    + "write it for one target (migrate.schema or migrate.url) without the fleet settings");
        }
        if (sql) {
            writeScript(script(migrator, from));
        } else if (fleet() != null) {
            apply(migrator);
        } else {
            apply(migrator);
            exposeState(migrator.status());
        }
    }

    /** Runs the goal for real. */
    protected abstract void apply(Migrator migrator) throws MojoFailureException, MojoExecutionException;

    /** The SQL the goal would run, starting at {@code from} (null: where the database is). */
    protected abstract OfflineSql script(Migrator migrator, String from);

    /** Refuses the offline-SQL parameters without {@code migrate.sql}: they would be silently ignored. */
    private void checkOfflineParameters() throws MojoFailureException {
        if (!sql && (from != null || sqlFile != null)) {
            throw new MojoFailureException((from != null ? "migrate.from" : "migrate.sqlFile") + " only applies to "
                    + "offline SQL; add -Dmigrate.sql=true to write the script instead of running migrate:" + goal()
                    + ". Nothing was changed.");
        }
    }

    /** Writes an offline script and says what it holds. */
    private void writeScript(OfflineSql script) throws MojoExecutionException {
        Path file = sqlFile != null ? sqlFile.toPath() : reportsDirectory.toPath().resolve(goal() + ".sql");
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, script.sql(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + file + " (migrate.sqlFile): " + e.getMessage(), e);
        }
        String from = String.join(", ", script.headsBefore());
        String to = String.join(", ", script.headsAfter());
        if (script.isEmpty()) {
            getLog().info("Nothing to " + script.direction() + ": the start (" + (from.isEmpty() ? "base" : from)
                    + ") is already at " + script.target() + ". Wrote an empty script to " + shown(file.toFile()) + ".");
            return;
        }
        getLog().info("Wrote the " + script.direction() + " from " + (from.isEmpty() ? "base" : from) + " to "
                + (to.isEmpty() ? "base" : to) + " (" + script.revisions().size() + " revision(s)) as SQL to "
                + shown(file.toFile()) + "; the database was not changed.");
        for (var revision : script.revisions()) {
            getLog().info("  " + revision.label());
        }
    }
}
