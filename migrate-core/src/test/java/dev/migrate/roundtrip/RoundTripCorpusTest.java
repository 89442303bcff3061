package dev.migrate.roundtrip;

import dev.migrate.roundtrip.Corpus.Pair;
import org.junit.jupiter.api.DynamicTest;

import java.util.stream.Stream;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Autogenerate proved on the corpus: for every pair under {@code roundtrip/} and every dialect it claims, the
 * generated upgrade turns A into B and the generated downgrade turns it back into A, both checked by introspecting
 * the database and diffing it against the expected schema (the diff must be empty). See {@link RoundTrip}; a
 * failure prints the pair, the dialect, the diff, the rendered SQL and what was left over.
 *
 * <p>Adding a pair is adding a directory; no code changes.
 */
class RoundTripCorpusTest extends OnEachDialect {

    @Override
    Stream<DynamicTest> tests(Scratch scratch) {
        TestDialect dialect = scratch.dialect();
        return Corpus.pairsFor(dialect).stream()
                .map(pair -> dynamicTest(pair.name() + " on " + dialect.id(), pair.directory().toUri(), () -> roundTrip(scratch, pair)));
    }

    private static void roundTrip(Scratch scratch, Pair pair) throws Exception {
        TestDialect dialect = scratch.dialect();
        RoundTrip.check(scratch, pair.name(), pair.a(dialect), pair.b(dialect), pair.expectations());
    }
}
