package dev.migrate.autogenerate;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.ShadowRequest;
import dev.migrate.dialect.h2.H2Dialect;
import dev.migrate.report.MigrationListener;
import dev.migrate.schema.diff.RenameHints;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.ops.SchemaOp;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.ScriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A model source is a small interface: autogenerate drafts from any implementation the same way it drafts from
 * schema files, on an H2 shadow database, without a revision to replay.
 */
class ModelSourceTest {

    private final H2Dialect dialect = new H2Dialect();

    /** A model that is not made of files: a program that creates its tables. */
    private static final class ProgrammaticModel implements ModelSource {
        @Override
        public String describe() {
            return "a programmatic model";
        }

        @Override
        public void build(Connection connection, Dialect dialect) throws SQLException {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TABLE authors (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)");
            }
        }

        @Override
        public RenameHints renameHints(Dialect dialect, String defaultSchema) {
            return RenameHints.NONE;
        }
    }

    @Test
    void anyModelSourceIsDraftedLikeSchemaFiles() throws Exception {
        try (ShadowSession shadow = shadow()) {
            Autogenerator.Draft draft = new Autogenerator(shadow, new ProgrammaticModel(), MigrationListener.NONE)
                    .draft(empty());

            assertThat(draft.diff().ops()).singleElement().isInstanceOf(SchemaOp.CreateTable.class);
            assertThat(draft.upgrade()).contains("CREATE TABLE authors");
            assertThat(draft.downgrade()).contains("DROP TABLE authors");
        }
    }

    @Test
    void schemaFilesBuildInOrderAndCarryTheirRenameHints(@TempDir Path dir) throws Exception {
        Path tables = Files.writeString(dir.resolve("tables.sql"),
                "CREATE TABLE writers ( -- migrate:renamed-from authors\n    id BIGINT PRIMARY KEY\n);\n");
        Path views = Files.writeString(dir.resolve("views.sql"), "CREATE VIEW writer_ids AS SELECT id FROM writers;\n");
        SchemaFiles model = SchemaFiles.read(List.of(tables, views));

        try (ShadowSession shadow = shadow()) {
            Autogenerator.Comparison comparison = new Autogenerator(shadow, model, MigrationListener.NONE)
                    .compare(empty());

            assertThat(model.describe()).isEqualTo(tables + ", " + views);
            assertThat(comparison.desired().schema("PUBLIC").orElseThrow().views()).hasSize(1);
            assertThat(model.renameHints(dialect, "PUBLIC").tables()).containsValue("AUTHORS");
        }
    }

    @Test
    void aSchemaFileThatDoesNotRunNamesItsFileAndLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("schema.sql"),
                "CREATE TABLE ok (id INT);\n\nCREATE TABLE broken (;\n");

        try (ShadowSession shadow = shadow()) {
            assertThatThrownBy(() -> shadow.build(SchemaFiles.read(List.of(file))))
                    .isInstanceOf(ScriptException.class)
                    .hasMessageStartingWith(file + ":3: the schema file does not run on H2: ");
        }
    }

    @Test
    void missingSchemaFilesAreAModelProblemNamingTheSetting(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> SchemaFiles.read(List.of()))
                .isInstanceOf(ModelException.class).hasMessageContaining("migrate.schemaFiles");
        assertThatThrownBy(() -> SchemaFiles.read(List.of(dir.resolve("absent.sql"))))
                .isInstanceOf(ModelException.class).hasMessageContaining("absent.sql does not exist");
        assertThat(SchemaFiles.exist(List.of(dir.resolve("absent.sql")))).isFalse();
        assertThat(SchemaFiles.exist(List.of(Files.writeString(dir.resolve("s.sql"), "")))).isTrue();
    }

    private ShadowSession shadow() throws SQLException {
        ShadowRequest request = new ShadowRequest("jdbc:h2:mem:model_source", DriverManager::getConnection);
        return new ShadowSession(dialect, dialect, dialect.createShadow(request), new NoRevisions(), null,
                dev.migrate.apply.VersionTables.DEFAULTS);
    }

    private static DatabaseSchema empty() {
        return new DatabaseSchema("PUBLIC", List.of(Schema.empty("PUBLIC")), List.of());
    }

    /** These tests replay nothing. */
    private static final class NoRevisions implements RevisionRunner {
        @Override
        public int upgrade(ScriptDirectory scripts, String target) {
            throw new AssertionError("nothing to replay");
        }

        @Override
        public void downgrade(ScriptDirectory scripts, String target) {
            throw new AssertionError("nothing to replay");
        }

        @Override
        public void undo(ScriptDirectory scripts, String revision) {
            throw new AssertionError("nothing to replay");
        }
    }

    @Test
    void filesInsideTheProjectAreShownRelativeToIt(@TempDir Path project, @TempDir Path dir) throws Exception {
        Path file = Files.createDirectories(project.resolve("src/main/resources/db")).resolve("schema.sql");
        Files.writeString(file, "CREATE TABLE t (id INT);\n");
        Path outside = Files.writeString(dir.resolve("other.sql"), "");

        assertThat(SchemaFiles.read(List.of(file, outside), project).describe())
                .isEqualTo("src/main/resources/db/schema.sql, " + outside);
        assertThat(SchemaFiles.read(List.of(file), null).describe()).isEqualTo(file.toString());
    }
}
