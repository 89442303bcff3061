package dev.migrate.maven;

import dev.migrate.report.HistoryEntry;
import dev.migrate.report.RevisionAuthor;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Who added each revision file, and when, read from the project's git history with one {@code git log} (the commits
 * that added files, oldest wins): for the "Migrations" page. A project that is not a git checkout, or a machine
 * without git, gets nothing, silently: the page then has no author columns. A process instead of a git library: the
 * plugin would otherwise ship one for a table column.
 */
final class GitAuthors {

    private static final String MARK = "\u0001";
    private static final long TIMEOUT_SECONDS = 30;

    private GitAuthors() {
    }

    /**
     * The author of each revision whose file git knows, keyed by revision id.
     *
     * @param project the project's directory, where {@code git} runs; files are matched as the history shows them
     *                (relative to the project)
     */
    static Map<String, RevisionAuthor> of(File project, List<HistoryEntry> entries) {
        if (project == null || entries.isEmpty()) {
            return Map.of();
        }
        Map<String, RevisionAuthor> byFile = addedFiles(project);
        Map<String, RevisionAuthor> byRevision = new HashMap<>();
        for (HistoryEntry entry : entries) {
            RevisionAuthor author = byFile.get(entry.revision().location());
            if (author != null) {
                byRevision.put(entry.revision().revision(), author);
            }
        }
        return byRevision;
    }

    /** Each file path (relative to the project) with the commit that added it; empty when git cannot tell. */
    private static Map<String, RevisionAuthor> addedFiles(File project) {
        Process git;
        try {
            git = new ProcessBuilder("git", "-C", project.getAbsolutePath(), "log", "--diff-filter=A", "--no-renames",
                    "--relative", "--name-only", "--format=" + MARK + "%an%x09%aI", "--", ".")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Map.of();
        }
        Map<String, RevisionAuthor> byFile = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(git.getInputStream(),
                StandardCharsets.UTF_8))) {
            RevisionAuthor commit = null;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(MARK)) {
                    String[] fields = line.substring(MARK.length()).split("\t", 2);
                    commit = fields.length == 2 ? new RevisionAuthor(fields[0], fields[1]) : null;
                } else if (!line.isBlank() && commit != null) {
                    byFile.put(line.strip(), commit); // newest first: the oldest addition is put last and wins
                }
            }
            if (!git.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroyForcibly();
                return Map.of();
            }
        } catch (IOException e) {
            git.destroyForcibly();
            return Map.of();
        } catch (InterruptedException e) {
            git.destroyForcibly();
            Thread.currentThread().interrupt();
            return Map.of();
        }
        return byFile;
    }
}
