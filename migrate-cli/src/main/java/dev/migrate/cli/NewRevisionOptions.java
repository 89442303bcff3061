package dev.migrate.cli;

import picocli.CommandLine.Option;

import java.util.List;

/** What the commands that write a new revision file (revision, merge) share: its message, id and branch labels. */
final class NewRevisionOptions {

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "<message>",
            description = "What the revision does (for a merge, what it joins): the first line of the file and part "
                    + "of its name.")
    String message;

    @Option(names = "--rev-id", paramLabel = "<id>", description = "The revision id instead of a random one.")
    String revisionId;

    @Option(names = "--branch-label", paramLabel = "<labels>", split = ",", description = "Branch labels for the new "
            + "revision, comma-separated.")
    List<String> branchLabels;
}
