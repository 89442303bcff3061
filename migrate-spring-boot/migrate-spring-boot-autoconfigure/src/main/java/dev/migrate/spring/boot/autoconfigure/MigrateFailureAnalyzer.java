package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.api.MigrateException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a migrate failure at start into Spring Boot's "APPLICATION FAILED TO START" report: the description starts
 * with migrate's own message, whose first line names the file and line (or the property) at fault, then says which
 * database was being migrated; the action says what to do for that kind of failure.
 */
public class MigrateFailureAnalyzer extends AbstractFailureAnalyzer<MigrateException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrateException cause) {
        MigrateStartupException startup = findCause(rootFailure, MigrateStartupException.class);
        StringBuilder description = new StringBuilder(cause.getMessage());
        description.append("\n\n");
        if (startup != null) {
            description.append("migrate stopped the start while trying to ").append(startup.what())
                    .append(" (").append(cause.kind()).append(").");
        } else {
            description.append("migrate stopped the start (").append(cause.kind()).append(").");
        }
        return new FailureAnalysis(description.toString(), action(cause), cause);
    }

    private static String action(MigrateException cause) {
        return switch (cause.kind()) {
            case MIGRATION_FAILED -> "Fix the revision at the file and line above, then start the application again. "
                    + "The revisions before it stay applied; the message says what remains of the failed one. Nothing "
                    + "served requests: the application did not start.";
            case SCRIPT, GRAPH -> "Fix the revision file named above; nothing was changed in the database.";
            case CHECKSUM_MISMATCH -> "Put the applied file back as it was and make the change in a new revision; if "
                    + "the edit is harmless, accept it with mvn migrate:repair (or Migrator.repair()). "
                    + "migrate.validate-checksums=false starts anyway, with a warning.";
            case FAILED_STATE -> "Finish or undo the partly applied revision as the message says (mvn migrate:repair, "
                    + "or mvn migrate:upgrade -Dmigrate.resume=true), then start the application again.";
            case TARGET -> "Check migrate.target: it must name a revision of these files (head, heads, an id, a label "
                    + "or <label>@head); with several heads, merge them (mvn migrate:merge) or target heads.";
            case CONNECTION -> "Check that the database is running and that the DataSource (spring.datasource.url) or "
                    + "migrate.url points at it. For a database that starts with the application, set "
                    + "migrate.wait-for-database (e.g. 2m).";
            case AUTHENTICATION -> "Check the database user and password (spring.datasource.username and password, or "
                    + "migrate.user and migrate.password).";
            case LOCK_TIMEOUT -> "Another instance is migrating this database; let it finish, or raise "
                    + "migrate.lock-timeout.";
            case REFUSED -> "Do what the message above says; migrate changed nothing.";
            case CONFIGURATION -> "Fix the migrate.* property named above.";
            case UNSUPPORTED_DATABASE -> "Add the database's JDBC driver to the application, or set the dialect with "
                    + "a MigrateBuilderCustomizer for a compatible database.";
            case DATABASE_STATE -> "Check the version tables the message names; migrate.schema keeps migrate's tables "
                    + "apart from another tool's.";
            case IO -> "Check that the migration locations (migrate.locations) can be read.";
        };
    }
}
