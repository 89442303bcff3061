package dev.migrate.parity;

import dev.migrate.graph.Revision;
import dev.migrate.script.ScriptWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One seeded random revision graph for the parity test, written both as Alembic revision files and as migrate's.
 * The shapes are the ones the issue names: linear runs, branch points, merges of two or three heads, several bases,
 * branch labels, and {@code depends_on} by id and by label. Ids are {@code r00..}; labels are {@code la, lb, ...}.
 * Every revision's upgrade and downgrade record themselves in a table {@code steps}, so that the SQL either tool
 * writes says which revisions ran, in which order.
 *
 * <p>The graph is described here as plain data, and the closures the comparison needs are computed here too, from
 * the parents and dependencies as generated, without the graph package the test is checking.
 */
record ParityGraph(long seed, List<Revision> revisions, List<String> labels) {

    /** A graph from {@code seed}: 4 to 23 revisions. */
    static ParityGraph generate(long seed) {
        Random random = new Random(seed);
        int size = 4 + random.nextInt(20);
        List<Revision> revisions = new ArrayList<>(size);
        Map<String, String> labelOf = new HashMap<>();
        Set<String> childless = new LinkedHashSet<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = String.format("r%02d", i);
            List<String> parents = new ArrayList<>();
            double shape = random.nextDouble();
            if (i == 0 || shape < 0.08) {
                // a new base
            } else if (shape < 0.22 && childless.size() >= 2) {
                List<String> open = new ArrayList<>(childless);
                java.util.Collections.shuffle(open, random);
                parents.addAll(open.subList(0, Math.min(open.size(), 2 + random.nextInt(2))));
            } else if (shape < 0.42) {
                parents.add(String.format("r%02d", random.nextInt(i)));
            } else {
                parents.add(String.format("r%02d", i - 1));
            }
            List<String> dependsOn = new ArrayList<>();
            if (i > 1 && random.nextDouble() < 0.2) {
                String dependency = String.format("r%02d", random.nextInt(i));
                if (!parents.contains(dependency)) {
                    String label = labelOf.get(dependency);
                    dependsOn.add(label != null && random.nextBoolean() ? label : dependency);
                }
            }
            Set<String> branchLabels = new LinkedHashSet<>();
            if (random.nextDouble() < 0.18 && labels.size() < 26) {
                String label = "l" + (char) ('a' + labels.size());
                labels.add(label);
                labelOf.put(id, label);
                branchLabels.add(label);
            }
            childless.removeAll(parents);
            childless.add(id);
            revisions.add(new Revision(id, parents, branchLabels, dependsOn));
        }
        return new ParityGraph(seed, List.copyOf(revisions), List.copyOf(labels));
    }

    List<String> ids() {
        return revisions.stream().map(Revision::id).toList();
    }

    /** The ids of the revisions {@code id} needs directly: its parents and its dependencies (labels resolved). */
    List<String> needs(String id) {
        Revision revision = revision(id);
        List<String> needs = new ArrayList<>(revision.parents());
        for (String dependency : revision.dependsOn()) {
            needs.add(labelled(dependency));
        }
        return needs;
    }

    /** {@code ids} and everything they need, transitively: what version rows {@code ids} mean. */
    Set<String> closure(Iterable<String> ids) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>();
        ids.forEach(todo::add);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (seen.add(id)) {
                todo.addAll(needs(id));
            }
        }
        return seen;
    }

    /** The members of {@code applied} that no other member needs, in id order: the rows Alembic keeps for them. */
    List<String> alembicRows(Set<String> applied) {
        Set<String> needed = new HashSet<>();
        for (String id : applied) {
            needed.addAll(needs(id));
        }
        return ids().stream().filter(applied::contains).filter(id -> !needed.contains(id)).toList();
    }

    /** {@code ids} and everything that needs them, transitively: what removing {@code ids} removes. */
    Set<String> dependantsClosure(Set<String> ids) {
        Set<String> seen = new HashSet<>(ids);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String id : ids()) {
                if (!seen.contains(id) && needs(id).stream().anyMatch(seen::contains)) {
                    seen.add(id);
                    grew = true;
                }
            }
        }
        return seen;
    }

    /**
     * The branch of {@code label} as the README defines it: the labelled revision, what descends from it, and the run
     * below it down to the nearest branch point or base (stopping below a merge and before a revision that anything
     * else revises or depends on).
     */
    Set<String> reach(String label) {
        String owner = labelled(label);
        Set<String> reach = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(owner));
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (reach.add(id)) {
                todo.addAll(children(id));
            }
        }
        String at = owner;
        while (revision(at).parents().size() == 1) {
            String parent = revision(at).parents().get(0);
            long needers = ids().stream().filter(id -> needs(id).contains(parent)).count();
            if (revision(parent).parents().size() > 1 || needers != 1) {
                break;
            }
            reach.add(parent);
            at = parent;
        }
        return reach;
    }

    /** The revisions that revise {@code id}. */
    List<String> children(String id) {
        return revisions.stream().filter(r -> r.parents().contains(id)).map(Revision::id).toList();
    }

    Revision revision(String id) {
        return revisions.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** The revision a label (or an id) names. */
    String labelled(String reference) {
        return revisions.stream().filter(r -> r.id().equals(reference) || r.branchLabels().contains(reference))
                .map(Revision::id).findFirst().orElseThrow();
    }

    /** The graph, one revision a line, for reports: {@code r03 <- r01, r02 [la] ~> r00}. */
    String describe() {
        StringBuilder out = new StringBuilder();
        for (Revision revision : revisions) {
            out.append("  ").append(revision.id()).append(" <- ")
                    .append(revision.parents().isEmpty() ? "base" : String.join(", ", revision.parents()));
            if (!revision.branchLabels().isEmpty()) {
                out.append(" [").append(String.join(", ", revision.branchLabels())).append(']');
            }
            if (!revision.dependsOn().isEmpty()) {
                out.append(" ~> ").append(String.join(", ", revision.dependsOn()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Writes the graph as Alembic revision files into {@code directory}/versions. */
    void writeAlembic(Path directory) throws IOException {
        Path versions = Files.createDirectories(directory.resolve("versions"));
        for (Revision revision : revisions) {
            String text = "from alembic import op\n\n"
                    + "revision = '" + revision.id() + "'\n"
                    + "down_revision = " + python(revision.parents()) + "\n"
                    + "branch_labels = " + python(List.copyOf(revision.branchLabels())) + "\n"
                    + "depends_on = " + python(revision.dependsOn()) + "\n\n\n"
                    + "def upgrade():\n    op.execute(\"" + step("up", revision.id()) + "\")\n\n\n"
                    + "def downgrade():\n    op.execute(\"" + step("down", revision.id()) + "\")\n";
            Files.writeString(versions.resolve(revision.id() + "_parity.py"), text);
        }
    }

    /** Writes the graph as migrate revision files into {@code directory}. */
    void writeMigrate(Path directory) throws IOException {
        Files.createDirectories(directory);
        LocalDateTime created = LocalDateTime.of(2026, 1, 1, 0, 0);
        for (Revision revision : revisions) {
            created = created.plusMinutes(1);
            String text = ScriptWriter.render("Parity " + revision.id(), revision.id(), revision.parents(), created,
                    revision.branchLabels(), revision.dependsOn(), step("up", revision.id()) + ";",
                    step("down", revision.id()) + ";");
            Files.writeString(directory.resolve(ScriptWriter.fileName(created, revision.id(), "parity")), text);
        }
    }

    /** The statement a revision runs to record that it ran. */
    static String step(String direction, String id) {
        return "INSERT INTO steps (direction, revision) VALUES ('" + direction + "', '" + id + "')";
    }

    private static String python(List<String> values) {
        if (values.isEmpty()) {
            return "None";
        }
        if (values.size() == 1) {
            return "'" + values.get(0) + "'";
        }
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
