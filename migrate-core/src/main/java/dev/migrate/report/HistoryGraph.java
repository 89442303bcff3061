package dev.migrate.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws revisions, newest first, as a graph in the style of {@code git log --graph}: one lane per line of development,
 * {@code *} for a revision, {@code |} for a lane going on, {@code /} and {@code \} for lanes that move, {@code _} where
 * a lane joins another across a third, and {@code *-.} for a merge of more than two parents.
 *
 * <pre>
 * *   m
 * |\
 * * | b
 * | * y
 * * | a
 *  /
 * * x
 * </pre>
 *
 * <p>The nodes must come children first (each revision before its parents); parents that are not among the nodes
 * are not drawn. Each node is placed in the lane that waits for it, or in a new lane on the right; lanes never cross
 * except where one joins a revision across another. The work per node is proportional to the number of open lanes.
 */
public final class HistoryGraph {

    private HistoryGraph() {
    }

    /**
     * A revision to draw.
     *
     * @param id      the revision
     * @param parents the revisions it revises, first parent first
     */
    public record Node(String id, List<String> parents) {
        public Node {
            parents = List.copyOf(parents);
        }
    }

    /**
     * How one node is drawn: the rows that lead to it, its own row, the row to repeat under it for more text, and
     * the rows that lead away from it to its parents.
     *
     * @param id           the revision
     * @param column       its lane, from 0 on the left
     * @param before       rows drawn above the node's row (lanes joining or moving)
     * @param row          the node's own row (without text)
     * @param continuation the lanes under the node, for lines of text that belong to it
     * @param after        rows drawn below it (lanes opening for its parents, or closing)
     */
    public record Placement(String id, int column, List<String> before, String row, String continuation,
                            List<String> after) {
        public Placement {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** Lays out {@code nodes} (children first) and returns one placement per node, in the same order. */
    public static List<Placement> draw(List<Node> nodes) {
        Set<String> present = new HashSet<>();
        for (Node node : nodes) {
            present.add(node.id());
        }
        List<String> lanes = new ArrayList<>();
        List<Placement> placements = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            List<String> parents = new ArrayList<>(new LinkedHashSet<>(node.parents()));
            parents.retainAll(present);
            List<String> before = new ArrayList<>();
            int column = lanes.indexOf(node.id());
            if (column < 0) {
                column = lanes.size();
                lanes.add(node.id());
            } else {
                List<Integer> joining = new ArrayList<>();
                for (int i = column + 1; i < lanes.size(); i++) {
                    if (node.id().equals(lanes.get(i))) {
                        joining.add(i);
                    }
                }
                if (!joining.isEmpty()) {
                    before.addAll(join(lanes, column, joining));
                    before.addAll(compact(lanes));
                }
            }
            int span = Math.max(0, parents.size() - 2);
            if (span > 0) {
                before.addAll(makeRoom(lanes, column, span));
            }
            String row = nodeRow(lanes, column, span);
            String continuation = continuation(lanes, column, span, !parents.isEmpty());
            List<String> after = openParents(lanes, column, span, parents);
            placements.add(new Placement(node.id(), column, before, row, continuation, after));
        }
        return placements;
    }

    /**
     * The rows where lanes that wait for the same revision join its leftmost lane {@code column}. When only joining
     * lanes lie between, they slide left one step per row. Otherwise one row does it: each joining lane draws
     * {@code /}, and {@code _} under the lanes between; the joining lanes become holes, and with exactly one, the
     * lanes on its right close up in the same row.
     */
    private static List<String> join(List<String> lanes, int column, List<Integer> joining) {
        int last = joining.get(joining.size() - 1);
        if (joining.size() == last - column) {
            // Nothing else lies between: the joining lanes slide left, one step per row.
            List<int[]> edges = new ArrayList<>();
            for (int i = 0; i < lanes.size(); i++) {
                edges.add(new int[] {i, i <= column ? i : i > last ? i - joining.size() : column});
            }
            for (int k = joining.size() - 1; k >= 0; k--) {
                lanes.remove((int) joining.get(k));
            }
            return move(edges);
        }
        char[] row = blank(lanes.size());
        boolean closeUp = joining.size() == 1;
        boolean[] joins = new boolean[lanes.size()];
        joining.forEach(i -> joins[i] = true);
        for (int i = 0; i < lanes.size(); i++) {
            if (joins[i] || (closeUp && i > last)) {
                row[2 * i - 1] = '/';
            } else {
                row[2 * i] = '|';
            }
        }
        // Every joining lane runs along the bottom of the row to the column; the farthest covers them all.
        for (int x = 2 * column + 1; x <= 2 * last - 2; x++) {
            if (row[x] == ' ') {
                row[x] = '_';
            }
        }
        for (int k = joining.size() - 1; k >= 0; k--) {
            int i = joining.get(k);
            if (closeUp) {
                lanes.remove(i);
            } else {
                lanes.set(i, null);
            }
        }
        List<String> rows = new ArrayList<>();
        rows.add(text(row));
        return rows;
    }

    /** Rows that close the holes in {@code lanes}, every lane moving at most one step left per row. */
    private static List<String> compact(List<String> lanes) {
        List<int[]> edges = new ArrayList<>();
        List<String> compacted = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i) != null) {
                edges.add(new int[] {i, compacted.size()});
                compacted.add(lanes.get(i));
            }
        }
        lanes.clear();
        lanes.addAll(compacted);
        return move(edges);
    }

    /** Rows that move the lanes right of {@code column} {@code span} steps right, for a merge of many parents. */
    private static List<String> makeRoom(List<String> lanes, int column, int span) {
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            edges.add(new int[] {i, i <= column ? i : i + span});
        }
        for (int k = 0; k < span; k++) {
            lanes.add(column + 1, null);
        }
        return move(edges);
    }

    private static String nodeRow(List<String> lanes, int column, int span) {
        char[] row = blank(lanes.size());
        for (int i = 0; i < lanes.size(); i++) {
            if (i == column) {
                row[2 * i] = '*';
            } else if (i > column && i <= column + span) {
                row[2 * i - 1] = '-';
                row[2 * i] = '.';
            } else if (lanes.get(i) != null) {
                row[2 * i] = '|';
            }
        }
        return text(row);
    }

    private static String continuation(List<String> lanes, int column, int span, boolean goesOn) {
        char[] row = blank(lanes.size());
        for (int i = 0; i < lanes.size(); i++) {
            boolean own = i >= column && i <= column + span;
            if (own ? goesOn : lanes.get(i) != null) {
                row[2 * i] = '|';
            }
        }
        return text(row);
    }

    /**
     * Replaces the node (and its span) by one lane per parent, and returns the rows that lead there: the first
     * parent goes straight down, the second from the node, the others from the span; the lanes on the right make
     * way, or close up when the node has no parent to draw.
     */
    private static List<String> openParents(List<String> lanes, int column, int span, List<String> parents) {
        int slots = 1 + span;
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < column; i++) {
            edges.add(new int[] {i, i});
        }
        for (int j = 0; j < parents.size(); j++) {
            edges.add(new int[] {column + Math.max(0, j - 1), column + j});
        }
        for (int i = column + slots; i < lanes.size(); i++) {
            edges.add(new int[] {i, i - slots + parents.size()});
        }
        List<String> next = new ArrayList<>(lanes.subList(0, column));
        next.addAll(parents);
        next.addAll(lanes.subList(column + slots, lanes.size()));
        lanes.clear();
        lanes.addAll(next);
        return move(edges);
    }

    /**
     * Rows that take each edge from its position to its target, one step per row; the targets must keep the order
     * of the positions, so no two edges ever meet.
     */
    private static List<String> move(List<int[]> edges) {
        int width = 0;
        for (int[] edge : edges) {
            width = Math.max(width, Math.max(edge[0], edge[1]) + 1);
        }
        List<String> rows = new ArrayList<>();
        int[] at = new int[edges.size()];
        for (int k = 0; k < edges.size(); k++) {
            at[k] = edges.get(k)[0];
        }
        while (true) {
            boolean moving = false;
            for (int k = 0; k < edges.size(); k++) {
                moving |= at[k] != edges.get(k)[1];
            }
            if (!moving) {
                return rows;
            }
            char[] row = blank(width);
            for (int k = 0; k < edges.size(); k++) {
                int target = edges.get(k)[1];
                if (at[k] == target) {
                    row[2 * at[k]] = '|';
                } else if (target < at[k]) {
                    row[2 * at[k] - 1] = '/';
                    at[k]--;
                } else {
                    row[2 * at[k] + 1] = '\\';
                    at[k]++;
                }
            }
            rows.add(text(row));
        }
    }

    private static char[] blank(int lanes) {
        char[] row = new char[Math.max(1, 2 * lanes)];
        Arrays.fill(row, ' ');
        return row;
    }

    private static String text(char[] row) {
        int end = row.length;
        while (end > 0 && row[end - 1] == ' ') {
            end--;
        }
        return new String(row, 0, end);
    }
}
