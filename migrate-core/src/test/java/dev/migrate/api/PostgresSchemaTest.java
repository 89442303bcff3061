package dev.migrate.api;

import dev.migrate.testing.MigrationFiles;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** migrate.schema: migrate's tables and the migrations' objects live in it; it is created when missing. */
@ExtendWith(PostgresExtension.class)
class PostgresSchemaTest {

    @TempDir
    Path directory;

    private PostgresDatabase database;
    private MigrationFiles files;

    @BeforeEach
    void setUp(PostgresDatabase database) throws Exception {
        this.database = database;
        database.reset();
        files = new MigrationFiles(directory);
        files.add("s1", "", "Create things", "CREATE TABLE things (id INTEGER);", "DROP TABLE things;");
    }

    private Migrator migrator(String schema) {
        return Migrator.configure().url(database.url()).user(database.user()).password(database.password())
                .migrationsDirectory(directory).schema(schema).build();
    }

    @Test
    void tablesAndMigrationsGoIntoTheConfiguredSchema() throws Exception {
        migrator("Billing").upgrade();

        assertThat(tables()).containsExactlyInAnyOrder("billing.migrate_history", "billing.migrate_version",
                "billing.things");
        assertThat(migrator("billing").status().isUpToDate()).isTrue();
        assertThat(migrator(null).status().isUpToDate()).as("public has no version table").isFalse();
    }

    @Test
    void aSchemaNameThatIsNotAPlainIdentifierIsRefused() {
        assertThatThrownBy(() -> migrator("x\"; DROP TABLE y; --"))
                .isInstanceOf(MigrateException.class)
                .hasMessageStartingWith("migrate.schema = 'x\"; DROP TABLE y; --' is not a plain identifier");
    }

    private List<String> tables() throws Exception {
        try (Connection c = database.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                     + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }
}
