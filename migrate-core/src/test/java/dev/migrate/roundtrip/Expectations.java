package dev.migrate.roundtrip;

import dev.migrate.schema.diff.DiffResult;
import dev.migrate.schema.ops.SchemaOp;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a pair's diff (A to B) must look like beyond round-tripping, from its {@code expect.properties}:
 * <ul>
 *   <li>{@code ops}: simple names of operation classes the diff must contain, comma-separated
 *   ({@code RenameColumn});</li>
 *   <li>{@code absent}: operation classes the diff must not contain;</li>
 *   <li>{@code warning}: a fragment one of the warnings must contain ({@code possible rename});</li>
 *   <li>{@code empty}: {@code true} when the diff must be empty.</li>
 * </ul>
 *
 * @param ops     operation classes that must occur
 * @param absent  operation classes that must not occur
 * @param warning a fragment of an expected warning, or null
 * @param empty   whether the diff must be empty
 */
record Expectations(List<String> ops, List<String> absent, String warning, boolean empty) {

    static final String FILE = "expect.properties";
    static final Set<String> KEYS = Set.of("ops", "absent", "warning", "empty");
    static final Expectations NONE = new Expectations(List.of(), List.of(), null, false);

    /** The simple names of every operation class, e.g. {@code RenameColumn}. */
    static Set<String> operationNames() {
        Set<String> names = new TreeSet<>();
        for (Class<?> op : SchemaOp.class.getPermittedSubclasses()) {
            names.add(op.getSimpleName());
        }
        return names;
    }

    /** The expectations in {@code file}, or {@link #NONE} when it does not exist. */
    static Expectations read(Path file) {
        if (!Files.exists(file)) {
            return NONE;
        }
        Properties properties = properties(file);
        return new Expectations(list(properties.getProperty("ops")), list(properties.getProperty("absent")),
                properties.getProperty("warning"), Boolean.parseBoolean(properties.getProperty("empty")));
    }

    static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static List<String> list(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every operation class named here. */
    List<String> namedOperations() {
        List<String> all = new ArrayList<>(ops);
        all.addAll(absent);
        return all;
    }

    /** How {@code diff} falls short of these expectations; empty when it meets them. */
    List<String> violations(DiffResult diff) {
        Set<String> found = new TreeSet<>();
        diff.ops().forEach(op -> found.add(op.getClass().getSimpleName()));
        List<String> violations = new ArrayList<>();
        if (empty && !diff.isEmpty()) {
            violations.add("the diff must be empty (A and B are the same schema) but has " + diff.ops().size()
                    + " operation(s)");
        }
        for (String op : ops) {
            if (!found.contains(op)) {
                violations.add("the diff must contain " + op + "; its operations are " + found);
            }
        }
        for (String op : absent) {
            if (found.contains(op)) {
                violations.add("the diff must not contain " + op + "; its operations are " + found);
            }
        }
        if (warning != null && diff.warnings().stream().noneMatch(w -> w.contains(warning))) {
            violations.add("a warning must contain '" + warning + "'; the warnings are " + diff.warnings());
        }
        return violations;
    }
}
