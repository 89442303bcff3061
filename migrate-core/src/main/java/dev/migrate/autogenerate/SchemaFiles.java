package dev.migrate.autogenerate;

import dev.migrate.dialect.Dialect;
import dev.migrate.schema.diff.RenameHints;
import dev.migrate.script.ScriptException;
import dev.migrate.script.ScriptText;
import dev.migrate.script.SqlFragment;
import dev.migrate.script.SqlSplitter;
import dev.migrate.script.SqlStatement;
import dev.migrate.script.SqlSyntaxException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model as schema files: the whole desired schema as plain DDL ({@code migrate.schemaFiles}), run in order on
 * the shadow database. A table or column line may carry {@code -- migrate:renamed-from <old name>}.
 */
public final class SchemaFiles implements ModelSource {

    /** Each file's text, in the configured order. */
    private final Map<Path, String> texts;

    private SchemaFiles(Map<Path, String> texts) {
        this.texts = texts;
    }

    /** Whether schema files are configured and every one of them exists. */
    public static boolean exist(List<Path> files) {
        return !files.isEmpty() && files.stream().allMatch(Files::isRegularFile);
    }

    /**
     * Reads the files, so that a missing or unreadable one is reported before anything runs.
     *
     * @throws ModelException       when none is configured or one does not exist
     * @throws UncheckedIOException when one cannot be read
     */
    public static SchemaFiles read(List<Path> files) {
        if (files.isEmpty()) {
            throw new ModelException("no schema files are configured (migrate.schemaFiles): the whole desired schema "
                    + "as plain DDL, e.g. src/main/resources/db/schema.sql");
        }
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path file : files) {
            texts.put(file, readFile(file));
        }
        return new SchemaFiles(texts);
    }

    private static String readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ModelException("schema file " + file + " does not exist (migrate.schemaFiles); write the "
                    + "desired schema there as plain DDL");
        }
        try {
            return ScriptText.decode(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return String.join(", ", texts.keySet().stream().map(Path::toString).toList());
    }

    @Override
    public String kind() {
        return "the schema files";
    }

    /** Runs the files' statements in order; a failing statement names its file and line. */
    @Override
    public void build(Connection connection, Dialect dialect) throws SQLException {
        SqlSplitter splitter = new SqlSplitter(dialect.splitOptions());
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<Path, String> file : texts.entrySet()) {
                for (SqlStatement sql : statements(splitter, file.getKey(), file.getValue())) {
                    try {
                        statement.execute(sql.sql());
                    } catch (SQLException e) {
                        throw new ScriptException(file.getKey().toString(), sql.line(), "the schema file does not "
                                + "run on " + dialect.displayName() + ": " + e.getMessage().strip()
                                + "\n  statement: " + sql.summary());
                    }
                }
            }
        }
    }

    private static List<SqlStatement> statements(SqlSplitter splitter, Path file, String text) {
        List<SqlFragment> fragments;
        try {
            fragments = splitter.split(text);
        } catch (SqlSyntaxException e) {
            throw new ScriptException(file.toString(), e.line(), e.getMessage());
        }
        List<SqlStatement> statements = new ArrayList<>();
        for (SqlFragment fragment : fragments) {
            if (fragment instanceof SqlStatement sql) {
                statements.add(sql);
            }
        }
        return statements;
    }

    /** The {@code -- migrate:renamed-from} hints of all files, read as one text. */
    @Override
    public RenameHints renameHints(Dialect dialect, String defaultSchema) {
        StringBuilder text = new StringBuilder();
        for (String fileText : texts.values()) {
            text.append(fileText).append('\n');
        }
        return RenameHints.parse(text.toString(), written -> fold(dialect, written), defaultSchema);
    }

    /** How the database stores an identifier written as {@code written} (quoted or not). */
    private static String fold(Dialect dialect, String written) {
        if (written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")) {
            return written.substring(1, written.length() - 1).replace("\"\"", "\"");
        }
        return dialect.foldIdentifier(written);
    }
}
