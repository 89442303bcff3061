package dev.migrate.parity;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Alembic itself, run by a Python interpreter that has it: {@code MIGRATE_TEST_PYTHON} if set, else
 * {@code /usr/bin/python3} (where Debian's {@code python3-alembic} installs it), else {@code python3} on the path.
 * It only runs Alembic ({@code run_alembic.py} next to this class); the cases and the comparison are the test's.
 */
final class Alembic {

    private final String python;
    private final String version;

    private Alembic(String python, String version) {
        this.python = python;
        this.version = version;
    }

    /** The first interpreter that imports alembic, or empty (with every candidate's answer in {@code tried}). */
    static Optional<Alembic> find(List<String> tried) {
        Set<String> candidates = new LinkedHashSet<>();
        String configured = System.getenv("MIGRATE_TEST_PYTHON");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured.strip());
        }
        candidates.add("/usr/bin/python3");
        candidates.add("python3");
        for (String candidate : candidates) {
            try {
                Process process = new ProcessBuilder(candidate, "-c",
                        "import alembic, sqlalchemy; print(alembic.__version__ + ' (SQLAlchemy ' + sqlalchemy.__version__ + ')')")
                        .redirectErrorStream(true).start();
                String said = new String(process.getInputStream().readAllBytes()).strip();
                if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return Optional.of(new Alembic(candidate, said));
                }
                tried.add(candidate + ": " + said.lines().reduce((a, b) -> b).orElse("exit " + process.exitValue()));
            } catch (IOException e) {
                tried.add(candidate + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    String version() {
        return version;
    }

    String python() {
        return python;
    }

    /** Whether this interpreter can also import {@code module} (a database driver, say). */
    boolean imports(String module) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(python, "-c", "import " + module).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    /**
     * Runs Alembic's own command line ({@code python -m alembic <arguments>}) with {@code environment} added, and
     * returns what it printed; fails unless it succeeds.
     */
    String command(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(python, "-m", "alembic"));
        line.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String said = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("alembic " + String.join(" ", arguments) + " failed:\n" + said);
        }
        return said;
    }

    /** A started run of the cases in {@code manifest}; its output goes to {@code output}. */
    Run start(Path manifest, Path output) throws IOException {
        Path driver;
        try {
            driver = Path.of(Alembic.class.getResource("run_alembic.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        ProcessBuilder builder = new ProcessBuilder(python, driver.toString(), manifest.toString())
                .redirectOutput(output.toFile())
                .redirectError(output.resolveSibling(output.getFileName() + ".err").toFile());
        // Alembic keeps some revision tuples in sets: a fixed hash seed makes its choices repeatable.
        builder.environment().put("PYTHONHASHSEED", "0");
        return new Run(builder.start(), output);
    }

    /** What Alembic said about one graph: its heads and its branch points with their children. */
    record GraphFacts(List<String> heads, List<String> branchPoints) {
    }

    /** What Alembic did for one case: the SQL it wrote, or the exception it raised. */
    record CaseResult(boolean ok, String sql, String warnings, String errorType, String frames, String message) {
    }

    /** A running interpreter; {@link #await} parses what it wrote. */
    static final class Run {
        private final Process process;
        private final Path output;
        final Map<String, GraphFacts> graphs = new HashMap<>();
        final Map<String, CaseResult> cases = new HashMap<>();
        double cpuSeconds = -1;

        private Run(Process process, Path output) {
            this.process = process;
            this.output = output;
        }

        void await(long minutes) throws IOException, InterruptedException {
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Alembic did not finish within " + minutes + " minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Alembic's driver failed (exit " + process.exitValue() + "):\n"
                        + Files.readString(output.resolveSibling(output.getFileName() + ".err")));
            }
            List<String> lines = Files.readAllLines(output);
            if (lines.isEmpty() || !lines.get(lines.size() - 1).startsWith("done\t")) {
                throw new IllegalStateException("Alembic's driver stopped early:\n"
                        + Files.readString(output.resolveSibling(output.getFileName() + ".err")));
            }
            for (String line : lines) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("graph")) {
                    graphs.put(f[1], new GraphFacts(list(f[2], ","), list(f[3], ";")));
                } else if (f[0].equals("case") && f[2].equals("ok")) {
                    cases.put(f[1], new CaseResult(true, unescape(f[4]), unescape(f[3]), null, null, null));
                } else if (f[0].equals("case")) {
                    cases.put(f[1], new CaseResult(false, null, null, f[3], f[4], unescape(f[5])));
                } else if (f[0].equals("done")) {
                    cpuSeconds = Double.parseDouble(f[1]);
                } else {
                    throw new IllegalStateException("unexpected line from Alembic's driver: " + line);
                }
            }
        }

        private static List<String> list(String text, String separator) {
            return text.isEmpty() ? List.of() : List.of(text.split(separator));
        }
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
