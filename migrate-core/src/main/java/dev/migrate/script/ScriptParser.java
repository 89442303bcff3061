package dev.migrate.script;

import dev.migrate.placeholder.PlaceholderException;
import dev.migrate.placeholder.Placeholders;

import java.time.DateTimeException;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    /** The fields by their names in lower case without spaces: "revisionid" for "Revision ID". */
    private static final Map<String, String> FIELDS_BY_SQUEEZED_NAME = FIELDS.stream().collect(
            Collectors.toUnmodifiableMap(f -> f.replace(" ", "").toLowerCase(Locale.ROOT), f -> f));
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
    private final Placeholders placeholders;
    private final Placeholders.BuiltIns builtIns;

    /** A parser that runs SQL as written: no placeholders are replaced. */
    public ScriptParser(SplitOptions options) {
        this(options, Placeholders.OFF, Placeholders.BuiltIns.NONE);
    }

    /**
     * A parser that replaces {@code placeholders} in every statement, after splitting (see {@link Placeholders}).
     *
     * @param builtIns the run's built-ins; each file adds its own {@code ${migrate:revision}}
     */
    public ScriptParser(SplitOptions options, Placeholders placeholders, Placeholders.BuiltIns builtIns) {
        this.splitter = new SqlSplitter(options);
        this.placeholders = placeholders;
        this.builtIns = builtIns;
    }

    /** Parses the raw bytes of a file. */
    public RevisionScript parse(String location, byte[] bytes) {
        return parseText(location, ScriptText.decode(location, bytes));
    }

    /**
     * Parses the header of a file and takes its checksum; its statements are split when they are first asked for
     * (see {@link RevisionScript}).
     */
    public RevisionScript parseSplittingLater(String location, byte[] bytes) {
        String text = ScriptText.decode(location, bytes);
        ScriptHeader header = parseHeader(location, text);
        return RevisionScript.splitLater(location, header, Checksums.sha256(text), text,
                () -> body(location, text, header));
    }

    /** Parses text whose line endings are already {@code \n} and whose BOM is gone. */
    public RevisionScript parseText(String location, String text) {
        ScriptHeader header = parseHeader(location, text);
        RevisionScript.Body body = body(location, text, header);
        return new RevisionScript(location, header, body.upgrade(), body.downgrade(), body.irreversibleReason(),
                Checksums.sha256(text), text);
    }

    private RevisionScript.Body body(String location, String text, ScriptHeader header) {
        try {
            return assemble(location, splitter.split(text), builtIns.withRevision(header.revision()));
        } catch (SqlSyntaxException e) {
            throw new ScriptException(location, e.line(), e.getMessage() + "; close it, or check the quotes before it");
        }
    }

    // ----------------------------------------------------------------------------------------------- header

    private ScriptHeader parseHeader(String location, String text) {
        if (text.isBlank()) {
            throw new ScriptException(location, 0, "the file is empty; a revision file starts with a header such as "
                    + "'-- <message>' and '-- Revision ID: <id>' (create one with migrate:generate)");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        String message = null;
        int lineNo = 0;
        // Only the header's lines are looked at: the statements below it can be long.
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNo++;
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (!line.startsWith("--") || isDirective(line)) {
                break;
            }
            String body = line.substring(2).strip();
            int colon = body.indexOf(':');
            String field = colon < 0 ? null : canonicalField(body.substring(0, colon));
            if (field != null) {
                if (values.containsKey(field)) {
                    throw new ScriptException(location, lineNo, "'" + field + ":' appears twice in the header (first at line "
                            + fieldLines.get(field) + "); keep one");
                }
                values.put(field, body.substring(colon + 1).strip());
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
        checkLength(location, revisionLine, revision, "revision id");
        if (!values.containsKey(REVISES)) {
            throw new ScriptException(location, revisionLine, "the header has no '-- " + REVISES + ":' line; write '-- "
                    + REVISES + ":' with nothing after it for a first (base) revision, or the id(s) it revises");
        }
        int revisesLine = fieldLines.get(REVISES);
        List<String> revises = list(values.get(REVISES));
        for (String parent : revises) {
            checkId(location, revisesLine, parent, "revised revision id");
            checkLength(location, revisesLine, parent, "revised revision id");
        }
        if (revises.contains(revision)) {
            throw new ScriptException(location, revisesLine, "revision " + revision + " revises itself");
        }
        if (new LinkedHashSet<>(revises).size() != revises.size()) {
            throw new ScriptException(location, revisesLine, "'" + REVISES + ":' lists a revision twice");
        }
        String createDate = values.get(CREATE_DATE);
        if (createDate != null && !createDate.isEmpty()) {
            if (!isDate(createDate)) {
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

    /**
     * Whether {@code text} is a date as {@link #CREATE_DATE_FORMAT} reads it. Every generated file has one, and in a
     * cold JVM the formatter costs about as much as the rest of the header (about 60 ms over 1,000 files), so the
     * usual shape is checked by hand first.
     */
    static boolean isDate(String text) {
        if (text.length() == 19 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == ' '
                && text.charAt(13) == ':' && text.charAt(16) == ':') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
                try {
                    LocalDateTime.of(year, month, day, hour, minute, second);
                    return true;
                } catch (DateTimeException e) {
                    return false;
                }
            }
        }
        try {
            LocalDateTime.parse(text, CREATE_DATE_FORMAT);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The number written by the ASCII digits from {@code from} to {@code to}, or -1 if one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDirective(String strippedLine) {
        return strippedLine.substring(2).strip().regionMatches(true, 0, "migrate:", 0, 8);
    }

    /**
     * The canonical spelling of the header field named by the text before a line's first colon, matched without
     * regard to case or spacing; null if it names no field (a message such as "Fix: typo" is no field).
     */
    private static String canonicalField(String beforeColon) {
        String name = beforeColon.stripTrailing();
        if (name.isEmpty() || !isAsciiLetter(name.charAt(0))) {
            return null;
        }
        StringBuilder squeezed = new StringBuilder(name.length());
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (isAsciiLetter(c)) {
                squeezed.append(Character.toLowerCase(c));
            } else if (c != ' ') {
                return null;
            }
        }
        return FIELDS_BY_SQUEEZED_NAME.get(squeezed.toString());
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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

    /** Revision ids go into the version table, whose column holds {@value ScriptHeader#MAX_ID_LENGTH} characters. */
    private static void checkLength(String location, int line, String id, String what) {
        if (id.length() > ScriptHeader.MAX_ID_LENGTH) {
            throw new ScriptException(location, line, "the " + what + " '" + id.substring(0, 20) + "...' is "
                    + id.length() + " characters long; the version table holds ids of at most "
                    + ScriptHeader.MAX_ID_LENGTH + ", so use a shorter one");
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

    /**
     * {@code statement} with its placeholders replaced; an unknown one is an error naming the file and the line
     * where it is written.
     */
    static SqlStatement replacePlaceholders(String location, SqlStatement statement, Placeholders placeholders,
                                            Placeholders.BuiltIns builtIns) {
        try {
            String sql = placeholders.replace(statement.sql(), builtIns);
            return sql.equals(statement.sql()) ? statement : new SqlStatement(sql, statement.line(), statement.endLine());
        } catch (PlaceholderException e) {
            throw new ScriptException(location, statement.line() + e.line(), e.getMessage());
        }
    }

    private RevisionScript.Body assemble(String location, List<SqlFragment> fragments, Placeholders.BuiltIns builtIns) {
        Section upgrade = null;
        Section downgrade = null;
        String irreversible = null;
        int irreversibleLine = 0;
        String current = null;
        int currentLine = 0;
        boolean transactional = true;
        boolean replacing = placeholders.enabled();
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
                statements.add(replacing ? replacePlaceholders(location, statement, placeholders, builtIns) : statement);
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
                    SectionOptions options = sectionOptions(location, directive);
                    transactional = options.transactional();
                    replacing = placeholders.enabled() && options.placeholders();
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
        return new RevisionScript.Body(upgrade, downgrade, irreversible);
    }

    /** The options on a section's directive line. */
    private record SectionOptions(boolean transactional, boolean placeholders) {
    }

    /** Reads {@code transaction:false} and {@code placeholders:false}. */
    private static SectionOptions sectionOptions(String location, Directive directive) {
        boolean transactional = true;
        boolean placeholders = true;
        for (String option : directive.arguments().split("\\s+")) {
            if (option.isEmpty()) {
                continue;
            }
            switch (option.toLowerCase(Locale.ROOT)) {
                case "transaction:false" -> transactional = false;
                case "transaction:true" -> transactional = true;
                case "placeholders:false" -> placeholders = false;
                case "placeholders:true" -> placeholders = true;
                default -> throw new ScriptException(location, directive.line(), "unknown option '" + option
                        + "' on '-- migrate:" + directive.name() + "'; known: transaction:false, placeholders:false");
            }
        }
        return new SectionOptions(transactional, placeholders);
    }
}
