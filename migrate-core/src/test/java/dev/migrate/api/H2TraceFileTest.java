package dev.migrate.api;

import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.RecordingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 writes every failed statement to a {@code .trace.db} file next to the database: migrate's first run on a new
 * database must not leave one behind (it asks the catalog whether its tables exist rather than trying them).
 */
class H2TraceFileTest {

    @TempDir
    Path directory;

    @Test
    void aFirstRunOnANewFileDatabaseLeavesNoTraceFile() throws IOException {
        MigrationFiles files = new MigrationFiles(directory.resolve("migrations"));
        files.add("a1", "", "First", "CREATE TABLE t (id INTEGER);", "DROP TABLE t;");
        Path database = directory.resolve("db");
        Migrator migrator = Migrator.configure().url("jdbc:h2:file:" + database).user("sa").password("")
                .migrationsDirectory(files.directory()).schema("app").listener(new RecordingListener()).build();

        migrator.status();
        migrator.upgrade();
        migrator.status();

        Path trace = directory.resolve("db.trace.db");
        assertThat(trace).as(() -> readQuietly(trace)).doesNotExist();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
