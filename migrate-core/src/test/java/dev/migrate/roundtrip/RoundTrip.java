package dev.migrate.roundtrip;

import dev.migrate.schema.diff.DiffResult;
import dev.migrate.schema.diff.RenameHints;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.render.MigrationScriptRenderer.Sections;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The round-trip check of autogenerate, and the steps it is made of. {@link #check} builds A and B in fresh
 * databases and reads them back; diffs A to B (with the rename hints of B's text) and renders; builds A again,
 * applies the upgrade and checks that the database now diffs empty against B; applies the downgrade and checks
 * that it diffs empty against A. Every step is recorded in a {@link Transcript}, which is the failure message.
 */
final class RoundTrip {

    /**
     * A generated migration.
     *
     * @param diff what the differ found
     * @param sql  the rendered upgrade and downgrade
     */
    record Migration(DiffResult diff, Sections sql) {
    }

    private final Autogen autogen;
    private final Transcript transcript;

    /** A round trip on {@code scratch}'s dialect whose failures start with {@code title} and the dialect. */
    RoundTrip(Scratch scratch, String title) {
        this.autogen = new Autogen(scratch);
        this.transcript = new Transcript(title + " on " + scratch.dialect().id());
    }

    /** Checks that autogenerate turns {@code a} into {@code b} and back, and meets {@code expectations}. */
    static void check(Scratch scratch, String name, SqlSource a, SqlSource b, Expectations expectations)
            throws SQLException {
        RoundTrip roundTrip = new RoundTrip(scratch, "round trip " + name);
        roundTrip.transcript.add("files", "A: " + a.location() + "\nB: " + b.location());
        roundTrip.run(a, b, expectations);
    }

    private void run(SqlSource a, SqlSource b, Expectations expectations) throws SQLException {
        DatabaseSchema modelA = build(a);
        DatabaseSchema modelB = build(b);
        Migration migration = generate("A -> B", modelA, modelB, b);
        List<String> violations = expectations.violations(migration.diff());
        if (!violations.isEmpty()) {
            throw transcript.fail("the diff does not meet " + Expectations.FILE, "unmet expectations",
                    String.join("\n", violations));
        }
        try (Connection database = transcript.step("build A again", () -> open(a))) {
            apply(database, "upgrade", migration.sql().upgrade());
            assertReaches(database, modelB, "B");
            apply(database, "downgrade", migration.sql().downgrade());
            assertReaches(database, modelA, "A");
        }
    }

    /** Runs {@code schema} on a fresh database and reads it back. */
    DatabaseSchema build(SqlSource schema) {
        return transcript.step("build " + schema.location() + " and introspect it", () -> autogen.schemaOf(schema));
    }

    /** An empty database, for a test that drives the steps itself. */
    Connection openEmpty() {
        return transcript.step("open an empty database", autogen::openEmpty);
    }

    DatabaseSchema introspect(Connection database, String when) {
        return transcript.step("introspect " + when, () -> autogen.introspect(database));
    }

    /** Diffs {@code current} to {@code desired} with the hints of {@code desiredText}, and renders the result. */
    Migration generate(String label, DatabaseSchema current, DatabaseSchema desired, SqlSource desiredText) {
        RenameHints hints = transcript.step("read the rename hints of " + desiredText.location(),
                () -> autogen.hints(desiredText));
        DiffResult diff = transcript.step("diff " + label, () -> autogen.diff(current, desired, hints));
        transcript.add("diff " + label + ": " + diff.ops().size() + " operation(s)", autogen.describe(diff));
        Sections sql = transcript.step("render the diff " + label, () -> autogen.render(diff.ops()));
        transcript.add("rendered upgrade " + label, Transcript.numbered(sql.upgrade()));
        transcript.add("rendered downgrade " + label, Transcript.numbered(sql.downgrade()));
        return new Migration(diff, sql);
    }

    /** Runs rendered SQL; a refused statement fails with its line in the rendered section. */
    void apply(Connection database, String label, String sql) {
        transcript.step("apply the rendered " + label, () -> {
            autogen.dialect().run(database, new SqlSource("rendered " + label, sql));
            return null;
        });
    }

    /**
     * Reads {@code database} back and fails, with the transcript and the leftover operations, unless it diffs empty
     * against {@code target}.
     */
    void assertReaches(Connection database, DatabaseSchema target, String targetName) {
        DatabaseSchema actual = introspect(database, "the database that should now be " + targetName);
        DiffResult left = transcript.step("diff the database -> " + targetName,
                () -> autogen.diff(actual, target, RenameHints.NONE));
        if (!left.isEmpty()) {
            throw transcript.fail("the database does not reach " + targetName + ": " + left.ops().size()
                            + " operation(s) left over",
                    "leftover diff (database -> " + targetName + ")", autogen.describe(left));
        }
    }

    private Connection open(SqlSource schema) throws Exception {
        Connection connection = autogen.openEmpty();
        try {
            autogen.dialect().run(connection, schema);
            return connection;
        } catch (Exception e) {
            connection.close();
            throw e;
        }
    }
}
