package dev.migrate.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.report.BranchesReport;
import dev.migrate.report.MigrationListener;
import dev.migrate.report.OfflineSql;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The revision graph against Alembic itself. Seeded random graphs ({@link ParityGraph}) are written as Alembic
 * revision files and as migrate's; for each, from four states (nothing applied, everything, two in between, as the
 * version rows Alembic keeps for them), every target form is put to Alembic in offline mode ({@code upgrade
 * <rows>:<target> --sql} with an SQLite URL, see {@code run_alembic.py}) and to migrate's offline SQL with
 * {@code migrate.from = <rows>}. Both scripts are read back into the revisions they run and the version rows they
 * leave ({@link Outcome}). Both tools must agree on {@code heads} and {@code branches} for every graph, migrate's
 * scripts must never lose track of an applied revision or break the graph's order, and every case where the tools
 * disagree must be one of the {@link DocumentedDifference}s, which the README's table lists.
 *
 * <p>Alembic comes from Debian's {@code python3-alembic} ({@code .ci/run} installs it). Without it the test is skipped
 * on a workstation and fails under {@code CI=true}. {@code -Dmigrate.parity.graphs=N} runs more graphs (default
 * 320); {@code -Dmigrate.parity.all=true} lists every difference in {@code target/alembic-parity.txt}, not one
 * example of each.
 */
class AlembicParityTest {

    private static final long SEED = 13_000L;
    private static final int GRAPHS = Integer.getInteger("migrate.parity.graphs", 320);

    @Test
    void migrateAgreesWithAlembicExceptWhereDocumented(@TempDir Path work) throws Exception {
        Alembic alembic = alembic();
        List<ParityGraph> graphs = new ArrayList<>();
        List<ParityCase> cases = new ArrayList<>();
        List<String> manifest = new ArrayList<>();
        for (int g = 0; g < GRAPHS; g++) {
            ParityGraph graph = ParityGraph.generate(SEED + g);
            graphs.add(graph);
            graph.writeAlembic(alembicDirectory(work, graph));
            graph.writeMigrate(migrateDirectory(work, graph));
            manifest.add("graph\t" + alembicDirectory(work, graph));
            for (ParityCase c : ParityCase.of(graph, new Random(graph.seed()))) {
                cases.add(c);
                manifest.add("case\t" + c.id() + "\t" + (c.upgrade() ? "up" : "down") + "\t"
                        + String.join(",", c.start()) + "\t" + c.target());
            }
        }
        Files.write(work.resolve("manifest.tsv"), manifest);
        // Alembic works through the manifest in its own process while migrate answers the same cases here.
        Alembic.Run run = alembic.start(work.resolve("manifest.tsv"), work.resolve("alembic.tsv"));
        long started = System.nanoTime();
        AtomicLong migrateCpu = new AtomicLong();
        Map<String, Outcome> ours = new ConcurrentHashMap<>();
        Map<Long, List<String>> ourHeads = new ConcurrentHashMap<>();
        Map<Long, List<String>> ourBranches = new ConcurrentHashMap<>();
        Map<ParityGraph, List<ParityCase>> byGraph = new LinkedHashMap<>();
        cases.forEach(c -> byGraph.computeIfAbsent(c.graph(), k -> new ArrayList<>()).add(c));
        // Two threads: the machine has two cores, and Alembic needs one of them only until it is done.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (ParityGraph graph : graphs) {
            done.add(threads.submit(() -> {
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                Migrator migrator = Migrator.configure().url("jdbc:postgresql://127.0.0.1:1/nowhere")
                        .dialect("postgresql").migrationsDirectory(migrateDirectory(work, graph))
                        .listener(MigrationListener.NONE).build();
                ourHeads.put(graph.seed(), migrator.heads().heads().stream().map(h -> h.revision().revision())
                        .sorted().toList());
                ourBranches.put(graph.seed(), branchPoints(migrator));
                for (ParityCase c : byGraph.get(graph)) {
                    ours.put(c.id(), migrate(migrator, c));
                }
                migrateCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
            }));
        }
        threads.shutdown();
        for (Future<?> graphDone : done) {
            graphDone.get();
        }
        double migrateSeconds = (System.nanoTime() - started) / 1e9;
        run.await(20);

