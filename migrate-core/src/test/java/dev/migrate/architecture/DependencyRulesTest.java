package dev.migrate.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency direction of STYLE.md, checked on the sources: every reference from one core package to another
 * must be allowed below, arrows point down only, only the packages that talk to databases use JDBC, and nothing in
 * the core knows Maven.
 */
class DependencyRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/migrate");

    /** Package (relative to dev.migrate) to the packages it may use. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // The root package is the API applications implement (JavaMigration, Revision, MigrationCallback): it
            // uses nothing, and every package may use it.
            Map.entry("", Set.of()),
            Map.entry("graph", Set.of()),
            Map.entry("report", Set.of("graph")),
            Map.entry("script", Set.of("graph")),
            Map.entry("schema.model", Set.of()),
            Map.entry("schema.ops", Set.of("schema.model")),
            Map.entry("schema.diff", Set.of("schema.model", "schema.ops")),
            Map.entry("schema.render", Set.of("schema.model", "schema.ops")),
            Map.entry("schema.introspect", Set.of("schema.model")),
            Map.entry("dialect", Set.of("lint", "lock", "script", "schema.model", "schema.ops", "schema.diff", "schema.render",
                    "schema.introspect")),
            Map.entry("dialect.postgres", Set.of("dialect", "lint", "lock", "script", "schema.model", "schema.ops", "schema.diff",
                    "schema.render", "schema.introspect")),
            Map.entry("dialect.h2", Set.of("dialect", "lint", "lock", "script", "schema.model", "schema.ops", "schema.diff",
                    "schema.render", "schema.introspect")),
            Map.entry("lock", Set.of()),
            Map.entry("apply", Set.of("graph", "script", "dialect", "report")),
            Map.entry("lint", Set.of("script", "schema.model", "schema.ops")),
            Map.entry("autogenerate", Set.of("apply", "dialect", "graph", "report", "schema.model", "schema.ops",
                    "schema.diff", "schema.render", "schema.introspect", "script")),
            Map.entry("api", Set.of("autogenerate", "graph", "script", "dialect", "lock", "apply", "report", "lint", "schema.model",
                    "schema.ops", "schema.diff", "schema.render", "schema.introspect")));

    /** Packages that may import java.sql / javax.sql (the root API hands applications a Connection). */
    private static final Set<String> JDBC = Set.of("", "dialect", "dialect.postgres", "dialect.h2", "lock", "apply",
            "autogenerate", "api", "schema.introspect");

    /** String literals, which may mention anything (the Java migration scaffold writes an import of java.sql). */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");

    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.migrate\\.([a-z]+(?:\\.[a-z0-9]+)*)");

    @Test
    void packagesOnlyUseWhatTheyMay() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<Path, String> source : sources().entrySet()) {
            String from = packageOf(source.getKey());
            Set<String> allowed = ALLOWED.get(from);
            if (allowed == null) {
                violations.add(source.getKey() + ": package " + from + " has no rule; add it to ALLOWED");
                continue;
            }
            Matcher m = REFERENCE.matcher(source.getValue());
            while (m.find()) {
                String to = packageReferenced(m.group(1));
                if (!to.equals(from) && !allowed.contains(to)) {
                    violations.add(source.getKey() + ": " + from + " -> " + to);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void onlyDatabasePackagesUseJdbc() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<Path, String> source : sources().entrySet()) {
            String from = packageOf(source.getKey());
            String code = STRING_LITERAL.matcher(source.getValue()).replaceAll("\"\"");
            if (!JDBC.contains(from) && code.matches("(?s).*\\bjavax?\\.sql\\..*")) {
                violations.add(source.getKey() + " uses JDBC");
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCoreKnowsNothingOfMaven() throws IOException {
        assertThat(sources().entrySet()).noneSatisfy(source ->
                assertThat(source.getValue()).contains("org.apache.maven"));
    }

    @Test
    void theRulesThemselvesPointDownOnly() {
        // A cycle in ALLOWED would let two packages depend on each other.
        for (String start : ALLOWED.keySet()) {
            List<String> stack = new ArrayList<>(ALLOWED.get(start));
            List<String> seen = new ArrayList<>();
            while (!stack.isEmpty()) {
                String next = stack.remove(stack.size() - 1);
                assertThat(next).as("cycle through " + start).isNotEqualTo(start);
                if (!seen.contains(next)) {
                    seen.add(next);
                    stack.addAll(ALLOWED.getOrDefault(next, Set.of()));
                }
            }
        }
    }

    private static Map<Path, String> sources() throws IOException {
        Map<Path, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(SOURCES.relativize(file), Files.readString(file));
            }
        }
        assertThat(sources).hasSizeGreaterThan(20);
        return sources;
    }

    private static String packageOf(Path relative) {
        Path parent = relative.getParent();
        return parent == null ? "" : parent.toString().replace('/', '.').replace('\\', '.');
    }

    /** {@code graph.RevisionGraph} -> {@code graph}; {@code dialect.postgres.X} -> {@code dialect.postgres}. */
    private static String packageReferenced(String reference) {
        for (String known : ALLOWED.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            if (reference.equals(known) || reference.startsWith(known + ".")) {
                return known;
            }
        }
        return reference;
    }
}
