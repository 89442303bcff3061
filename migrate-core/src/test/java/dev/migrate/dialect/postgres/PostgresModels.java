package dev.migrate.dialect.postgres;

import dev.migrate.schema.introspect.IntrospectOptions;
import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.ForeignKey;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Routine;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.View;
import dev.migrate.schema.ops.SchemaOp;
import dev.migrate.schema.render.MigrationScriptRenderer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Test helpers: run DDL, introspect, turn a model into the operations that build it, apply operations. */
final class PostgresModels {

    static final PostgresRenderer RENDERER = new PostgresRenderer("public");

    private PostgresModels() {
    }

    static void execute(Connection connection, String sql) throws SQLException {
        if (sql.isBlank()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Whether the server can create {@code extension} (contrib may be missing from an embedded server). */
    static boolean extensionAvailable(Connection connection, String extension) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM pg_available_extensions WHERE name = ?")) {
            statement.setString(1, extension);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1) > 0;
            }
        }
    }

    static DatabaseSchema introspect(Connection connection) throws SQLException {
        return new PostgresIntrospector().introspect(connection, IntrospectOptions.allSchemas());
    }

    /** Renders and runs each operation, statement by statement. */
    static void apply(Connection connection, List<SchemaOp> ops) throws SQLException {
        for (SchemaOp op : ops) {
            for (String statement : RENDERER.render(op)) {
                try {
                    execute(connection, statement);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  running: " + statement, e.getSQLState(), e);
                }
            }
        }
    }

    /**
     * The operations that build {@code model} in a database holding only an empty {@code public}: schemas,
     * extensions, enums, domains, composite and range types, routines, sequences, tables (referenced ones first,
     * foreign keys inline unless they close a cycle), views (read ones first), triggers.
     */
    static List<SchemaOp> creates(DatabaseSchema model) {
        List<SchemaOp> ops = new ArrayList<>();
        for (Schema schema : model.schemas()) {
            if (!schema.name().equals("public")) {
                ops.add(new SchemaOp.CreateSchema(schema.name()));
            }
        }
        for (Schema schema : model.schemas()) {
            schema.extensions().forEach(e -> ops.add(new SchemaOp.CreateExtension(
                    QualifiedName.of(schema.name(), e.name()), e)));
        }
        for (Schema schema : model.schemas()) {
            schema.enums().forEach(e -> ops.add(new SchemaOp.CreateEnum(schema.name(), e)));
        }
        for (Schema schema : model.schemas()) {
            schema.domains().forEach(d -> ops.add(new SchemaOp.CreateDomain(
                    QualifiedName.of(schema.name(), d.name()), d)));
        }
        for (Schema schema : model.schemas()) {
            schema.compositeTypes().forEach(t -> ops.add(new SchemaOp.CreateCompositeType(
                    QualifiedName.of(schema.name(), t.name()), t)));
            schema.rangeTypes().forEach(t -> ops.add(new SchemaOp.CreateRangeType(
                    QualifiedName.of(schema.name(), t.name()), t)));
        }
        for (Schema schema : model.schemas()) {
            schema.routines().stream().filter(r -> !r.usesRowType())
                    .forEach(r -> ops.add(new SchemaOp.CreateRoutine(schema.name(), r)));
            schema.sequences().forEach(s -> ops.add(new SchemaOp.CreateSequence(schema.name(), s)));
        }
        List<DatabaseSchema.QualifiedTable> pending = new ArrayList<>(model.allTables());
        Set<QualifiedName> created = new HashSet<>();
        List<SchemaOp> laterKeys = new ArrayList<>();
        while (!pending.isEmpty()) {
            DatabaseSchema.QualifiedTable next = pending.stream()
                    .filter(t -> t.table().foreignKeys().stream().allMatch(k -> ready(k, t.name(), created, pending)))
                    .findFirst().orElse(pending.get(0));
            pending.remove(next);
            List<ForeignKey> inline = new ArrayList<>();
            for (ForeignKey key : next.table().foreignKeys()) {
                if (ready(key, next.name(), created, pending)) {
                    inline.add(key);
                } else {
                    laterKeys.add(new SchemaOp.AddForeignKey(next.name(), key));
                }
            }
            ops.add(new SchemaOp.CreateTable(next.name().schema(), next.table().withForeignKeys(inline)));
            created.add(next.name());
        }
        ops.addAll(laterKeys);
        for (Schema schema : model.schemas()) {
            schema.routines().stream().filter(Routine::usesRowType)
                    .forEach(r -> ops.add(new SchemaOp.CreateRoutine(schema.name(), r)));
        }
        List<QualifiedName> views = new ArrayList<>();
        for (Schema schema : model.schemas()) {
            schema.views().forEach(v -> views.add(QualifiedName.of(schema.name(), v.name())));
        }
        Set<QualifiedName> done = new HashSet<>();
        while (done.size() < views.size()) {
            for (QualifiedName name : views) {
                View view = view(model, name);
                if (!done.contains(name) && done.containsAll(view.dependencies().stream().filter(views::contains).toList())) {
                    ops.add(new SchemaOp.CreateView(name.schema(), view));
                    done.add(name);
                }
            }
        }
        for (Schema schema : model.schemas()) {
            schema.triggers().forEach(t -> ops.add(new SchemaOp.CreateTrigger(
                    QualifiedName.of(schema.name(), t.table()), t)));
        }
        return ops;
    }

    /** Whether a foreign key can be declared now: its target is the table itself, created, or not in the model. */
    private static boolean ready(ForeignKey key, QualifiedName table, Set<QualifiedName> created,
                                 List<DatabaseSchema.QualifiedTable> pending) {
        return key.target().equals(table) || created.contains(key.target())
                || pending.stream().noneMatch(t -> t.name().equals(key.target()));
    }

    /** The operations that remove what {@link #creates} built. */
    static List<SchemaOp> drops(DatabaseSchema model) {
        return MigrationScriptRenderer.reverse(creates(model));
    }

    static Table table(DatabaseSchema model, String schema, String table) {
        return model.table(QualifiedName.of(schema, table)).orElseThrow(() ->
                new AssertionError("no table " + schema + "." + table));
    }

    static Column column(DatabaseSchema model, String schema, String table, String column) {
        return table(model, schema, table).column(column).orElseThrow(() ->
                new AssertionError("no column " + column + " in " + schema + "." + table));
    }

    static View view(DatabaseSchema model, QualifiedName name) {
        return model.schema(name.schema()).flatMap(s -> s.view(name.name())).orElseThrow(() ->
                new AssertionError("no view " + name));
    }
}
