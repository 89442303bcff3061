package dev.migrate.script;

import dev.migrate.graph.GraphException;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.placeholder.Placeholders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * All revision files of a source, parsed, with the graph they form. This is where graph errors, which know only
 * revision ids, become errors that name files and lines.
 */
public final class ScriptDirectory {

    /** How much of each SQL revision file to parse while loading. */
    public enum Detail {
        /** Everything: a file whose statements cannot be split stops the load. For goals that run or stamp SQL. */
        FULL,
        /**
         * Headers and checksums; statements are split when first asked for. For goals that only report, such as
         * {@code status}, {@code history} and {@code heads}.
         */
        HEADERS
    }

    /** File names reserved for callbacks (SQL run before or after migrations), never revisions. */
    public static final Set<String> CALLBACK_NAMES = CallbackScript.EVENTS.stream()
            .map(event -> event.toLowerCase(Locale.ROOT) + ".sql").collect(Collectors.toUnmodifiableSet());

    private static final Pattern DATED_NAME = Pattern.compile("\\d{8}_\\d{4}-(.+)\\.sql");

    private final String description;
    private final Map<String, RevisionScript> scripts;
    private final RevisionGraph graph;
    private final List<CallbackScript> callbacks;
    private final List<String> warnings;

    private ScriptDirectory(String description, Map<String, RevisionScript> scripts, RevisionGraph graph,
                            List<CallbackScript> callbacks, List<String> warnings) {
        this.description = description;
        this.scripts = scripts;
        this.graph = graph;
        this.callbacks = callbacks;
        this.warnings = warnings;
    }

    /**
     * Reads, parses and validates every revision file of {@code source}.
     *
     * @throws ScriptException for the first file that cannot be used, or a graph problem, naming files and lines
     */
    public static ScriptDirectory load(ScriptSource source, SplitOptions options) {
        return load(List.of(source), options, ScriptDirectory.class.getClassLoader(), Detail.FULL);
    }

    /**
     * Reads, parses and validates the revisions of every source, in order: SQL files, Java migrations (loaded with
     * {@code classLoader}) and callback files. Together they form one graph.
     *
     * @param detail how much of each SQL revision file to parse now; Java migrations and callbacks are always read
     *               whole
     * @throws ScriptException for the first revision that cannot be used, or a graph problem, naming files and lines
     */
    public static ScriptDirectory load(List<ScriptSource> sources, SplitOptions options, ClassLoader classLoader,
                                       Detail detail) {
        return load(sources, options, classLoader, detail, Placeholders.OFF, Placeholders.BuiltIns.NONE);
    }

