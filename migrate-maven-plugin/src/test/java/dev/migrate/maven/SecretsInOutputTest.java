package dev.migrate.maven;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Every goal runs with a known password, taken from each place a password can come from (-D, the environment, the
 * POM, a settings.xml server, the user info of a {@code postgres://} URL), through success and failure: a failed
 * revision, a refused run, a changed file, repair. The password must appear in no log line, no error, no report and
 * no row of any table migrate wrote.
 */
@ExtendWith(GoalTestExtension.class)
class SecretsInOutputTest {

    private static final String POM = "classpath:/unit/pom.xml";
    private static final String SECRET = "Sup3r-Secret-PW";

    @TempDir
    Path temp;

    private RecordingLog log;
    private final List<String> errors = new ArrayList<>();

    /** Where the password comes from in one run, and how the goals reach the database. */
    private final class Source {
        final String name;
        final Path project;
        final Properties commandLine = new Properties();
        final Map<String, String> environment = new HashMap<>();
        String pomUrl;
        String pomUser;
        String pomPassword;
        String serverId;
        Settings settings;
        String schema;
        String jdbcUrl;
        String jdbcUser;
        String jdbcPassword;

        Source(String name) {
            this.name = name;
            this.project = temp.resolve(name);
        }

        <T extends AbstractMigrateMojo> T prepared(T mojo) {
            MavenSession session = mock(MavenSession.class);
            when(session.getUserProperties()).thenReturn(commandLine);
            mojo.session = session;
            if (mojo instanceof AbstractDatabaseMojo database) {
                database.environment = environment;
                database.url = MaskedUrl.of(pomUrl);
                database.user = pomUser;
                database.password = MaskedPassword.of(pomPassword);
                database.serverId = serverId;
                database.settings = settings;
                database.schema = schema;
            }
            mojo.basedir = project.toFile();
            mojo.buildDirectory = project.resolve("target").toFile();
            mojo.reportsDirectory = project.resolve("target/migrate").toFile();
            mojo.migrationsDirectory = project.resolve("src/main/resources/db/migrations").toFile();
            mojo.setLog(log);
            return mojo;
        }
    }

    private Source h2(String name) {
        Source source = new Source(name);
        source.jdbcUrl = "jdbc:h2:mem:secrets_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        source.jdbcUser = "sa";
        source.jdbcPassword = SECRET;
        return source;
    }

    @Test
    void noGoalPrintsReportsOrJournalsThePassword(@InjectMojo(goal = "generate", pom = POM) GenerateMojo generate,
                                                  @InjectMojo(goal = "upgrade", pom = POM) UpgradeMojo upgrade,
                                                  @InjectMojo(goal = "status", pom = POM) StatusMojo status,
                                                  @InjectMojo(goal = "history", pom = POM) HistoryMojo history,
                                                  @InjectMojo(goal = "downgrade", pom = POM) DowngradeMojo downgrade,
                                                  @InjectMojo(goal = "repair", pom = POM) RepairMojo repair,
                                                  @InjectMojo(goal = "stamp", pom = POM) StampMojo stamp,
                                                  @InjectMojo(goal = "show", pom = POM) ShowMojo show,
                                                  @InjectMojo(goal = "heads", pom = POM) HeadsMojo heads,
                                                  @InjectMojo(goal = "branches", pom = POM) BranchesMojo branches,
                                                  @InjectMojo(goal = "merge", pom = POM) MergeMojo merge)
            throws Exception {
        List<Source> sources = new ArrayList<>();

        Source commandLine = h2("command-line");
        commandLine.commandLine.setProperty("migrate.url", commandLine.jdbcUrl);
        commandLine.commandLine.setProperty("migrate.user", "sa");
        commandLine.commandLine.setProperty("migrate.password", SECRET);
        sources.add(commandLine);

        Source environment = h2("environment");
        environment.environment.put("MIGRATE_URL", environment.jdbcUrl);
        environment.environment.put("MIGRATE_USER", "sa");
        environment.environment.put("MIGRATE_PASSWORD", SECRET);
        sources.add(environment);

        Source pom = h2("pom");
        pom.pomUrl = pom.jdbcUrl;
        pom.pomUser = "sa";
        pom.pomPassword = SECRET;
        sources.add(pom);

        Source server = h2("settings-server");
        server.pomUrl = server.jdbcUrl;
        server.serverId = "db";
        Server entry = new Server();
        entry.setId("db");
        entry.setUsername("sa");
        entry.setPassword(SECRET);
        server.settings = new Settings();
        server.settings.addServer(entry);
        sources.add(server);

        if (postgresAnswers()) {
            Source uri = new Source("url-user-info");
            uri.environment.put("DATABASE_URL", "postgres://postgres:" + SECRET + "@127.0.0.1:5432/postgres");
            uri.schema = "secrets_" + UUID.randomUUID().toString().substring(0, 8);
            uri.jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/postgres";
            uri.jdbcUser = "postgres";
            sources.add(uri);
        } else if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true and no PostgreSQL on 127.0.0.1:5432");
        }

        for (Source source : sources) {
            log = new RecordingLog();
            errors.clear();
            try {
                everyGoal(source, generate, upgrade, status, history, downgrade, repair, stamp, show, heads, branches,
                        merge);
            } finally {
                if (source.schema != null) {
                    query(source, "DROP SCHEMA IF EXISTS " + source.schema + " CASCADE");
                }
            }
        }
    }

    private void everyGoal(Source source, GenerateMojo generate, UpgradeMojo upgrade, StatusMojo status,
                           HistoryMojo history, DowngradeMojo downgrade, RepairMojo repair, StampMojo stamp,
                           ShowMojo show, HeadsMojo heads, BranchesMojo branches, MergeMojo merge) throws Exception {
        setField(source.prepared(generate), "message", "Create a table");
        generate.execute();
        Path migrations = source.project.resolve("src/main/resources/db/migrations");
        Path first;
        try (Stream<Path> files = Files.list(migrations)) {
            first = files.findFirst().orElseThrow();
        }
        Files.writeString(first, Files.readString(first)
                .replace("-- migrate:upgrade\n", "-- migrate:upgrade\nCREATE TABLE t (id INTEGER);\n")
                .replace("-- migrate:downgrade\n", "-- migrate:downgrade\nDROP TABLE t;\n"));
        setField(source.prepared(upgrade), "sql", true);
        upgrade.execute();
        setField(upgrade, "sql", false);
        source.prepared(upgrade).execute();
        source.prepared(status).execute();
        source.prepared(history).execute();

        Path broken = migrations.resolve("20991231_2359-zz9_broken.sql");
        Files.writeString(broken, "-- Broken\n--\n-- Revision ID: zz9\n-- Revises: " + revisionOf(first) + "\n\n"
                + "-- migrate:upgrade transaction:false\nCREATE TABLE u (id INTEGER);\nINSERT INTO nowhere VALUES (1);\n");
        capture(source.prepared(upgrade));
        capture(source.prepared(status));
        capture(source.prepared(upgrade));
        Files.writeString(first, Files.readString(first).replace("CREATE TABLE t", "CREATE TABLE   t"));
        capture(source.prepared(downgrade));
        source.prepared(repair).execute();
        Files.delete(broken);
        source.prepared(downgrade).execute();
        setField(source.prepared(stamp), "target", "head");
        stamp.execute();
        source.prepared(show).execute();
        source.prepared(heads).execute();
        source.prepared(branches).execute();
        setField(source.prepared(merge), "message", "Merge");
        capture(merge);
        setField(generate, "message", "");
        capture(source.prepared(generate));

        String where = " (password from " + source.name + ")";
        assertThat(log.text()).as("log" + where).contains("Upgrading 1/1").contains("Downgrading 1/1")
                .contains("Cleared the failed state of zz9").contains("Accepted the edited file of ")
                .contains("Stamped ").contains("Revision:     ").contains("as SQL to target/migrate/upgrade.sql")
                .doesNotContain(SECRET);
        assertThat(errors).as("errors" + where).hasSize(6)
                .allSatisfy(message -> assertThat(message).doesNotContain(SECRET));
        assertThat(errors.get(0)).contains("upgrade of zz9 (Broken) failed at ");
        assertThat(errors.get(1)).contains("zz9 (Broken) is partly applied");
        assertThat(errors.get(3)).contains("cannot downgrade: zz9 (Broken) is partly applied");
        try (Stream<Path> reports = Files.list(source.project.resolve("target/migrate"))) {
            for (Path report : reports.toList()) {
                assertThat(Files.readString(report)).as(report + where).doesNotContain(SECRET);
            }
        }
        String tables = dumpMigrateTables(source);
        assertThat(tables).as("migrate's tables" + where).contains("zz9").contains("repair").doesNotContain(SECRET);
    }

    private static String revisionOf(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> line.startsWith("-- Revision ID: ")).findFirst()
                .orElseThrow().substring("-- Revision ID: ".length()).strip();
    }

    /** Every row of migrate_version and migrate_history, every column, as text. */
    private static String dumpMigrateTables(Source source) throws SQLException {
        String prefix = source.schema == null ? "" : source.schema + ".";
        return query(source, "SELECT * FROM " + prefix + "migrate_history") + query(source, "SELECT * FROM " + prefix
                + "migrate_version");
    }

    private static String query(Source source, String sql) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection(source.jdbcUrl, source.jdbcUser, source.jdbcPassword);
             Statement st = c.createStatement()) {
            if (!st.execute(sql)) {
                return "";
            }
            try (ResultSet rs = st.getResultSet()) {
                while (rs.next()) {
                    for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
                        out.append(rs.getString(k)).append('|');
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private static boolean postgresAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    void aPasswordInTheUrlIsMaskedInErrors(StatusMojo status) throws Exception {
        log = new RecordingLog();
        Source source = new Source("url-parameter");
        Files.createDirectories(source.project.resolve("src/main/resources/db/migrations"));
        source.commandLine.setProperty("migrate.url", "jdbc:postgresql://127.0.0.1:1/db?user=x&password=" + SECRET);
        source.prepared(status);

        assertThatThrownBy(status::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("cannot connect to jdbc:postgresql://127.0.0.1:1/db?user=x&password=****")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        assertThat(log.text()).doesNotContain(SECRET);
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    void rejectedCredentialsDoNotShowThePassword(StatusMojo status) throws Exception {
        log = new RecordingLog();
        Source source = h2("rejected");
        DriverManager.getConnection(source.jdbcUrl, "sa", "the-right-one").close();
        Files.createDirectories(source.project.resolve("src/main/resources/db/migrations"));
        source.commandLine.setProperty("migrate.url", source.jdbcUrl);
        source.commandLine.setProperty("migrate.user", "sa");
        source.commandLine.setProperty("migrate.password", SECRET);
        source.prepared(status);

        assertThatThrownBy(status::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("the server rejected the credentials")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        assertThat(log.text()).doesNotContain(SECRET);
    }

    private void capture(AbstractMigrateMojo mojo) {
        try {
            mojo.execute();
            errors.add("(no error)");
        } catch (Exception e) {
            errors.add(e.getMessage());
        }
    }

    private static void setField(Object target, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                var field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(name);
    }
}
