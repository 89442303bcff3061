package dev.migrate.roundtrip;

import dev.migrate.roundtrip.Corpus.Pair;
import dev.migrate.schema.diff.RenameHints;
import dev.migrate.script.SqlStatement;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The corpus as files, checked today (before autogenerate runs): every pair is well formed, and every SQL file
 * executes cleanly on a fresh, empty database of each dialect it claims. The realistic schema's files too.
 */
class CorpusFilesTest extends OnEachDialect {

    private static final Pattern PAIR_NAME = Pattern.compile("(\\d{3})_[a-z0-9]+(_[a-z0-9]+)*");
    private static final String HINT = "migrate:renamed-from";

    @Test
    void theCorpusHasAtLeastSixtyPairs() {
        List<Pair> pairs = Corpus.pairs();
        StringBuilder summary = new StringBuilder(pairs.size() + " pairs");
        for (TestDialect dialect : TestDialect.values()) {
            summary.append(", ").append(Corpus.pairsFor(dialect).size()).append(" on ").append(dialect.id());
        }
        System.out.println("round-trip corpus: " + summary);
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void everyPairHasAAndB() {
        List<String> missing = new ArrayList<>();
        for (Pair pair : Corpus.pairs()) {
            for (String file : List.of("a.sql", "b.sql")) {
                if (!Files.isRegularFile(pair.directory().resolve(file))) {
                    missing.add(pair.name() + "/" + file);
                }
            }
        }
        assertThat(missing).as("missing files").isEmpty();
    }

    @Test
    void pairNamesAreNumberedSnakeCaseAndNumbersAreUnique() {
        List<String> badNames = new ArrayList<>();
        TreeMap<String, List<String>> byNumber = new TreeMap<>();
        for (Pair pair : Corpus.pairs()) {
            if (!PAIR_NAME.matcher(pair.name()).matches()) {
                badNames.add(pair.name());
            }
            byNumber.computeIfAbsent(pair.name().substring(0, Math.min(3, pair.name().length())),
                    n -> new ArrayList<>()).add(pair.name());
        }
        assertThat(badNames).as("names that are not NNN_snake_case").isEmpty();
        assertThat(byNumber.values().stream().filter(names -> names.size() > 1).toList())
                .as("pairs sharing a number").isEmpty();
    }

    @Test
    void dialectLinesNameOnlyKnownDialects() {
        List<String> unknown = new ArrayList<>();
        for (Pair pair : Corpus.pairs()) {
            for (String id : pair.declaredDialects()) {
                if (TestDialect.byId(id).isEmpty()) {
                    unknown.add(pair.name() + ": '" + id + "'");
                }
            }
        }
        assertThat(unknown).as("unknown dialects in '-- dialects:' lines (known: %s)", knownIds()).isEmpty();
    }

    @Test
    void pairsHoldOnlyKnownFiles() throws IOException {
        List<String> strays = new ArrayList<>();
        for (Pair pair : Corpus.pairs()) {
            Set<String> allowed = new HashSet<>(Set.of("a.sql", "b.sql", Expectations.FILE));
            for (TestDialect dialect : pair.dialects()) {
                allowed.add("a." + dialect.id() + ".sql");
                allowed.add("b." + dialect.id() + ".sql");
            }
            try (Stream<Path> files = Files.list(pair.directory())) {
                files.map(file -> file.getFileName().toString())
                        .filter(file -> !allowed.contains(file))
                        .forEach(file -> strays.add(pair.name() + "/" + file));
            }
        }
        assertThat(strays).as("files that are neither a.sql, b.sql, an override for a dialect the pair claims, "
                + "nor " + Expectations.FILE).isEmpty();
    }

    @Test
    void expectationsUseKnownKeysAndOperations() {
        Set<String> operations = Expectations.operationNames();
        List<String> problems = new ArrayList<>();
        for (Pair pair : Corpus.pairs()) {
            Path file = pair.directory().resolve(Expectations.FILE);
            if (!Files.exists(file)) {
                continue;
            }
            for (String key : Expectations.properties(file).stringPropertyNames()) {
                if (!Expectations.KEYS.contains(key)) {
                    problems.add(pair.name() + ": unknown key '" + key + "' (known: " + Expectations.KEYS + ")");
                }
            }
            for (String op : pair.expectations().namedOperations()) {
                if (!operations.contains(op)) {
                    problems.add(pair.name() + ": no operation class '" + op + "' (known: " + operations + ")");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A hint the parser misses would turn an intended rename into a silent drop and add. */
    @Test
    void everyRenameHintIsUnderstoodAndNamesSomethingInA() {
        assertThat(onEveryPairAndDialect((pair, dialect, problems) -> {
            String b = pair.b(dialect).text();
            int written = (b.length() - b.replace(HINT, "").length()) / HINT.length();
            RenameHints hints = RenameHints.parse(b, dialect::fold, dialect.defaultSchema());
            int parsed = hints.tables().size() + hints.columns().size();
            if (parsed != written) {
                problems.add(written + " hint(s) written, " + parsed + " understood: " + hints);
            }
            String a = pair.a(dialect).text().toLowerCase(Locale.ROOT);
            Stream.concat(hints.tables().values().stream(), hints.columns().values().stream())
                    .filter(old -> !a.contains(old.toLowerCase(Locale.ROOT)))
                    .forEach(old -> problems.add("the hinted old name '" + old + "' does not occur in a.sql"));
        })).isEmpty();
    }

    @Test
    void aAndBDifferUnlessTheDiffMustBeEmpty() {
        assertThat(onEveryPairAndDialect((pair, dialect, problems) -> {
            boolean identical = statements(dialect, pair.a(dialect)).equals(statements(dialect, pair.b(dialect)));
            if (identical != pair.expectations().empty()) {
                problems.add(identical ? "A == B without empty=true" : "empty=true but A != B");
            }
        })).isEmpty();
    }

    @Test
    void theRealisticSchemaHasEveryStepOfEveryDialect() {
        List<TestDialect> dialects = Stream.of(TestDialect.values()).filter(TestDialect::hasRealisticShop).toList();
        for (TestDialect dialect : dialects) {
            IntStream.rangeClosed(1, Corpus.REALISTIC_STEPS).forEach(n -> Corpus.realisticStep(dialect, n));
        }
        assertThat(Corpus.realisticFiles()).hasSize(dialects.size() * Corpus.REALISTIC_STEPS);
    }

    /** Every file a pair uses on the scratch's dialect, and the realistic schema's files of that dialect. */
    @Override
    Stream<DynamicTest> tests(Scratch scratch) {
        TestDialect dialect = scratch.dialect();
        Stream<SqlSource> corpus = Corpus.pairsFor(dialect).stream()
                .flatMap(pair -> Stream.of(pair.a(dialect), pair.b(dialect)));
        Stream<SqlSource> realistic = Corpus.realisticFiles().stream()
                .filter(file -> Corpus.realisticDialect(file) == dialect)
                .map(Corpus::read);
        return Stream.concat(corpus, realistic).map(source -> runs(scratch, source));
    }

    private static DynamicTest runs(Scratch scratch, SqlSource source) {
        return dynamicTest(source.location() + " on " + scratch.dialect().id(), () -> {
            try (Connection connection = scratch.openEmpty()) {
                scratch.dialect().run(connection, source);
            }
        });
    }

    /** A check of one pair on one dialect; it adds what is wrong to {@code problems}. */
    private interface PairCheck {
        void check(Pair pair, TestDialect dialect, List<String> problems);
    }

    /** What {@code check} finds on every pair and every dialect it claims, each prefixed with pair and dialect. */
    private static List<String> onEveryPairAndDialect(PairCheck check) {
        List<String> all = new ArrayList<>();
        for (Pair pair : Corpus.pairs()) {
            for (TestDialect dialect : pair.dialects()) {
                List<String> problems = new ArrayList<>();
                check.check(pair, dialect, problems);
                problems.forEach(problem -> all.add(pair.name() + " on " + dialect.id() + ": " + problem));
            }
        }
        return all;
    }

    private static List<String> statements(TestDialect dialect, SqlSource source) {
        return dialect.statements(source.text()).stream().map(SqlStatement::sql).toList();
    }

    private static List<String> knownIds() {
        return Stream.of(TestDialect.values()).map(TestDialect::id).toList();
    }
}
