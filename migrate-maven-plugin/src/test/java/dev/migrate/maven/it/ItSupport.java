package dev.migrate.maven.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Helpers for the {@code verify.groovy} scripts of {@code src/it}: they run with the plugin's test class path, so
 * they can read the build log and query the database an IT migrated.
 */
public final class ItSupport {

    private ItSupport() {
    }

    /** The build log of an IT project. */
    public static String log(File basedir) throws IOException {
        return Files.readString(new File(basedir, "build.log").toPath(), StandardCharsets.UTF_8);
    }

    /** Fails with the log attached when a fragment is missing. */
    public static void assertLogContains(File basedir, String... fragments) throws IOException {
        String log = log(basedir);
        for (String fragment : fragments) {
            if (!log.contains(fragment)) {
                throw new AssertionError("build.log does not contain: " + fragment + "\n----- build.log -----\n" + log);
            }
        }
    }

    /** Fails with the log attached when a fragment is present. */
    public static void assertLogLacks(File basedir, String... fragments) throws IOException {
        String log = log(basedir);
        for (String fragment : fragments) {
            if (log.contains(fragment)) {
                throw new AssertionError("build.log must not contain: " + fragment + "\n----- build.log -----\n" + log);
            }
        }
    }

    /** A file of the IT project, as text. */
    public static String read(File basedir, String path) throws IOException {
        return Files.readString(new File(basedir, path).toPath(), StandardCharsets.UTF_8);
    }

    /** Rows of a query on the embedded default database of an IT project ({@code target/migrate/db}). */
    public static List<List<Object>> h2(File basedir, String sql) throws SQLException {
        String url = "jdbc:h2:file:" + new File(basedir, "target/migrate/db").getAbsolutePath() + ";IFEXISTS=TRUE";
        return query(url, "sa", "", sql);
    }

    /** Rows of a query on any database whose driver is on the test class path. */
    public static List<List<Object>> query(String url, String user, String password, String sql) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection connection = driver(url).connect(url, properties);
             Statement statement = connection.createStatement()) {
            List<List<Object>> rows = new ArrayList<>();
            if (!statement.execute(sql)) {
                return rows;
            }
            try (ResultSet rs = statement.getResultSet()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int k = 1; k <= columns; k++) {
                        Object value = rs.getObject(k);
                        row.add(value instanceof Number n && !(value instanceof Double) ? n.longValue() : value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /**
     * Runs a script with psql as a DBA would ({@code -v ON_ERROR_STOP=1}, and {@code -1} for one transaction) on the
     * database of a {@code jdbc:postgresql://host:port/db?user=...} URL; fails with psql's output unless it succeeds.
     */
    public static void psql(String url, File script, boolean singleTransaction) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"));
        if (singleTransaction) {
            command.add("-1");
        }
        command.addAll(List.of("-f", script.getAbsolutePath(), "-d", url.substring("jdbc:".length())));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new AssertionError("psql " + script + " failed:\n" + output);
        }
    }

    /** Whether a PostgreSQL server answers on the URL (for selecting the PostgreSQL ITs). */
    public static boolean reachable(String url, String user) {
        try {
            query(url, user, null, "SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Driver driver(String url) throws SQLException {
        try {
            String name = url.startsWith("jdbc:h2:") ? "org.h2.Driver" : url.startsWith("jdbc:mariadb:")
                    ? "org.mariadb.jdbc.Driver" : "org.postgresql.Driver";
            return (Driver) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("no driver for " + url, e);
        }
    }
}
