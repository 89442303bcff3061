package dev.migrate.roundtrip;

import dev.migrate.script.ScriptText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The SQL files under {@code src/test/resources}: the round-trip pairs ({@code roundtrip/NNN_name/}) and the
 * realistic shop schema ({@code realistic/}). See {@code roundtrip/README.md} for the conventions.
 */
final class Corpus {

    static final Path RESOURCES = Path.of("src", "test", "resources");
    static final Path ROUNDTRIP = RESOURCES.resolve("roundtrip");
    static final Path REALISTIC = RESOURCES.resolve("realistic");

    /** How many steps grow the realistic schema. */
    static final int REALISTIC_STEPS = 5;

    private Corpus() {
    }

    /** Every pair directory, sorted by name. */
    static List<Pair> pairs() {
        try (Stream<Path> entries = Files.list(ROUNDTRIP)) {
            return entries.filter(Files::isDirectory)
                    .sorted()
                    .map(directory -> new Pair(directory.getFileName().toString(), directory))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pairs that apply to {@code dialect}; with the system property {@code roundtrip.pairs}, a regular expression,
     * only those for which {@code "<directory name> on <dialect>"} matches it, for a short run while working on a few
     * pairs: {@code -Droundtrip.pairs='(081|146).*'}, {@code -Droundtrip.pairs='.* on mariadb'}.
     */
    static List<Pair> pairsFor(TestDialect dialect) {
        String only = System.getProperty("roundtrip.pairs", "");
        return pairs().stream().filter(pair -> pair.appliesTo(dialect))
                .filter(pair -> only.isBlank() || (pair.name() + " on " + dialect.id()).matches(only)).toList();
    }

    /** The full realistic schema of {@code dialect}: its last growth step. */
    static SqlSource realisticShop(TestDialect dialect) {
        return realisticStep(dialect, REALISTIC_STEPS);
    }

    /** The realistic schema after step {@code n} (1 to {@value #REALISTIC_STEPS}) of its growth. */
    static SqlSource realisticStep(TestDialect dialect, int n) {
        return read(REALISTIC.resolve("step" + n + "." + dialect.id() + ".sql"));
    }

    /** Every file under {@code realistic/}, sorted. */
    static List<Path> realisticFiles() {
        try (Stream<Path> files = Files.list(REALISTIC)) {
            return files.filter(file -> file.toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realistic file's dialect, from its name ({@code step5.h2.sql}). */
    static TestDialect realisticDialect(Path file) {
        String[] parts = file.getFileName().toString().split("\\.");
        return TestDialect.byId(parts[parts.length - 2])
                .orElseThrow(() -> new IllegalArgumentException(file + " names no known dialect"));
    }

    static SqlSource read(Path file) {
        try {
            String location = RESOURCES.relativize(file).toString().replace('\\', '/');
            return new SqlSource(location, ScriptText.decode(location, Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One pair: {@code a.sql} (the current schema) and {@code b.sql} (the desired one), with per-dialect overrides
     * ({@code a.postgresql.sql} replaces {@code a.sql} on PostgreSQL) and optional {@code expect.properties}.
     *
     * @param name      the directory name, {@code NNN_snake_case}
     * @param directory the directory
     */
    record Pair(String name, Path directory) {

        private static final Pattern DIALECTS_LINE = Pattern.compile("--\\s*dialects:(.*)");

        /**
         * The dialects named by a first line {@code -- dialects: a, b} of {@code a.sql}, as written (unknown names
         * included); empty when there is no such line, which means every dialect.
         */
        List<String> declaredDialects() {
            Path a = directory.resolve("a.sql");
            if (!Files.exists(a)) {
                return List.of();
            }
            String text = read(a).text();
            Matcher line = DIALECTS_LINE.matcher(text.lines().findFirst().orElse(""));
            if (!line.matches()) {
                return List.of();
            }
            return Arrays.stream(line.group(1).split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        }

        /** The known dialects this pair applies to. */
        Set<TestDialect> dialects() {
            List<String> declared = declaredDialects();
            if (declared.isEmpty()) {
                return EnumSet.allOf(TestDialect.class);
            }
            Set<TestDialect> dialects = EnumSet.noneOf(TestDialect.class);
            declared.forEach(id -> TestDialect.byId(id).ifPresent(dialects::add));
            return dialects;
        }

        boolean appliesTo(TestDialect dialect) {
            return dialects().contains(dialect);
        }

        /** The current schema on {@code dialect}. */
        SqlSource a(TestDialect dialect) {
            return read(file("a", dialect));
        }

        /** The desired schema on {@code dialect}. */
        SqlSource b(TestDialect dialect) {
            return read(file("b", dialect));
        }

        /** {@code side.<dialect>.sql} when it exists, else {@code side.sql}. */
        Path file(String side, TestDialect dialect) {
            Path override = directory.resolve(side + "." + dialect.id() + ".sql");
            return Files.exists(override) ? override : directory.resolve(side + ".sql");
        }

        Expectations expectations() {
            return Expectations.read(directory.resolve(Expectations.FILE));
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
