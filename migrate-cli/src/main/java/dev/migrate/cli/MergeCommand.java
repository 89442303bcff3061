package dev.migrate.cli;

import dev.migrate.api.GeneratedRevision;
import dev.migrate.api.MergeRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "merge", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Write a merge revision that joins the heads (or the revisions named): it revises them and "
                + "its upgrade and downgrade are empty. Reads no database."})
final class MergeCommand extends CliCommand {

    @Mixin
    NewRevisionOptions revision;

    @Parameters(paramLabel = "<revision>", arity = "0..*", description = "The revisions to merge: ids, prefixes, "
            + "labels or <label>@head; default: every head.")
    List<String> revisions;

    @Override
    String name() {
        return "merge";
    }

    @Override
    public Integer call() {
        GeneratedRevision merge = migrator(false, false).merge(new MergeRequest(revision.message,
                revisions == null || revisions.equals(List.of("heads")) ? List.of() : revisions, revision.revisionId,
                revision.branchLabels));
        out().println(merge.file());
        out().flush();
        return ExitCode.OK;
    }
}
