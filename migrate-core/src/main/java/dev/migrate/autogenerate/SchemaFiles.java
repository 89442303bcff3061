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
    /** How messages and generated files show each file. */
    private final Map<Path, String> shown;

    private SchemaFiles(Map<Path, String> texts, Map<Path, String> shown) {
        this.texts = texts;
        this.shown = shown;
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
        return read(files, null);
    }

    /**
     * Like {@link #read(List)}, showing files inside {@code base} (the project) relative to it, so that generated
     * revisions and messages do not carry a developer's home directory.
     */
    public static SchemaFiles read(List<Path> files, Path base) {
        if (files.isEmpty()) {
            throw new ModelException("no schema files are configured (migrate.schemaFiles): the whole desired schema "
                    + "as plain DDL, e.g. src/main/resources/db/schema.sql");
        }
        Map<Path, String> texts = new LinkedHashMap<>();
        Map<Path, String> shown = new LinkedHashMap<>();
        for (Path file : files) {
            texts.put(file, readFile(file));
            shown.put(file, shown(file, base));
        }
        return new SchemaFiles(texts, shown);
    }

    private static String shown(Path file, Path base) {
        if (base != null) {
            Path absolute = file.toAbsolutePath().normalize();
            Path root = base.toAbsolutePath().normalize();
            if (absolute.startsWith(root) && !absolute.equals(root)) {
                return root.relativize(absolute).toString().replace('\\', '/');
            }
        }
        return file.toString();
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
        return String.join(", ", shown.values());
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
                for (SqlStatement sql : statements(splitter, shown.get(file.getKey()), file.getValue())) {
                    try {
                        statement.execute(sql.sql());
                    } catch (SQLException e) {
                        throw new ScriptException(shown.get(file.getKey()), sql.line(), "the schema file does not "
                                + "run on " + dialect.displayName() + ": " + e.getMessage().strip()
                                + "\n  statement: " + sql.summary());
                    }
                }
            }
        }
    }

    private static List<SqlStatement> statements(SqlSplitter splitter, String file, String text) {
        List<SqlFragment> fragments;
        try {
            fragments = splitter.split(text);
        } catch (SqlSyntaxException e) {
            throw new ScriptException(file, e.line(), e.getMessage());
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
