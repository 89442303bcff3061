package dev.migrate.script;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one revision file: a header of {@code --} comment lines, then an {@code -- migrate:upgrade} section and
 * optionally an {@code -- migrate:downgrade} section (or {@code -- migrate:irreversible}). Every problem is a
 * {@link ScriptException} naming the file and line and saying what to do.
 */
public final class ScriptParser {

    /** Header field names, as written in files. */
    public static final String REVISION_ID = "Revision ID";
    public static final String REVISES = "Revises";
    public static final String CREATE_DATE = "Create Date";
    public static final String BRANCH_LABELS = "Branch Labels";
    public static final String DEPENDS_ON = "Depends On";

    private static final List<String> FIELDS = List.of(REVISION_ID, REVISES, CREATE_DATE, BRANCH_LABELS, DEPENDS_ON);
    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z ]*?)\\s*:\\s*(.*)");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern DEPENDENCY = Pattern.compile("[A-Za-z0-9_]+(@(head|base))?");
    private static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    /** {@code 2026-11-21 14:05:00}, optionally with fractional seconds as Alembic writes them. */
    public static final DateTimeFormatter CREATE_DATE_FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final SqlSplitter splitter;

    public ScriptParser(SplitOptions options) {
        this.splitter = new SqlSplitter(options);
    }

    /** Parses the raw bytes of a file. */
    public RevisionScript parse(String location, byte[] bytes) {
        return parseText(location, ScriptText.decode(location, bytes));
    }

    /** Parses text whose line endings are already {@code \n} and whose BOM is gone. */
    public RevisionScript parseText(String location, String text) {
        if (text.isBlank()) {
            throw new ScriptException(location, 0, "the file is empty; a revision file starts with a header such as "
                    + "'-- <message>' and '-- Revision ID: <id>' (create one with migrate:generate)");
        }
        ScriptHeader header = parseHeader(location, text);
        List<SqlFragment> fragments;
        try {
            fragments = splitter.split(text);
        } catch (SqlSyntaxException e) {
            throw new ScriptException(location, e.line(), e.getMessage() + "; close it, or check the quotes before it");
        }
        return assemble(location, text, header, fragments);
    }

    // ----------------------------------------------------------------------------------------------- header

    private ScriptHeader parseHeader(String location, String text) {
        String[] lines = text.split("\n", -1);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        String message = null;
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (!line.startsWith("--") || isDirective(line)) {
                break;
            }
            String body = line.substring(2).strip();
            Matcher m = FIELD.matcher(body);
            String field = m.matches() ? canonicalField(m.group(1)) : null;
            if (field != null) {
                if (values.containsKey(field)) {
                    throw new ScriptException(location, lineNo, "'" + field + ":' appears twice in the header (first at line "
                            + fieldLines.get(field) + "); keep one");
                }
                values.put(field, m.group(2).strip());
                fieldLines.put(field, lineNo);
            } else if (message == null && values.isEmpty()) {
                message = body;
            }
        }
        if (!values.containsKey(REVISION_ID)) {
            throw new ScriptException(location, 1, "the header has no '-- " + REVISION_ID + ": <id>' line; a revision "
                    + "file starts with '-- <message>', '-- " + REVISION_ID + ": <id>' and '-- " + REVISES
                    + ": <parent ids, empty for the first revision>'");
        }
        String revision = values.get(REVISION_ID);
        int revisionLine = fieldLines.get(REVISION_ID);
        checkId(location, revisionLine, revision, "revision id");
        if (!values.containsKey(REVISES)) {
            throw new ScriptException(location, revisionLine, "the header has no '-- " + REVISES + ":' line; write '-- "
                    + REVISES + ":' with nothing after it for a first (base) revision, or the id(s) it revises");
        }
        int revisesLine = fieldLines.get(REVISES);
        List<String> revises = list(values.get(REVISES));
        for (String parent : revises) {
            checkId(location, revisesLine, parent, "revised revision id");
        }
        if (revises.contains(revision)) {
            throw new ScriptException(location, revisesLine, "revision " + revision + " revises itself");
        }
        if (new LinkedHashSet<>(revises).size() != revises.size()) {
            throw new ScriptException(location, revisesLine, "'" + REVISES + ":' lists a revision twice");
        }
        String createDate = values.get(CREATE_DATE);
        if (createDate != null && !createDate.isEmpty()) {
            try {
                LocalDateTime.parse(createDate, CREATE_DATE_FORMAT);
            } catch (DateTimeParseException e) {
                throw new ScriptException(location, fieldLines.get(CREATE_DATE), "'" + CREATE_DATE + ": " + createDate
                        + "' is not a date; write it as yyyy-MM-dd HH:mm:ss");
            }
        } else {
            createDate = null;
        }
        Set<String> labels = new LinkedHashSet<>();
        int labelsLine = fieldLines.getOrDefault(BRANCH_LABELS, 0);
        for (String label : list(values.getOrDefault(BRANCH_LABELS, ""))) {
            checkId(location, labelsLine, label, "branch label");
            if (!labels.add(label)) {
                throw new ScriptException(location, labelsLine, "branch label '" + label + "' is listed twice");
            }
        }
        List<String> dependsOn = list(values.getOrDefault(DEPENDS_ON, ""));
        int dependsLine = fieldLines.getOrDefault(DEPENDS_ON, 0);
        for (String dependency : dependsOn) {
            if (!DEPENDENCY.matcher(dependency).matches()) {
                throw new ScriptException(location, dependsLine, "'" + dependency + "' in '" + DEPENDS_ON
                        + ":' is not a revision id, branch label or <label>@head");
            }
        }
        return new ScriptHeader(message == null ? "" : message, revision, revises, createDate, labels, dependsOn,
                revisionLine, revisesLine, dependsLine, labelsLine);
    }

    private static boolean isDirective(String strippedLine) {
        return strippedLine.substring(2).strip().regionMatches(true, 0, "migrate:", 0, 8);
    }

    /** The canonical spelling of a header field, matched without regard to case or spacing; null if not a field. */
    private static String canonicalField(String name) {
        String squeezed = name.replace(" ", "").toLowerCase(Locale.ROOT);
        for (String field : FIELDS) {
            if (field.replace(" ", "").toLowerCase(Locale.ROOT).equals(squeezed)) {
                return field;
            }
        }
        return null;
    }

    private static void checkId(String location, int line, String id, String what) {
        if (id.isEmpty()) {
            throw new ScriptException(location, line, "the " + what + " is empty");
        }
        if (!ID.matcher(id).matches()) {
            throw new ScriptException(location, line, "the " + what + " '" + id
                    + "' may only use letters, digits and '_'");
        }
        if (RESERVED.contains(id)) {
            throw new ScriptException(location, line, "the " + what + " '" + id
                    + "' is a reserved word (head, heads, base, current); choose another");
        }
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String part : value.split(",")) {
            String item = part.strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    // ---------------------------------------------------------------------------------------------- sections

    private RevisionScript assemble(String location, String text, ScriptHeader header, List<SqlFragment> fragments) {
        Section upgrade = null;
        Section downgrade = null;
        String irreversible = null;
        int irreversibleLine = 0;
        String current = null;
        int currentLine = 0;
        boolean transactional = true;
        List<SqlStatement> statements = new ArrayList<>();
        for (SqlFragment fragment : fragments) {
            if (fragment instanceof SqlStatement statement) {
                if (current == null) {
                    throw new ScriptException(location, statement.line(), "SQL before the first '-- migrate:upgrade' "
                            + "line; put the upgrade statements under '-- migrate:upgrade'");
                }
                if (current.equals("irreversible")) {
                    throw new ScriptException(location, statement.line(), "SQL after '-- migrate:irreversible' (line "
                            + irreversibleLine + "); an irreversible revision has no downgrade statements");
                }
                statements.add(statement);
                continue;
            }
            Directive directive = (Directive) fragment;
            String name = directive.name().toLowerCase(Locale.ROOT);
            switch (name) {
                case "upgrade", "downgrade" -> {
                    if (current != null && !current.equals("irreversible")) {
                        Section done = new Section(currentLine, transactional, statements);
                        if (current.equals("upgrade")) {
                            upgrade = done;
                        } else {
                            downgrade = done;
                        }
                    }
                    if ((name.equals("upgrade") && upgrade != null) || (name.equals("downgrade") && downgrade != null)
                            || name.equals(current)) {
                        throw new ScriptException(location, directive.line(), "a second '-- migrate:" + name
                                + "' section; a file has one upgrade and at most one downgrade section");
                    }
                    if (name.equals("downgrade") && irreversible != null) {
                        throw new ScriptException(location, directive.line(), "'-- migrate:downgrade' in a revision "
                                + "marked '-- migrate:irreversible' at line " + irreversibleLine + "; keep one of them");
                    }
                    current = name;
                    currentLine = directive.line();
                    transactional = sectionOptions(location, directive);
                    statements = new ArrayList<>();
                }
                case "irreversible" -> {
                    if (downgrade != null || "downgrade".equals(current)) {
                        throw new ScriptException(location, directive.line(), "'-- migrate:irreversible' in a revision "
                                + "that has a '-- migrate:downgrade' section; keep one of them");
                    }
                    if (current == null) {
                        throw new ScriptException(location, directive.line(), "'-- migrate:irreversible' before "
                                + "'-- migrate:upgrade'; put it after the upgrade statements");
                    }
                    if (irreversible != null) {
                        throw new ScriptException(location, directive.line(), "a second '-- migrate:irreversible' "
                                + "(first at line " + irreversibleLine + "); keep one");
                    }
                    if (current.equals("upgrade")) {
                        upgrade = new Section(currentLine, transactional, statements);
                    }
                    irreversible = directive.arguments();
                    irreversibleLine = directive.line();
                    current = "irreversible";
                    statements = new ArrayList<>();
                }
                case "lint-ignore" -> {
                    // Read by the linter from the file's lines; harmless here.
                }
                default -> throw new ScriptException(location, directive.line(), "unknown directive '-- migrate:"
                        + directive.name() + "'; known: -- migrate:upgrade, -- migrate:downgrade, "
                        + "-- migrate:irreversible, -- migrate:lint-ignore");
            }
        }
        if (current != null && !current.equals("irreversible")) {
            Section done = new Section(currentLine, transactional, statements);
            if (current.equals("upgrade")) {
                upgrade = done;
            } else {
                downgrade = done;
            }
        }
        if (upgrade == null) {
            throw new ScriptException(location, 0, "no '-- migrate:upgrade' line; put the upgrade statements "
                    + "under a line '-- migrate:upgrade' (and the downgrade statements under '-- migrate:downgrade')");
        }
        return new RevisionScript(location, header, upgrade, downgrade, irreversible, Checksums.sha256(text), text);
    }

    /** Reads {@code transaction:false} and friends; returns whether the section is transactional. */
    private static boolean sectionOptions(String location, Directive directive) {
        boolean transactional = true;
        for (String option : directive.arguments().split("\\s+")) {
            if (option.isEmpty()) {
                continue;
            }
            switch (option.toLowerCase(Locale.ROOT)) {
                case "transaction:false" -> transactional = false;
                case "transaction:true" -> transactional = true;
                default -> throw new ScriptException(location, directive.line(), "unknown option '" + option
                        + "' on '-- migrate:" + directive.name() + "'; known: transaction:false");
            }
        }
        return transactional;
    }
}