    /**
     * Like {@link #load(List, SplitOptions, ClassLoader, Detail)}, replacing {@code placeholders} in the statements
     * of revision and callback files (never in their checksums).
     *
     * @param builtIns the run's built-in placeholders; each revision adds its own {@code ${migrate:revision}}
     */
    public static ScriptDirectory load(List<ScriptSource> sources, SplitOptions options, ClassLoader classLoader,
                                       Detail detail, Placeholders placeholders, Placeholders.BuiltIns builtIns) {
        ScriptParser parser = new ScriptParser(options, placeholders, builtIns);
        JavaRevisions java = new JavaRevisions(parser, classLoader);
        SqlSplitter splitter = new SqlSplitter(options);
        Map<String, RevisionScript> scripts = new LinkedHashMap<>();
        List<CallbackScript> callbacks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> described = new ArrayList<>();
        // A class found through two locations (classpath:db/migrations and the compiled classes) is one migration.
        Set<String> javaClasses = new java.util.HashSet<>();
        for (ScriptSource source : sources) {
            int before = scripts.size();
            List<ScriptSource.Resource> resources;
            try {
                resources = new ArrayList<>(source.list());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + source.describe() + ": " + e.getMessage(), e);
            }
            resources.sort(Comparator.comparing(ScriptSource.Resource::relativeName));
            for (ScriptSource.Resource resource : resources) {
                String fileName = fileName(resource);
                String lower = fileName.toLowerCase(Locale.ROOT);
                RevisionScript script;
                if (resource.className() != null) {
                    if (javaClasses.contains(resource.className())) {
                        continue;
                    }
                    byte[] bytes = read(resource);
                    script = JavaRevisions.mayBeMigration(bytes) ? java.load(resource.className(), bytes,
                            resource.location()) : null;
                    if (script == null) {
                        continue;
                    }
                    javaClasses.add(resource.className());
                } else if (CALLBACK_NAMES.contains(lower)) {
                    callbacks.add(callback(resource, lower, splitter, placeholders, builtIns));
                    continue;
                } else if (lower.endsWith(".sql")) {
                    script = detail == Detail.FULL ? parser.parse(resource.location(), read(resource))
                            : parser.parseSplittingLater(resource.location(), read(resource));
                    nameWarning(fileName, script).ifPresent(warnings::add);
                } else {
                    continue;
                }
                RevisionScript other = scripts.putIfAbsent(script.revision(), script);
                if (other != null) {
                    throw new ScriptException(script.location(), script.header().revisionLine(), "revision id "
                            + script.revision() + " is also used by " + other.location() + ":"
                            + other.header().revisionLine() + "; give one of them a new id (and fix what revises it)");
                }
            }
            if (!source.isSupplementary() || scripts.size() > before) {
                described.add(source.describe());
            }
        }
        RevisionGraph graph = buildGraph(scripts);
        String description = described.isEmpty() ? sources.stream().map(ScriptSource::describe).findFirst()
                .orElse("no location") : String.join(" and ", described);
        return new ScriptDirectory(description, Collections.unmodifiableMap(scripts), graph, List.copyOf(callbacks),
                List.copyOf(warnings));
    }

    private static String fileName(ScriptSource.Resource resource) {
        return resource.relativeName().substring(resource.relativeName().lastIndexOf('/') + 1);
    }

    private static byte[] read(ScriptSource.Resource resource) {
        try {
            return resource.read();
        } catch (IOException e) {
            throw new ScriptException(resource.location(), 0, "cannot be read: " + e.getMessage());
        }
    }

    private static CallbackScript callback(ScriptSource.Resource resource, String lowerName, SqlSplitter splitter,
                                           Placeholders placeholders, Placeholders.BuiltIns builtIns) {
        String event = CallbackScript.EVENTS.stream()
                .filter(e -> (e.toLowerCase(Locale.ROOT) + ".sql").equals(lowerName)).findFirst().orElseThrow();
        String text = ScriptText.decode(resource.location(), read(resource));
        List<SqlStatement> statements = new ArrayList<>();
        try {
            for (SqlFragment fragment : splitter.split(text)) {
                if (fragment instanceof SqlStatement statement) {
                    statements.add(ScriptParser.replacePlaceholders(resource.location(), statement, placeholders,
                            builtIns));
                }
            }
        } catch (SqlSyntaxException e) {
            throw new ScriptException(resource.location(), e.line(), e.getMessage() + "; close it, or check the "
                    + "quotes before it");
        }
        return new CallbackScript(event, resource.location(), statements);
    }

    private static Optional<String> nameWarning(String fileName, RevisionScript script) {
        Matcher m = DATED_NAME.matcher(fileName);
        if (m.matches()) {
            String rest = m.group(1);
            if (!rest.equals(script.revision()) && !rest.startsWith(script.revision() + "_")) {
                return Optional.of(script.location() + ": the file name does not contain revision id "
                        + script.revision() + " from its header; the header is what counts");
            }
        }
        return Optional.empty();
    }

    private static RevisionGraph buildGraph(Map<String, RevisionScript> scripts) {
        List<Revision> revisions = new ArrayList<>(scripts.size());
        for (RevisionScript script : scripts.values()) {
            ScriptHeader h = script.header();
            revisions.add(new Revision(h.revision(), h.revises(), h.branchLabels(), h.dependsOn()));
        }
        try {
            return RevisionGraph.build(revisions);
        } catch (GraphException.MissingParent e) {
            RevisionScript script = scripts.get(e.revision());
            throw new ScriptException(script.location(), script.header().revisesLine(), "revises '" + e.parent()
                    + "', which no file in this directory declares; is a file missing (are you on the right branch?) "
                    + "or is the id mistyped?");
        } catch (GraphException.UnknownDependency e) {
            RevisionScript script = scripts.get(e.revision());
            throw new ScriptException(script.location(), script.header().dependsOnLine(), "depends on '"
                    + e.dependency() + "', which is neither a revision id nor a branch label in this directory");
        } catch (GraphException.MultipleHeads e) {
            // Only a "Depends On: <label>@head" can ask for a head while the graph is built.
            RevisionScript script = scripts.values().stream()
                    .filter(s -> s.header().dependsOn().contains(e.argument()))
                    .findFirst().orElseThrow(() -> e);
            throw new ScriptException(script.location(), script.header().dependsOnLine(), "depends on '"
                    + e.argument() + "', but that branch has several heads (" + String.join(", ", e.heads())
                    + "); merge them, or depend on one of them by id");
        } catch (GraphException.DuplicateBranchLabel e) {
            RevisionScript second = scripts.get(e.second());
            RevisionScript first = scripts.get(e.first());
            String firstPlace = e.first().equals(e.label())
                    ? "the revision id of " + first.location()
                    : first.location() + ":" + first.header().branchLabelsLine();
            throw new ScriptException(second.location(), second.header().branchLabelsLine(), "branch label '"
                    + e.label() + "' is already used by " + firstPlace + "; branch labels must be unique");
        } catch (GraphException.CycleDetected e) {
            List<String> steps = new ArrayList<>();
            for (String id : e.cycle()) {
                steps.add(id + " (" + scripts.get(id).location() + ")");
            }
            // Each revision in the list needs the one before it; the first needs the last but one.
            RevisionScript first = scripts.get(e.cycle().get(0));
            String needed = e.cycle().get(e.cycle().size() - 2);
            int line = first.header().revises().contains(needed) ? first.header().revisesLine()
                    : first.header().dependsOnLine();
            throw new ScriptException(first.location(), line, "the revisions form a cycle: "
                    + String.join(" -> ", steps) + "; one of these 'Revises:' or 'Depends On:' lines is wrong");
        }
    }

    /** The source as shown to users. */
    public String description() {
        return description;
    }

    /** The scripts in file-name order. */
    public List<RevisionScript> scripts() {
        return List.copyOf(scripts.values());
    }

    public RevisionGraph graph() {
        return graph;
    }

    /** The script of a revision known to the graph. */
    public RevisionScript script(String revision) {
        RevisionScript script = scripts.get(revision);
        if (script == null) {
            throw new GraphException.UnknownRevision(revision);
        }
        return script;
    }

    public boolean contains(String revision) {
        return scripts.containsKey(revision);
    }

    /** The callback files, in the order of their sources. */
    public List<CallbackScript> callbacks() {
        return callbacks;
    }

    /** Things worth telling the user that do not stop anything. */
    public List<String> warnings() {
        return warnings;
    }
}