        for (ParityGraph graph : graphs) {
            Alembic.GraphFacts facts = run.graphs.get(alembicDirectory(work, graph).toString());
            assertThat(ourHeads.get(graph.seed())).as("heads of graph %s\n%s", graph.seed(), graph.describe())
                    .isEqualTo(facts.heads());
            assertThat(ourBranches.get(graph.seed())).as("branches of graph %s\n%s", graph.seed(), graph.describe())
                    .isEqualTo(facts.branchPoints());
        }
        Tally tally = new Tally();
        for (ParityCase c : cases) {
            Alembic.CaseResult raw = run.cases.get(c.id());
            assertThat(raw).as("Alembic's answer to %s", c.command()).isNotNull();
            Outcome theirs = raw.ok() ? Outcome.replay(raw.sql(), c.start(), c.graph().ids())
                    : Outcome.refused(raw.errorType() + ": " + raw.message());
            tally.add(new Comparison(c, raw, theirs, ours.get(c.id())));
        }
        String report = tally.report(graphs.size(), alembic) + String.format("%nmigrate answered in %.1f s (%.1f s of "
                + "CPU); Alembic used %.1f s of CPU.%n", migrateSeconds, migrateCpu.get() / 1e9, run.cpuSeconds);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "alembic-parity.txt"), report);
        System.out.println(report);

        assertThat(graphs).as("graphs").hasSizeGreaterThanOrEqualTo(Math.min(GRAPHS, 300));
        assertThat(tally.broken).as("migrate scripts that lose track of a revision or break the graph").isEmpty();
        assertThat(tally.overlapping).as("disagreements that more than one documented difference explains").isEmpty();
        assertThat(tally.unexplained).as("disagreements with Alembic that no documented difference explains (%d)",
                tally.unexplained.size()).isEmpty();
        String readme = Files.readString(Path.of("..", "README.md"));
        for (DocumentedDifference difference : DocumentedDifference.values()) {
            assertThat(readme).as("the README's table of deliberate differences")
                    .contains("| " + difference.title() + " |");
        }
    }

    private static Alembic alembic() {
        List<String> tried = new ArrayList<>();
        Optional<Alembic> found = Alembic.find(tried);
        if (found.isEmpty()) {
            String why = "no Python with Alembic; install Debian's python3-alembic (.ci/run does). Tried: " + tried;
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        return found.get();
    }

    private static Outcome migrate(Migrator migrator, ParityCase c) {
        String from = c.start().isEmpty() ? "base" : String.join(",", c.start());
        try {
            OfflineSql sql = c.upgrade() ? migrator.upgradeSql(c.target(), from) : migrator.downgradeSql(c.target(), from);
            return Outcome.replay(sql.sql(), c.start(), c.graph().ids());
        } catch (MigrateException e) {
            return Outcome.refused(e.getMessage());
        }
    }

    private static List<String> branchPoints(Migrator migrator) {
        List<String> points = new ArrayList<>();
        for (BranchesReport.BranchPoint point : migrator.branches().branchPoints()) {
            points.add(point.revision().revision().revision() + ":" + String.join("+",
                    point.children().stream().map(child -> child.revision().revision().revision()).sorted().toList()));
        }
        return points.stream().sorted().toList();
    }

    private static Path alembicDirectory(Path work, ParityGraph graph) {
        return work.resolve("g" + graph.seed()).resolve("alembic");
    }

    private static Path migrateDirectory(Path work, ParityGraph graph) {
        return work.resolve("g" + graph.seed()).resolve("migrate");
    }

    /** The comparisons, counted per target form and per difference, with the failures kept for the report. */
    private static final class Tally {
        final Map<String, int[]> forms = new TreeMap<>();
        final Map<DocumentedDifference, List<Comparison>> explained = new EnumMap<>(DocumentedDifference.class);
        final List<String> unexplained = new ArrayList<>();
        final List<String> overlapping = new ArrayList<>();
        final List<String> broken = new ArrayList<>();
        int cases;
        int agreed;
        int bothRefused;

        void add(Comparison x) {
            cases++;
            int[] count = forms.computeIfAbsent(x.c().direction() + " " + x.c().form(), k -> new int[3]);
            count[0]++;
            String ourProblem = x.selfCheck(x.migrate());
            if (ourProblem != null) {
                broken.add("migrate " + ourProblem + ":\n" + x.describe());
            }
            if (x.agree()) {
                agreed++;
                count[1]++;
                if (x.migrate().refused()) {
                    bothRefused++;
                }
                return;
            }
            count[2]++;
            List<DocumentedDifference> reasons = new ArrayList<>();
            for (DocumentedDifference difference : DocumentedDifference.values()) {
                if (difference.explains(x)) {
                    reasons.add(difference);
                }
            }
            if (reasons.isEmpty()) {
                String theirProblem = x.selfCheck(x.alembic());
                unexplained.add((theirProblem == null ? "" : "(Alembic " + theirProblem + ")\n") + x.describe());
            } else if (reasons.size() > 1) {
                overlapping.add(reasons + ":\n" + x.describe());
            } else {
                explained.computeIfAbsent(reasons.get(0), k -> new ArrayList<>()).add(x);
            }
        }

        String report(int graphs, Alembic alembic) {
            StringBuilder out = new StringBuilder();
            out.append("migrate against Alembic ").append(alembic.version()).append(" (").append(alembic.python())
                    .append("): ").append(graphs).append(" graphs, ").append(cases).append(" cases; ").append(agreed)
                    .append(" agree (").append(bothRefused).append(" of them both refuse), ")
                    .append(cases - agreed).append(" differ.\n\n");
            out.append(String.format("%-32s %7s %7s %7s%n", "target form", "cases", "agree", "differ"));
            forms.forEach((form, n) -> out.append(String.format("%-32s %7d %7d %7d%n", form, n[0], n[1], n[2])));
            out.append("\nDocumented differences found:\n");
            for (DocumentedDifference difference : DocumentedDifference.values()) {
                List<Comparison> found = explained.getOrDefault(difference, List.of());
                out.append(String.format("%7d  %s%n", found.size(), difference.title()));
            }
            for (DocumentedDifference difference : DocumentedDifference.values()) {
                List<Comparison> found = explained.getOrDefault(difference, List.of());
                if (!found.isEmpty()) {
                    out.append("\n== ").append(difference.title()).append(", e.g.:\n")
                            .append(found.get(0).describe()).append('\n');
                }
            }
            if (Boolean.getBoolean("migrate.parity.all")) {
                explained.forEach((d, l) -> appendAll(out, "ALL " + d.title(), l.stream().map(Comparison::describe).toList()));
            }
            appendAll(out, "NOT EXPLAINED", unexplained);
            appendAll(out, "EXPLAINED TWICE", overlapping);
            appendAll(out, "BROKEN", broken);
            return out.toString();
        }

        private static void appendAll(StringBuilder out, String title, List<String> items) {
            if (!items.isEmpty()) {
                out.append("\n== ").append(title).append(" (").append(items.size()).append("), the first 10:\n");
                items.stream().limit(Boolean.getBoolean("migrate.parity.all") ? 100_000 : 10).forEach(item -> out.append(item).append('\n'));
            }
        }
    }
}
