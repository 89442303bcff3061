package dev.migrate.dialect.h2;

import dev.migrate.schema.introspect.IntrospectOptions;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.ops.SchemaOp;
import dev.migrate.schema.render.DdlRenderer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/** A private in-memory H2 database for one test: run SQL, apply operations, read the model back. */
final class H2TestDatabase implements AutoCloseable {

    private final String url;
    private final Connection connection;
    private final DdlRenderer renderer;

    private H2TestDatabase(String url) throws SQLException {
        this.url = url;
        this.connection = DriverManager.getConnection(url, "sa", "");
        this.renderer = new H2Dialect().renderer(connection.getSchema());
    }

    static H2TestDatabase create() throws SQLException {
        return create("");
    }

    /** A database opened with URL settings, e.g. {@code ;DATABASE_TO_LOWER=TRUE}. */
    static H2TestDatabase create(String settings) throws SQLException {
        return new H2TestDatabase("jdbc:h2:mem:test_" + UUID.randomUUID().toString().replace("-", "") + settings);
    }

    List<String> render(SchemaOp op) {
        return renderer.render(op);
    }

    String url() {
        return url;
    }

    Connection connection() {
        return connection;
    }

    /** Runs statements separated by a semicolon at the end of a line. */
    H2TestDatabase run(String script) throws SQLException {
        for (String statement : script.split(";\\s*(\\n|$)")) {
            if (!statement.isBlank()) {
                execute(statement);
            }
        }
        return this;
    }

    void execute(String statement) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n-- while running:\n" + statement, e.getSQLState(),
                    e.getErrorCode(), e);
        }
    }

    /** Renders and runs the operations, in order. */
    H2TestDatabase apply(List<? extends SchemaOp> ops) throws SQLException {
        for (SchemaOp op : ops) {
            for (String statement : renderer.render(op)) {
                execute(statement);
            }
        }
        return this;
    }

    H2TestDatabase apply(SchemaOp op) throws SQLException {
        return apply(List.of(op));
    }

    DatabaseSchema introspect() throws SQLException {
        return introspect(IntrospectOptions.allSchemas());
    }

    DatabaseSchema introspect(IntrospectOptions options) throws SQLException {
        return new H2Introspector().introspect(connection, options);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
