package dev.migrate.report;

import dev.migrate.graph.RandomDags;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The history drawing. Golden files in {@code src/test/resources/history-graph/} each hold a graph ({@code id:
 * parents} per line, in input order) and, after a {@code ----} line, the drawing expected for it. Random graphs are
 * then drawn and read back: following the characters down from every revision must reach exactly its parents, and
 * no character may be left over.
 */
class HistoryGraphTest {

    private static final Path GOLDEN = Path.of("src/test/resources/history-graph");
    private static final long SEED = 20_261_121L;

    @TestFactory
    Stream<DynamicTest> goldenDrawings() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(GOLDEN)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> golden(file)));
    }

    private static void golden(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int separator = text.indexOf("\n----\n");
        List<Revision> revisions = new ArrayList<>();
        for (String line : (separator < 0 ? text : text.substring(0, separator)).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(":", 2);
            String parents = parts[1].trim();
            revisions.add(Revision.of(parts[0].trim(), parents.isEmpty() ? new String[0] : parents.split("\\s*,\\s*")));
        }
        List<HistoryGraph.Placement> drawing = draw(RevisionGraph.build(revisions), null);
        String actual = render(drawing, true);
        assertThat(separator).as("%s has no '----' line; the drawing is:%n%s", file, actual).isPositive();
        assertThat(actual).isEqualTo(text.substring(separator + "\n----\n".length()));
        assertReadsBack(revisions, drawing);
    }

    @TestFactory
    Stream<DynamicTest> randomGraphsReadBackAsTheirParents() {
        return IntStream.range(0, 300).mapToObj(n -> DynamicTest.dynamicTest("seed " + (SEED + n), () -> {
            Random random = new Random(SEED + n);
            List<Revision> revisions = withOctopusMerges(random, RandomDags.of(random, 1 + random.nextInt(40)));
            RevisionGraph graph = RevisionGraph.build(revisions);
            Set<String> slice = null;
            if (random.nextBoolean()) {
                // a range: whatever lies below a random revision
                String top = revisions.get(random.nextInt(revisions.size())).id();
                slice = graph.ancestorsOrSelf(List.of(top));
            }
            assertReadsBack(revisions, draw(graph, slice));
        }));
    }

    @Test
    void aLongHistoryIsDrawnInOneLaneWithoutDeepRecursion() {
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            revisions.add(i == 0 ? Revision.of("r0") : Revision.of("r" + i, "r" + (i - 1)));
        }
        List<HistoryGraph.Placement> drawing = draw(RevisionGraph.build(revisions), null);

        assertThat(drawing).hasSize(10_000).allSatisfy(p -> {
            assertThat(p.column()).isZero();
            assertThat(p.before()).isEmpty();
            assertThat(p.row()).isEqualTo("*");
        });
        assertThat(drawing.get(0).id()).isEqualTo("r9999");
        assertThat(drawing.get(9_999).after()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** Gives some merges of a random graph ({@code r0..}, parents always lower) a third or fourth parent. */
    private static List<Revision> withOctopusMerges(Random random, List<Revision> revisions) {
        List<Revision> result = new ArrayList<>(revisions.size());
        for (Revision revision : revisions) {
            int self = Integer.parseInt(revision.id().substring(1));
            List<String> parents = new ArrayList<>(revision.parents());
            while (parents.size() >= 2 && parents.size() < 4 && random.nextDouble() < 0.5) {
                String extra = "r" + random.nextInt(self);
                if (!parents.contains(extra)) {
                    parents.add(extra);
                }
            }
            result.add(new Revision(revision.id(), parents, revision.branchLabels(), revision.dependsOn()));
        }
        return result;
    }

    private static List<HistoryGraph.Placement> draw(RevisionGraph graph, Set<String> slice) {
        Set<String> members = slice != null ? slice : graph.ancestorsOrSelf(graph.heads());
        List<HistoryGraph.Node> nodes = new ArrayList<>();
        for (String id : graph.newestFirst(members)) {
            nodes.add(new HistoryGraph.Node(id, graph.revision(id).parents()));
        }
        return HistoryGraph.draw(nodes);
    }

    /** The drawing as text: rows before, the node's row and its id, (the continuation line), rows after. */
    private static String render(List<HistoryGraph.Placement> drawing, boolean continuation) {
        StringBuilder out = new StringBuilder();
        for (HistoryGraph.Placement p : drawing) {
            p.before().forEach(row -> out.append(row).append('\n'));
            out.append(p.row()).append(' ').append(p.id()).append('\n');
            if (continuation) {
                out.append(p.continuation()).append('\n');
            }
            p.after().forEach(row -> out.append(row).append('\n'));
        }
        return out.toString();
    }

    /**
     * Reads the drawing back: from every node, follows the lines down to the next nodes they reach, and checks
     * those are exactly the node's parents among the drawn revisions; every character must belong to some line.
     */
    static void assertReadsBack(List<Revision> revisions, List<HistoryGraph.Placement> drawing) {
        Map<String, List<String>> parents = new HashMap<>();
        for (Revision revision : revisions) {
            parents.put(revision.id(), revision.parents());
        }
        Set<String> drawn = new HashSet<>();
        drawing.forEach(p -> drawn.add(p.id()));
        List<String> rows = new ArrayList<>();
        Map<Integer, String> nodeAtRow = new HashMap<>();
        for (HistoryGraph.Placement p : drawing) {
            rows.addAll(p.before());
            nodeAtRow.put(rows.size(), p.id());
            assertThat(p.row().indexOf('*')).as("column of %s", p.id()).isEqualTo(2 * p.column());
            rows.add(p.row());
            rows.add(p.continuation());
            rows.addAll(p.after());
        }
        String picture = String.join("\n", rows);
        char[][] grid = rows.stream().map(String::toCharArray).toArray(char[][]::new);
        boolean[][] used = new boolean[grid.length][];
        for (int r = 0; r < grid.length; r++) {
            used[r] = new boolean[grid[r].length];
        }
        for (Map.Entry<Integer, String> node : nodeAtRow.entrySet()) {
            int r = node.getKey();
            Set<String> reached = new HashSet<>();
            for (int x = 0; x < grid[r].length; x++) {
                char c = grid[r][x];
                if (c == '*' || c == '.' || c == '-') {
                    used[r][x] = true;
                    if (c != '-') {
                        follow(grid, used, nodeAtRow, r, x, reached, new HashSet<>());
                    }
                }
            }
            Set<String> expected = new HashSet<>(parents.get(node.getValue()));
            expected.retainAll(drawn);
            assertThat(reached).as("lines below %s in%n%s", node.getValue(), picture).isEqualTo(expected);
        }
        for (int r = 0; r < grid.length; r++) {
            for (int x = 0; x < grid[r].length; x++) {
                assertThat(grid[r][x] == ' ' || used[r][x])
                        .as("character '%s' at row %d column %d belongs to no line in%n%s", grid[r][x], r, x, picture)
                        .isTrue();
            }
        }
    }

    /** Follows a line down from cell (r, x) and adds the nodes it reaches. */
    private static void follow(char[][] grid, boolean[][] used, Map<Integer, String> nodeAtRow, int r, int x,
                               Set<String> reached, Set<Long> seen) {
        if (!seen.add(((long) r << 32) | x)) {
            return;
        }
        char c = grid[r][x];
        used[r][x] = true;
        if (c == '/' && (at(grid, r, x - 1) == '_' || crossing(grid, r, x - 1))) {
            // A run of '_' to the left: the line goes along the bottom of this row, under any '|' it crosses.
            int y = x - 1;
            while (at(grid, r, y) == '_' || crossing(grid, r, y)) {
                if (at(grid, r, y) == '_') {
                    used[r][y] = true;
                }
                y--;
            }
            if (at(grid, r, y) == '/' || at(grid, r, y) == '|') {
                follow(grid, used, nodeAtRow, r, y, reached, seen); // it joins that line here
            } else {
                below(grid, used, nodeAtRow, r, y, reached, seen);
            }
            return;
        }
        below(grid, used, nodeAtRow, r, c == '/' ? x - 1 : c == '\\' ? x + 1 : x, reached, seen);
    }

    /** Continues a line that leaves row {@code r} at column {@code exit}. */
    private static void below(char[][] grid, boolean[][] used, Map<Integer, String> nodeAtRow, int r, int exit,
                              Set<String> reached, Set<Long> seen) {
        int next = r + 1;
        if (nodeAtRow.containsKey(next) && at(grid, next, exit) == '*') {
            used[next][exit] = true;
            reached.add(nodeAtRow.get(next));
            return;
        }
        if (at(grid, next, exit) == '|') {
            follow(grid, used, nodeAtRow, next, exit, reached, seen);
        }
        if (at(grid, next, exit - 1) == '/') {
            follow(grid, used, nodeAtRow, next, exit - 1, reached, seen);
        }
        if (at(grid, next, exit + 1) == '\\') {
            follow(grid, used, nodeAtRow, next, exit + 1, reached, seen);
        }
    }

    /** A '|' that a run of '_' passes under. */
    private static boolean crossing(char[][] grid, int r, int x) {
        return at(grid, r, x) == '|' && at(grid, r, x - 1) == '_';
    }

    private static char at(char[][] grid, int r, int x) {
        return r < 0 || r >= grid.length || x < 0 || x >= grid[r].length ? ' ' : grid[r][x];
    }

    @Test
    void theReaderCatchesBrokenLinesAndStrayCharacters() {
        List<Revision> revisions = List.of(Revision.of("a"), Revision.of("b", "a"), Revision.of("c", "a"));
        List<HistoryGraph.Placement> right = draw(RevisionGraph.build(revisions), null);
        assertReadsBack(revisions, right);
        assertThat(render(right, true)).isEqualTo("* c\n|\n| * b\n| |\n|/\n* a\n\n");

        HistoryGraph.Placement c = right.get(0);
        List<HistoryGraph.Placement> broken = new ArrayList<>(right);
        broken.set(0, new HistoryGraph.Placement(c.id(), c.column(), c.before(), c.row(), "", c.after()));
        assertThatThrownBy(() -> assertReadsBack(revisions, broken)).hasMessageContaining("lines below c");

        List<HistoryGraph.Placement> stray = new ArrayList<>(right);
        stray.set(0, new HistoryGraph.Placement(c.id(), c.column(), c.before(), c.row(), c.continuation(),
                List.of("|  \\")));
        assertThatThrownBy(() -> assertReadsBack(revisions, stray)).hasMessageContaining("belongs to no line");
    }
}
