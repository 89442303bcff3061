package dev.migrate.cli;

import dev.migrate.api.GeneratedRevision;
import dev.migrate.api.MergeRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "merge", mixinStandardHelpOptions = true, usageHelpAutoWidth = false, sortOptions = false,
        description = {"Write a merge revision that joins the heads (or the revisions named): it revises them and "
                + "its upgrade and downgrade are empty. Reads no database."})
final class MergeCommand extends CliCommand {

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "<message>", description = "What the merge "
            + "joins.")
    String message;

    @Parameters(paramLabel = "<revision>", arity = "0..*", description = "The revisions to merge: ids, prefixes, "
            + "labels or <label>@head; default: every head.")
    List<String> revisions;

    @Option(names = "--rev-id", paramLabel = "<id>", description = "The revision id instead of a random one.")
    String revisionId;

    @Option(names = "--branch-label", paramLabel = "<labels>", split = ",", description = "Branch labels for the "
            + "merge revision, comma-separated.")
    List<String> branchLabels;

    @Override
    String name() {
        return "merge";
    }

    @Override
    public Integer call() {
        GeneratedRevision revision = migrator(false, false).merge(new MergeRequest(message,
                revisions == null || revisions.equals(List.of("heads")) ? List.of() : revisions, revisionId,
                branchLabels));
        out().println(revision.file());
        out().flush();
        return ExitCode.OK;
    }
}
