package dev.migrate.parity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One question put to both tools: from these version rows, upgrade (or downgrade) to this target.
 *
 * @param id        unique across the run, for matching Alembic's answer
 * @param graph     the graph
 * @param upgrade   upgrade or downgrade
 * @param start     the version rows before, as Alembic keeps them (see {@link ParityGraph#alembicRows})
 * @param target    the target as typed
 * @param form      the target's form, for the summary: {@code heads}, {@code <rev>}, {@code <label>@-N}, ...
 */
record ParityCase(String id, ParityGraph graph, boolean upgrade, List<String> start, String target, String form) {

    String direction() {
        return upgrade ? "upgrade" : "downgrade";
    }

    /** What {@code alembic <direction> <start>:<target> --sql} would be typed as. */
    String command() {
        return direction() + " " + (start.isEmpty() ? "base" : String.join(",", start)) + ":" + target;
    }

    /**
     * The cases for one graph: from two random states, every target form in the direction it is meant for (and
     * {@code head}, {@code heads}, {@code base} and revisions in both); from nothing applied every upgrade form, and
     * from everything applied every downgrade form, with a few of the other direction.
     */
    static List<ParityCase> of(ParityGraph graph, Random random) {
        List<String> ids = graph.ids();
        List<Set<String>> states = new ArrayList<>();
        states.add(Set.of());
        states.add(graph.closure(ids));
        for (int k = 0; k < 2; k++) {
            Set<String> picked = new LinkedHashSet<>();
            double density = 0.1 + 0.3 * random.nextDouble();
            for (String id : ids) {
                if (random.nextDouble() < density) {
                    picked.add(id);
                }
            }
            states.add(graph.closure(picked));
        }
        List<String> labels = new ArrayList<>(graph.labels());
        java.util.Collections.shuffle(labels, random);
        labels = labels.subList(0, Math.min(2, labels.size()));
        List<ParityCase> cases = new ArrayList<>();
        int n = 0;
        for (Set<String> applied : states) {
            List<String> rows = graph.alembicRows(applied);
            List<String> appliedIds = ids.stream().filter(applied::contains).toList();
            List<String[]> up = new ArrayList<>();
            List<String[]> down = new ArrayList<>();
            for (String keyword : List.of("heads", "head", "base")) {
                up.add(new String[] {keyword, keyword});
                down.add(new String[] {keyword, keyword});
            }
            up.add(new String[] {"+1", "+N"});
            up.add(new String[] {"+2", "+N"});
            down.add(new String[] {"-1", "-N"});
            down.add(new String[] {"-2", "-N"});
            for (int k = 0; k < 2; k++) {
                String any = ids.get(random.nextInt(ids.size()));
                up.add(new String[] {any, "<rev>"});
                String some = appliedIds.isEmpty() || k == 1 ? any : appliedIds.get(random.nextInt(appliedIds.size()));
                down.add(new String[] {some, "<rev>"});
            }
            for (String label : labels) {
                for (String suffix : List.of("head", "base")) {
                    up.add(new String[] {label + "@" + suffix, "<label>@" + suffix});
                    down.add(new String[] {label + "@" + suffix, "<label>@" + suffix});
                }
                up.add(new String[] {label + "@+1", "<label>@+N"});
                up.add(new String[] {label + "@+2", "<label>@+N"});
                down.add(new String[] {label + "@-1", "<label>@-N"});
                down.add(new String[] {label + "@-2", "<label>@-N"});
            }
            // Little happens going down from nothing or up from everything: keep the first few of those.
            int upCases = applied.isEmpty() || applied.size() < ids.size() ? up.size() : 7;
            int downCases = !applied.isEmpty() ? down.size() : 7;
            for (String[] t : up.subList(0, upCases)) {
                cases.add(new ParityCase(graph.seed() + "." + n++, graph, true, rows, t[0], t[1]));
            }
            for (String[] t : down.subList(0, downCases)) {
                cases.add(new ParityCase(graph.seed() + "." + n++, graph, false, rows, t[0], t[1]));
            }
        }
        return cases;
    }
}
