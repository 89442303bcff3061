package dev.migrate.script;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes the text and the file name of a new revision file. */
public final class ScriptWriter {

    private static final DateTimeFormatter NAME_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm", Locale.ROOT);
    private static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final int MAX_SLUG = 40;

    private ScriptWriter() {
    }

    /** {@code YYYYMMDD_HHMM-<revision>_<slug>.sql}: sorts by date; the header, not the name, is what counts. */
    public static String fileName(LocalDateTime created, String revision, String message) {
        return NAME_STAMP.format(created) + "-" + revision + "_" + slug(message) + ".sql";
    }

    /** Lower-case words of the message joined by '_', at most 40 characters, cut at a word boundary. */
    public static String slug(String message) {
        String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('_', MAX_SLUG);
            slug = slug.substring(0, cut > 10 ? cut : MAX_SLUG);
        }
        return slug.isEmpty() ? "revision" : slug;
    }

    /**
     * The text of a revision file.
     *
     * @param upgradeSql   the statements under {@code -- migrate:upgrade}, or empty
     * @param downgradeSql the statements under {@code -- migrate:downgrade}, or empty
     */
    public static String render(String message, String revision, List<String> revises, LocalDateTime created,
                                Set<String> branchLabels, List<String> dependsOn, String upgradeSql,
                                String downgradeSql) {
        return render(message, revision, revises, created, branchLabels, dependsOn, List.of(), upgradeSql, downgradeSql);
    }

    /**
     * The text of a revision file with notes for the reviewer (a comment block between the header and the upgrade
     * section), e.g. what autogenerate could not decide.
     */
    public static String render(String message, String revision, List<String> revises, LocalDateTime created,
                                Set<String> branchLabels, List<String> dependsOn, List<String> notes,
                                String upgradeSql, String downgradeSql) {
        StringBuilder out = new StringBuilder();
        // The message is one header line: a line break would end the header and leave the file unreadable.
        out.append("-- ").append(message.strip().replaceAll("\\s*\\R\\s*", " ")).append('\n');
        out.append("--\n");
        out.append("-- ").append(ScriptParser.REVISION_ID).append(": ").append(revision).append('\n');
        out.append("-- ").append(ScriptParser.REVISES).append(':');
        if (!revises.isEmpty()) {
            out.append(' ').append(String.join(", ", revises));
        }
        out.append('\n');
        out.append("-- ").append(ScriptParser.CREATE_DATE).append(": ").append(CREATE_DATE.format(created)).append('\n');
        if (!branchLabels.isEmpty()) {
            out.append("-- ").append(ScriptParser.BRANCH_LABELS).append(": ").append(String.join(", ", branchLabels))
                    .append('\n');
        }
        if (!dependsOn.isEmpty()) {
            out.append("-- ").append(ScriptParser.DEPENDS_ON).append(": ").append(String.join(", ", dependsOn))
                    .append('\n');
        }
        out.append('\n');
        if (!notes.isEmpty()) {
            for (String note : notes) {
                for (String line : note.split("\\R")) {
                    out.append("-- ").append(line).append('\n');
                }
            }
            out.append('\n');
        }
        out.append("-- migrate:upgrade\n");
        appendSection(out, upgradeSql);
        out.append('\n');
        out.append("-- migrate:downgrade\n");
        appendSection(out, downgradeSql);
        return out.toString();
    }

    private static void appendSection(StringBuilder out, String sql) {
        String body = sql == null ? "" : sql.strip();
        if (!body.isEmpty()) {
            out.append(body).append('\n');
        }
    }
}
