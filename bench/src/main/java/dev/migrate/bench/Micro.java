package dev.migrate.bench;

import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.graph.MigrationPlanner;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.schema.diff.RenameHints;
import dev.migrate.schema.diff.SchemaDiffer;
import dev.migrate.schema.introspect.IntrospectOptions;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.script.Checksums;
import dev.migrate.script.DirectorySource;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.ScriptParser;
import dev.migrate.script.ScriptSource;
import dev.migrate.script.ScriptText;
import dev.migrate.script.SqlSplitter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Micro-benchmarks of the core pieces, in one warm JVM: plain timing loops (warm-up iterations, then measured ones;
 * median, min and max). Prints one tab-separated line per benchmark:
 * {@code micro NAME MEDIAN_MS MIN_MS MAX_MS NOTE}.
 *
 * <p>Usage: {@code Micro MIGRATIONS_DIR CURRENT_JDBC_URL DESIRED_JDBC_URL} (the W2 revision directory and the W3
 * databases; a URL of {@code -} skips the database benchmarks).
 */
public final class Micro {

    private static final int WARMUP = 5;
    private static final int RUNS = 10;

    private Micro() {
    }

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        splitting();
        graph();
        scripts(migrations);
        if (!"-".equals(args[1])) {
            introspection(args[1], args[2]);
        }
    }

    // ------------------------------------------------------------------------------------------------- splitting

    private static void splitting() throws Exception {
        String text = tenMegabytes();
        SqlSplitter splitter = new SqlSplitter(PostgresDialect.SPLITTING);
        int statements = splitter.statements(text).size();
        double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        double median = time("split 10 MB (PostgreSQL rules)", () -> splitter.split(text),
                String.format(Locale.ROOT, "%.1f MB, %d statements", megabytes, statements));
        report("split throughput", median, median, median, String.format(Locale.ROOT, "%.0f MB/s",
                megabytes / (median / 1000)));
    }

    /** About 10 MB of SQL with every construct the splitter must respect: quotes, comments, dollar bodies. */
    static String tenMegabytes() {
        StringBuilder out = new StringBuilder(10_500_000);
        int k = 0;
        while (out.length() < 10_000_000) {
            k++;
            out.append("-- block ").append(k).append("; a comment with a semicolon\n")
                    .append("CREATE TABLE items_").append(k)
                    .append(" (id bigint PRIMARY KEY, note text DEFAULT 'a;b', \"odd;name\" varchar(20));\n")
                    .append("INSERT INTO items_").append(k).append(" (id, note) VALUES (1, 'it''s; quoted'), ")
                    .append("(2, E'back\\'slash;'), (3, $q$dollar; quoted$q$);\n")
                    .append("/* block; comment /* nested; */ still inside */\n")
                    .append("CREATE FUNCTION f_").append(k).append("() RETURNS int LANGUAGE plpgsql AS $$\n")
                    .append("BEGIN\n  PERFORM 1;\n  RETURN 1;\nEND;\n$$;\n")
                    .append("UPDATE items_").append(k).append(" SET note = 'x' WHERE id = 1;\n");
        }
        return out.toString();
    }

    // ----------------------------------------------------------------------------------------------------- graph

    private static void graph() throws Exception {
        List<Revision> revisions = tenThousandRevisions();
        RevisionGraph graph = RevisionGraph.build(revisions);
        String thousandth = revisions.get(999).id();
        String note = revisions.size() + " revisions, a branch and merge every 100";
        time("graph build, 10,000 revisions", () -> RevisionGraph.build(revisions), note);
        time("plan upgrade base -> heads, 10,000", () -> new MigrationPlanner(graph).planUpgrade(List.of(), "heads"),
                note);
        time("plan upgrade 1,000 -> heads, 10,000",
                () -> new MigrationPlanner(graph).planUpgrade(List.of(thousandth), "heads"), note);
        time("build + plan (what status does), 10,000", () -> new MigrationPlanner(RevisionGraph.build(revisions))
                .planUpgrade(List.of(thousandth), "heads"), note);
    }

    /** A linear history with a branch point and a merge every 100 revisions. */
    static List<Revision> tenThousandRevisions() {
        List<Revision> revisions = new ArrayList<>(10_000);
        String previous = null;
        while (revisions.size() < 10_000) {
            int n = revisions.size();
            if (n % 100 == 97) {
                String left = "b" + n;
                String right = "c" + n;
                String merge = "m" + n;
                revisions.add(Revision.of(left, previous));
                revisions.add(Revision.of(right, previous));
                revisions.add(Revision.of(merge, left, right));
                previous = merge;
            } else {
                String id = "r" + n;
                revisions.add(previous == null ? Revision.of(id) : Revision.of(id, previous));
                previous = id;
            }
        }
        return revisions;
    }

    // --------------------------------------------------------------------------------------------------- scripts

    private static void scripts(Path directory) throws Exception {
        DirectorySource source = new DirectorySource(directory);
        List<ScriptSource.Resource> resources = source.list();
        List<byte[]> contents = new ArrayList<>(resources.size());
        for (ScriptSource.Resource resource : resources) {
            contents.add(resource.read());
        }
        String note = resources.size() + " files";
        time("list + read the revision files", () -> {
            for (ScriptSource.Resource resource : source.list()) {
                resource.read();
            }
            return null;
        }, note);
        ScriptParser parser = new ScriptParser(PostgresDialect.SPLITTING);
        time("parse the files (decode, header, split, checksum)", () -> {
            for (int k = 0; k < contents.size(); k++) {
                parser.parse(resources.get(k).location(), contents.get(k));
            }
            return null;
        }, note);
        List<String> texts = contents.stream().map(bytes -> ScriptText.decode("x", bytes)).toList();
        time("of which SHA-256 checksums", () -> {
            texts.forEach(Checksums::sha256);
            return null;
        }, note);
        time("ScriptDirectory.load (all of it, with the graph)",
                () -> ScriptDirectory.load(source, PostgresDialect.SPLITTING), note);
    }

    // ---------------------------------------------------------------------------------------------- introspection

    private static void introspection(String currentUrl, String desiredUrl) throws Exception {
        PostgresDialect dialect = new PostgresDialect();
        String catalogRead = resource("catalog-read.sql");
        try (Connection current = DriverManager.getConnection(currentUrl);
             Connection desired = DriverManager.getConnection(desiredUrl)) {
            DatabaseSchema from = dialect.introspector().introspect(current, IntrospectOptions.allSchemas());
            DatabaseSchema to = dialect.introspector().introspect(desired, IntrospectOptions.allSchemas());
            String note = from.allTables().size() + " tables";
            time("one pg_catalog read of all columns", () -> rows(current, catalogRead), note);
            time("introspect (build the model)",
                    () -> dialect.introspector().introspect(current, IntrospectOptions.allSchemas()), note);
            SchemaDiffer differ = new SchemaDiffer(dialect.diffHooks());
            int ops = differ.diff(from, to, RenameHints.NONE).ops().size();
            time("diff the two models", () -> differ.diff(from, to, RenameHints.NONE), note + ", " + ops + " ops");
        }
    }

    private static int rows(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = 0;
            while (rs.next()) {
                n++;
            }
            return n;
        }
    }

    static String resource(String name) {
        try (InputStream in = Micro.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------- timing

    /** Runs {@code work} WARMUP times, then RUNS times measured; reports and returns the median in ms. */
    static double time(String name, Callable<?> work, String note) throws Exception {
        for (int k = 0; k < WARMUP; k++) {
            work.call();
        }
        double[] ms = new double[RUNS];
        for (int k = 0; k < RUNS; k++) {
            long start = System.nanoTime();
            work.call();
            ms[k] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = (ms[RUNS / 2 - 1] + ms[RUNS / 2]) / 2;
        report(name, median, ms[0], ms[RUNS - 1], note);
        return median;
    }

    private static void report(String name, double median, double min, double max, String note) {
        System.out.printf(Locale.ROOT, "micro\t%s\t%.2f\t%.2f\t%.2f\t%s%n", name, median, min, max, note);
    }
}
