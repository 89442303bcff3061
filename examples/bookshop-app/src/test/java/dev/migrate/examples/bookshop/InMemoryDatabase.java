package dev.migrate.examples.bookshop;

import dev.migrate.api.Migrator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A private H2 database for one test: the application's settings for it, and queries to check what it holds. */
final class InMemoryDatabase implements AutoCloseable {

    // DB_CLOSE_DELAY=-1 keeps the database between connections: the app, the test and a second Migrator share it.
    private final String url = "jdbc:h2:mem:bookshop-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    /** The application's settings for this database, with the revisions of {@code src/main/resources}. */
    Settings settings(int port) {
        return new Settings(url, "sa", "", Settings.MIGRATIONS, port);
    }

    /** A Migrator on this database, for what an operator would do with the Maven goals. */
    Migrator migrator() {
        return migrator(Settings.MIGRATIONS.toArray(String[]::new));
    }

    Migrator migrator(String... locations) {
        return Migrator.configure().url(url).user("sa").password("").locations(locations).build();
    }

    /** Rows of a query, each a list of column values. */
    List<List<Object>> rows(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int k = 1; k <= columns; k++) {
                    row.add(rs.getObject(k));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Drops the database, which DB_CLOSE_DELAY=-1 would otherwise keep until the JVM exits. */
    @Override
    public void close() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
