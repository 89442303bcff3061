package dev.migrate.api;

import dev.migrate.testing.ChildJvm;
import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.UpgradeMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Eight processes upgrade one H2 file database at once, each with {@code ;AUTO_SERVER=TRUE} and nobody else holding
 * it open: whichever opens it first serves it to the others, and must not take it away from them when its own work is
 * done. Every process ends green and every revision runs exactly once.
 */
class H2AutoServerSharingTest {

    @TempDir
    Path directory;

    @Test
    void eightProcessesShareAnAutoServerFileThatNoneOfThemOwns() throws Exception {
        MigrationFiles files = new MigrationFiles(directory.resolve("migrations"));
        files.add("r1", "", "Log", "CREATE ALIAS SLEEP_MS FOR 'java.lang.Thread.sleep';\n"
                + "CREATE TABLE applied_log (revision VARCHAR(10) NOT NULL);\nINSERT INTO applied_log VALUES ('r1');",
                "DROP TABLE applied_log;");
        for (int k = 2; k <= 6; k++) {
            files.add("r" + k, "r" + (k - 1), "Step " + k, "CREATE TABLE t" + k + " (id INTEGER);\nCALL SLEEP_MS(150);\n"
                    + "INSERT INTO applied_log VALUES ('r" + k + "');", "DROP TABLE t" + k + ";");
        }
        String url = "jdbc:h2:file:" + directory.resolve("shared").toAbsolutePath() + ";AUTO_SERVER=TRUE";

        List<ChildJvm> children = new ArrayList<>();
        try {
            for (int k = 0; k < 8; k++) {
                children.add(ChildJvm.start(UpgradeMain.class, List.of(url, "sa", "-", files.directory().toString(),
                        "120000")));
            }
            int applied = 0;
            for (ChildJvm child : children) {
                assertThat(child.waitFor(180)).as(child.output()).isZero();
                assertThat(child.output()).doesNotContain("Connection is broken", "Lock file recently modified",
                        "NoClassDefFoundError", "add ;AUTO_SERVER=TRUE");
                applied += Integer.parseInt(child.result().substring("ok ".length()));
            }
            assertThat(applied).as("revisions applied by all processes together").isEqualTo(6);
        } finally {
            children.forEach(ChildJvm::close);
        }
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT revision, COUNT(*) FROM applied_log GROUP BY revision ORDER BY 1")) {
            List<String> counts = new ArrayList<>();
            while (rs.next()) {
                counts.add(rs.getString(1) + "=" + rs.getInt(2));
            }
            assertThat(counts).containsExactly("r1=1", "r2=1", "r3=1", "r4=1", "r5=1", "r6=1");
        }
    }

    @Test
    void aProcessThatHoldsTheFileWithoutServingItIsNamedNotTheSettingEveryProcessAlreadyHas() throws Exception {
        Path file = directory.resolve("private").toAbsolutePath();
        MigrationFiles files = new MigrationFiles(directory.resolve("migrations"));
        files.add("r1", "", "One", "CREATE TABLE one (id INTEGER);", "DROP TABLE one;");
        // Another "process": an embedded connection without AUTO_SERVER, in a second JVM's place.
        ChildJvm holder = ChildJvm.start(HoldOpen.class, List.of("jdbc:h2:file:" + file));
        try {
            assertThat(holder.awaitLine("OPEN", 60)).as(holder.output()).isTrue();
            assertThatThrownBy(() -> Migrator.configure().url("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE").user("sa")
                    .password("").migrationsDirectory(files.directory()).lockTimeout(Duration.ofSeconds(1)).build()
                    .upgrade())
                    .satisfies(e -> assertThat(((MigrateException) e).kind()).isEqualTo(ErrorKind.CONNECTION))
                    .hasMessageContaining("(migrate.lockTimeout) another process kept it busy")
                    .hasMessageContaining("or it has the file open without serving it (every process that shares the "
                            + "file needs AUTO_SERVER=TRUE)")
                    .hasMessageNotContaining("add ;AUTO_SERVER=TRUE");
        } finally {
            holder.close();
        }
    }

    /** Opens an H2 file embedded, without AUTO_SERVER, prints OPEN, and keeps it open until killed. */
    public static final class HoldOpen {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
                System.out.println("OPEN");
                System.out.flush();
                Thread.sleep(600_000);
            }
        }
    }
}
