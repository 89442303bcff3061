package dev.migrate.cli;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.GenerateRequest;
import dev.migrate.api.GeneratedRevision;
import dev.migrate.api.MigrateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;

@Command(name = "revision", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Write a new revision file on top of the head of the migrations; with --autogenerate, "
                + "filled with the upgrade and downgrade that turn the migrations' schema into the schema files' "
                + "(or, with --compare-with database, the database's schema into the schema files')."})
final class RevisionCommand extends CliCommand {

    @Mixin
    NewRevisionOptions revision;

    @Option(names = "--autogenerate", description = "Fill the revision with the difference to the schema files, "
            + "computed on a shadow database, and replay it there to check it.")
    boolean autogenerate;

    @Option(names = "--compare-with", paramLabel = "<what>", defaultValue = "migrations",
            description = "With --autogenerate: migrations (default; a shadow with every revision replayed) or "
                    + "database (the configured database, which must be up to date).")
    String compareWith;

    @Mixin
    ShadowOptions shadow;

    @Option(names = "--allow-empty", description = "With --autogenerate: write a file even when nothing differs.")
    boolean allowEmpty;

    @Option(names = "--head", paramLabel = "<head>", description = "Where the revision attaches when there are several "
            + "heads: a head's id, prefix or label, <label>@head, or base for a new independent base.")
    String head;

    @Option(names = "--splice", description = "Allow --head to name a revision that is not a head, starting a "
            + "branch there.")
    boolean splice;

    @Option(names = "--depends-on", paramLabel = "<revisions>", split = ",", description = "Revisions the new one "
            + "depends on across branches (ids, prefixes, labels, <label>@head), comma-separated.")
    List<String> dependsOn;

    @Option(names = "--java", paramLabel = "<source-directory>", description = "Write a Java migration class (a data "
            + "migration) under this source directory instead of a SQL file.")
    String javaSources;

    @Option(names = "--java-package", paramLabel = "<package>", defaultValue = "db.migrations",
            description = "The package of a Java migration; default db.migrations.")
    String javaPackage;

    @Override
    String name() {
        return "revision";
    }

    @Override
    public Integer call() {
        GenerateRequest request = new GenerateRequest(revision.message, revision.revisionId, autogenerate,
                compareWith(), allowEmpty, head, splice, revision.branchLabels, dependsOn, null);
        if (javaSources != null) {
            request = request.asJava(path(javaSources), javaPackage);
        }
        GeneratedRevision generated = migrator(shadow.settings(), autogenerate, autogenerate).generate(request);
        if (generated.noChanges()) {
            return ExitCode.OK;
        }
        out().println(generated.file());
        out().flush();
        if (!generated.verified()) {
            note("The generated file did not pass its check on the shadow database; it is marked. Review and fix it "
                    + "before running `migrate upgrade`.");
            return ExitCode.FAILURE;
        }
        return ExitCode.OK;
    }

    private GenerateRequest.CompareWith compareWith() {
        try {
            return GenerateRequest.CompareWith.valueOf(compareWith.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "--compare-with " + compareWith
                    + " is not known; use migrations or database");
        }
    }
}
