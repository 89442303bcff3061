package dev.migrate.api;

import dev.migrate.graph.GraphException;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.Target;
import dev.migrate.graph.TargetResolver;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.ScriptHeader;
import dev.migrate.script.ScriptWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks what goes into the header of a revision file migrate writes (generate, merge), before anything is written:
 * each problem names the parameter and, where a file is involved, the file and line.
 */
final class NewRevision {

    private static final SecureRandom RANDOM = new SecureRandom();

    private NewRevision() {
    }

    /** The message, stripped; refuses an empty one or one with a line break. */
    static String message(String raw) {
        String message = raw == null ? "" : raw.strip();
        if (message.isEmpty()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "a message is required (migrate.message): say "
                    + "what the revision does, e.g. -Dmigrate.message=\"Add users table\"");
        }
        if (message.contains("\n")) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.message must be one line");
        }
        return message;
    }

    /** The id to use: {@code requested} once checked, or a new random one. */
    static String id(String requested, RevisionGraph graph, ScriptDirectory scripts) {
        return requested == null ? newRevisionId(graph) : checkRevisionId(requested, scripts);
    }

    /**
     * The branch labels, checked: each a valid name, not listed twice, and not used by any revision as id or label
     * (which would make targets ambiguous).
     */
    static List<String> branchLabels(List<String> labels, String newId, RevisionGraph graph, ScriptDirectory scripts) {
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : labels) {
            String label = raw.strip();
            String problem = null;
            if (!RevisionGraph.ID_PATTERN.matcher(label).matches() || RevisionGraph.RESERVED.contains(label)) {
                problem = "is not a valid branch label; use letters, digits and '_' (and not head, heads, base, "
                        + "current)";
            } else if (!seen.add(label)) {
                problem = "is listed twice";
            } else if (label.equals(newId)) {
                problem = "is also the new revision's id; a label must differ from every revision id";
            } else if (graph.contains(label)) {
                problem = "is already the id of " + scripts.script(label).location();
            } else if (graph.labelOwner(label).isPresent()) {
                RevisionScript owner = scripts.script(graph.labelOwner(label).get());
                problem = "is already declared by " + owner.location() + ":" + owner.header().branchLabelsLine()
                        + "; branch labels must be unique";
            }
            if (problem != null) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.branchLabel = '" + label + "' " + problem);
            }
        }
        return List.copyOf(seen);
    }

    /**
     * The dependencies as they go into the file: a branch label or {@code <label>@head} as written (so it follows
     * the branch), an id or unique prefix as the full id. Each must resolve now.
     */
    static List<String> dependsOn(List<String> dependencies, RevisionGraph graph, ScriptDirectory scripts) {
        Set<String> written = new LinkedHashSet<>();
        for (String raw : dependencies) {
            String dependency = raw.strip();
            written.add(parameter("migrate.dependsOn", dependency, scripts, () -> {
                int at = dependency.indexOf('@');
                String label = at < 0 ? dependency : dependency.substring(0, at);
                if (at >= 0 && !dependency.endsWith("@head") && !dependency.endsWith("@base")) {
                    throw new GraphException.InvalidTarget(dependency,
                            "a dependency is a revision id or prefix, a branch label, or <label>@head");
                }
                if (graph.labelOwner(label).isPresent() && !graph.contains(dependency)) {
                    if (dependency.endsWith("@head")) {
                        graph.branchHead(label, dependency);
                    }
                    return dependency;
                }
                if (at >= 0) {
                    throw new GraphException.UnknownRevision(dependency);
                }
                return graph.resolve(dependency);
            }));
        }
        return List.copyOf(written);
    }

    /** The ids the dependencies stand for today, for replaying what the new revision builds on. */
    static List<String> resolvedDependencies(List<String> written, RevisionGraph graph) {
        List<String> ids = new ArrayList<>();
        for (String dependency : written) {
            int at = dependency.indexOf('@');
            String label = at < 0 ? dependency : dependency.substring(0, at);
            if (graph.contains(dependency)) {
                ids.add(dependency);
            } else if (dependency.endsWith("@head")) {
                ids.add(graph.branchHead(label, dependency));
            } else {
                ids.add(graph.labelOwner(label).orElseThrow());
            }
        }
        return ids;
    }

    /** Resolves one revision a parameter names (an id, prefix, label, {@code label@head}, {@code head}...). */
    static String revision(String parameter, String value, RevisionGraph graph, ScriptDirectory scripts) {
        return parameter(parameter, value, scripts, () -> new TargetResolver(graph).resolveOne(value, List.of()));
    }

    /** Runs a graph question about a parameter's value; a problem is reported naming the parameter. */
    static <T> T parameter(String parameter, String value, ScriptDirectory scripts, Supplier<T> question) {
        try {
            return question.get();
        } catch (GraphException e) {
            MigrateException problem = Problems.graph(e, scripts);
            throw new MigrateException(problem.kind(), parameter + " = '" + value + "': " + problem.getMessage(), e);
        }
    }

    /** Whether {@code value} is the keyword {@code base}. */
    static boolean isBase(String value) {
        return Target.Anchor.BASE.equals(value.strip());
    }

    /** Writes a new file; refuses to overwrite one. */
    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new MigrateException(ErrorKind.IO, file + " already exists; choose another message or revision id");
        } catch (IOException e) {
            throw new MigrateException(ErrorKind.IO, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file name for a new revision in the migrations directory. */
    static Path file(Path directory, java.time.LocalDateTime created, String id, String message) {
        return directory.resolve(ScriptWriter.fileName(created, id, message));
    }

    static String newRevisionId(RevisionGraph graph) {
        String id;
        do {
            byte[] bytes = new byte[6];
            RANDOM.nextBytes(bytes);
            id = HexFormat.of().formatHex(bytes);
        } while (graph.contains(id) || graph.labelOwner(id).isPresent());
        return id;
    }

    static String checkRevisionId(String id, ScriptDirectory scripts) {
        if (!RevisionGraph.ID_PATTERN.matcher(id).matches() || RevisionGraph.RESERVED.contains(id)) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.revisionId = '" + id
                    + "' is not a valid revision id; use letters, digits and '_' (and not head, heads, base, current)");
        }
        if (id.length() > ScriptHeader.MAX_ID_LENGTH) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.revisionId is " + id.length() + " characters "
                    + "long; the version table holds ids of at most " + ScriptHeader.MAX_ID_LENGTH + ", so use a shorter one");
        }
        if (scripts != null && scripts.contains(id)) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.revisionId = '" + id
                    + "' already exists in " + scripts.script(id).location());
        }
        if (scripts != null && scripts.graph().labelOwner(id).isPresent()) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.revisionId = '" + id + "' is a branch label of "
                    + scripts.script(scripts.graph().labelOwner(id).get()).location() + "; choose another id");
        }
        return id;
    }
}
