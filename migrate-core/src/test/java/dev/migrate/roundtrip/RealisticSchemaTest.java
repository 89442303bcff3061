package dev.migrate.roundtrip;

import dev.migrate.schema.model.DatabaseSchema;
import org.junit.jupiter.api.DynamicTest;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Autogenerate on a believable schema ({@code realistic/}, 50 tables): from nothing to the full shop and back, and
 * the shop grown in five steps on one database and taken down again step by step. After every upgrade and every
 * downgrade the database must diff empty against the schema it should now have.
 */
class RealisticSchemaTest extends OnEachDialect {

    @Override
    Stream<DynamicTest> tests(Scratch scratch) {
        String on = " on " + scratch.dialect().id();
        if (!scratch.dialect().hasRealisticShop()) {
            return Stream.empty();
        }
        return Stream.of(
                dynamicTest("empty -> full shop -> empty" + on, () -> fullRoundTrip(scratch)),
                dynamicTest("empty -> step 1 -> ... -> step 5 -> ... -> empty" + on, () -> stepByStep(scratch)));
    }

    private static void fullRoundTrip(Scratch scratch) throws Exception {
        RoundTrip.check(scratch, "empty -> realistic shop -> empty", SqlSource.EMPTY,
                Corpus.realisticShop(scratch.dialect()), Expectations.NONE);
    }

    /**
     * Upgrades one database from empty through step 1 to step 5, each time generating the migration from the live
     * database to the next step's schema (with that step's rename hints), then applies the downgrades in reverse
     * order back to empty.
     */
    private static void stepByStep(Scratch scratch) throws Exception {
        TestDialect dialect = scratch.dialect();
        RoundTrip roundTrip = new RoundTrip(scratch, "realistic shop step by step");
        List<SqlSource> states = new ArrayList<>(List.of(SqlSource.EMPTY));
        for (int n = 1; n <= Corpus.REALISTIC_STEPS; n++) {
            states.add(Corpus.realisticStep(dialect, n));
        }
        List<DatabaseSchema> models = states.stream().map(roundTrip::build).toList();
        List<String> downgrades = new ArrayList<>();
        try (Connection database = roundTrip.openEmpty()) {
            for (int n = 1; n < states.size(); n++) {
                DatabaseSchema live = roundTrip.introspect(database, "before step " + n);
                RoundTrip.Migration migration = roundTrip.generate("to step " + n, live, models.get(n), states.get(n));
                roundTrip.apply(database, "upgrade to step " + n, migration.sql().upgrade());
                roundTrip.assertReaches(database, models.get(n), states.get(n).location());
                downgrades.add(migration.sql().downgrade());
            }
            for (int n = states.size() - 1; n >= 1; n--) {
                roundTrip.apply(database, "downgrade from step " + n, downgrades.get(n - 1));
                roundTrip.assertReaches(database, models.get(n - 1), states.get(n - 1).location());
            }
        }
    }
}
