package dev.migrate.api;

import dev.migrate.connect.Connections;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.Target;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.ScriptWriter;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes a merge revision: its {@code Revises} lists the revisions it joins; both sections are empty. */
final class MergeCommand {

    private final MigrateConfig config;
    private final Connections connections;

    MergeCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    GeneratedRevision run(MergeRequest request) {
        String message = NewRevision.message(request.message());
        ScriptDirectory scripts = RevisionFiles.loadHeaders(config, connections, connections.dialectOrDefault().splitOptions());
        RevisionGraph graph = scripts.graph();
        List<String> parents = parents(request.revisions(), graph, scripts);
        String id = NewRevision.id(request.revisionId(), graph, scripts);
        List<String> labels = NewRevision.branchLabels(request.branchLabels(), id, graph, scripts);
        LocalDateTime created = LocalDateTime.now(config.clock());
        Path file = NewRevision.file(RevisionFiles.writableDirectory(config, "merge"), created, id, message);
        NewRevision.write(file, ScriptWriter.render(message, id, parents, created, new LinkedHashSet<>(labels),
                List.of(), "", ""));
        config.listener().info("Generated merge revision " + id + " (" + message + "), revises "
                + Descriptions.withFiles(parents, scripts) + ": " + file);
        return new GeneratedRevision(id, parents, file, 0, List.of(), true);
    }

    /** The revisions to merge: every head by default; refuses fewer than two, or one that lies below another. */
    private static List<String> parents(List<String> requested, RevisionGraph graph, ScriptDirectory scripts) {
        List<String> parents = new ArrayList<>();
        boolean allHeads = requested.isEmpty()
                || (requested.size() == 1 && Target.Anchor.HEADS.equals(requested.get(0).strip()));
        if (allHeads) {
            parents.addAll(graph.heads());
        } else {
            for (String reference : requested) {
                String id = NewRevision.revision("migrate.revisions", reference.strip(), graph, scripts);
                if (!parents.contains(id)) {
                    parents.add(id);
                }
            }
        }
        String shown = allHeads ? "heads" : String.join(",", requested);
        if (parents.size() < 2) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.revisions = '" + shown + "': a merge "
                    + "joins at least two revisions, and this names " + (parents.isEmpty() ? "none"
                    : "only " + Descriptions.withFiles(parents, scripts))
                    + (allHeads ? "; there is nothing to merge" : ""));
        }
        List<String> grandparents = new ArrayList<>();
        parents.forEach(parent -> grandparents.addAll(graph.revision(parent).parents()));
        Set<String> below = graph.ancestorsOrSelf(grandparents);
        for (String parent : parents) {
            if (below.contains(parent)) {
                String other = parents.stream()
                        .filter(o -> !o.equals(parent) && graph.ancestorsOrSelf(List.of(o)).contains(parent))
                        .findFirst().orElseThrow();
                throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.revisions = '" + shown + "': "
                        + Descriptions.withFiles(List.of(parent), scripts) + " already lies below "
                        + Descriptions.withFiles(List.of(other), scripts) + "; merge revisions that are on "
                        + "different branches");
            }
        }
        return parents;
    }
}
