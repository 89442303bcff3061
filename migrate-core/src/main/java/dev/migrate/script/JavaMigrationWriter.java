package dev.migrate.script;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes the source of a new Java migration: a class annotated with its header, ready to fill in. */
public final class JavaMigrationWriter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm", Locale.ROOT);
    private static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final int MAX_NAME = 40;

    private JavaMigrationWriter() {
    }

    /**
     * {@code M20261121_1405_BackfillSlugs}: {@code M}, the date and time (so classes sort like the files), then the
     * message in upper camel case.
     */
    public static String className(LocalDateTime created, String message) {
        String words = Arrays.stream(message.split("[^A-Za-z0-9]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining());
        if (words.length() > MAX_NAME) {
            words = words.substring(0, MAX_NAME);
        }
        return "M" + STAMP.format(created) + (words.isEmpty() ? "" : "_" + words);
    }

    /** The class's source. */
    public static String render(String packageName, String className, String message, String revision,
                                List<String> revises, LocalDateTime created, Set<String> branchLabels,
                                List<String> dependsOn) {
        StringBuilder out = new StringBuilder();
        if (!packageName.isEmpty()) {
            out.append("package ").append(packageName).append(";\n\n");
        }
        out.append("import dev.migrate.JavaMigration;\n");
        out.append("import dev.migrate.Revision;\n\n");
        out.append("import java.sql.Connection;\n\n");
        out.append("/**\n * ").append(javadoc(message)).append("\n *\n");
        out.append(" * <p>migrate calls {@link #upgrade} inside the revision's transaction, on its own connection: do "
                + "not commit,\n * roll back or close it. Without {@link #downgrade} the revision cannot be undone.\n */\n");
        out.append("@Revision(id = ").append(literal(revision));
        out.append(",\n        revises = ").append(array(revises));
        out.append(",\n        message = ").append(literal(message));
        out.append(",\n        createDate = ").append(literal(CREATE_DATE.format(created)));
        if (!branchLabels.isEmpty()) {
            out.append(",\n        branchLabels = ").append(array(List.copyOf(branchLabels)));
        }
        if (!dependsOn.isEmpty()) {
            out.append(",\n        dependsOn = ").append(array(dependsOn));
        }
        out.append(")\n");
        out.append("public class ").append(className).append(" implements JavaMigration {\n\n");
        out.append("    @Override\n");
        out.append("    public void upgrade(Connection connection) throws Exception {\n");
        out.append("        // The data migration: read with connection.prepareStatement(...), write back in batches.\n");
        out.append("    }\n\n");
        out.append("    @Override\n");
        out.append("    public void downgrade(Connection connection) throws Exception {\n");
        out.append("        // Undo upgrade(); delete this method if the revision cannot be undone.\n");
        out.append("    }\n");
        out.append("}\n");
        return out.toString();
    }

    private static String array(List<String> values) {
        if (values.size() == 1) {
            return literal(values.get(0));
        }
        return values.stream().map(JavaMigrationWriter::literal).collect(Collectors.joining(", ", "{", "}"));
    }

    private static String literal(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String javadoc(String message) {
        String text = message.replace("*/", "* /");
        return text.endsWith(".") ? text : text + ".";
    }
}
