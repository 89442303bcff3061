package dev.migrate.roundtrip;

import dev.migrate.dialect.SchemaSupport;
import dev.migrate.schema.diff.DiffResult;
import dev.migrate.schema.diff.RenameHints;
import dev.migrate.schema.diff.SchemaDiffer;
import dev.migrate.schema.introspect.IntrospectOptions;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.ops.SchemaOp;
import dev.migrate.schema.render.MigrationScriptRenderer;
import dev.migrate.schema.render.MigrationScriptRenderer.Sections;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The autogenerate pipeline of one dialect as the tests drive it: introspect, diff, render, apply, and check that
 * a database reached a schema. Every method is one stage; {@link RoundTrip} strings them together.
 */
final class Autogen {

    private final Scratch scratch;

    Autogen(Scratch scratch) {
        this.scratch = scratch;
    }

    TestDialect dialect() {
        return scratch.dialect();
    }

    /** An empty database of the dialect. */
    Connection openEmpty() throws SQLException {
        return scratch.openEmpty();
    }

    /** Runs {@code schema} on an empty database and reads the result back. */
    DatabaseSchema schemaOf(SqlSource schema) throws SQLException, TestDialect.SqlFailure {
        try (Connection connection = scratch.openEmpty()) {
            dialect().run(connection, schema);
            return introspect(connection);
        }
    }

    DatabaseSchema introspect(Connection connection) throws SQLException {
        return support().introspector().introspect(connection, IntrospectOptions.allSchemas());
    }

    /** The rename hints in a desired schema's text. */
    RenameHints hints(SqlSource desired) {
        return RenameHints.parse(desired.text(), dialect()::fold, dialect().defaultSchema());
    }

    DiffResult diff(DatabaseSchema current, DatabaseSchema desired, RenameHints hints) {
        return new SchemaDiffer(support().diffHooks()).diff(current, desired, hints);
    }

    Sections render(List<SchemaOp> ops) {
        return new MigrationScriptRenderer(support().renderer(dialect().defaultSchema())).render(ops);
    }

    /** The operations of {@code diff}, one a line with the SQL each renders to, then the warnings. */
    String describe(DiffResult diff) {
        StringBuilder out = new StringBuilder();
        int number = 1;
        for (SchemaOp op : diff.ops()) {
            out.append(String.format("%3d. %s (%s)%n", number++, op.description(), op.getClass().getSimpleName()));
            for (String line : renderQuietly(op).split("\n")) {
                out.append("        ").append(line).append('\n');
            }
        }
        diff.warnings().forEach(warning -> out.append("warning: ").append(warning).append('\n'));
        return out.toString();
    }

    /** The SQL of one operation, or why there is none. */
    private String renderQuietly(SchemaOp op) {
        try {
            return String.join(";\n", support().renderer(dialect().defaultSchema()).render(op)) + ";";
        } catch (RuntimeException e) {
            return "(does not render: " + e + ") " + op;
        }
    }

    private SchemaSupport support() {
        return dialect().schemaSupport();
    }
}
